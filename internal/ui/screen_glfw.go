//go:build cgo && !ci && !js && !wasm && !android && !ios && !mobile

package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// workArea returns the room the primary screen gives windows (less
// panels and docks), in Fyne's units for window win; ok is false where
// the window system does not tell. Call it once the app has started.
func workArea(win fyne.Window) (size fyne.Size, ok bool) {
	nw, native := win.(driver.NativeWindow)
	if !native {
		return fyne.Size{}, false
	}
	nw.RunNative(func(any) {
		m := glfw.GetPrimaryMonitor()
		if m == nil {
			return
		}
		_, _, w, h := m.GetWorkarea()
		scale := win.Canvas().Scale()
		if w <= 0 || h <= 0 || scale <= 0 {
			return
		}
		size, ok = fyne.NewSize(float32(w)/scale, float32(h)/scale), true
	})
	return size, ok
}
