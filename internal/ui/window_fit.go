package ui

import "fyne.io/fyne/v2"

// titleBar is room left for the window system's title bar and border.
const titleBar = 40

// fitSize returns want shrunk to fit a screen whose work area is area,
// never below the smallest size Infoklass is laid out for (1024×600, or
// the work area when that is smaller still).
func fitSize(want, area fyne.Size) fyne.Size {
	if area.Width <= 0 || area.Height <= 0 {
		return want
	}
	maxW, maxH := area.Width, area.Height-titleBar
	if want.Width > maxW {
		want.Width = maxW
	}
	if want.Height > maxH {
		want.Height = maxH
	}
	return want
}

// fitToScreen shrinks the window to the screen it is on when it was
// made, or restored, larger than that screen. Call it once the app runs.
func (u *UI) fitToScreen() {
	area, ok := workArea(u.win)
	if !ok {
		return
	}
	size := u.win.Canvas().Size()
	if u.app.Preferences().FloatWithFallback(prefWidth, -1) < 0 {
		size = area // the first start: as large as the screen allows
	}
	if fit := fitSize(size, area); fit != size {
		u.win.Resize(fit)
	}
}
