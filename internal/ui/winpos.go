package ui

import (
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/driver/desktop"
)

// Preference keys of the window's position.
const (
	prefX = "windowX"
	prefY = "windowY"
)

// savePosition remembers where the window stands, where the window
// system can tell (X11 and Windows; Wayland and macOS place windows
// themselves).
func (u *UI) savePosition() {
	nw, ok := u.win.(driver.NativeWindow)
	if !ok {
		return
	}
	nw.RunNative(func(ctx any) {
		if x, y, ok := nativePosition(ctx); ok {
			u.app.Preferences().SetInt(prefX, x)
			u.app.Preferences().SetInt(prefY, y)
		}
	})
}

// RestorePosition asks the window system to put the window where it was
// last closed. Call it before the window is shown.
func (u *UI) RestorePosition() {
	p := u.app.Preferences()
	x, y := p.IntWithFallback(prefX, -1), p.IntWithFallback(prefY, -1)
	if x < 0 || y < 0 {
		return
	}
	if dw, ok := u.win.(desktop.Window); ok {
		dw.RequestPosition(x, y)
	}
}
