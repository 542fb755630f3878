//go:build windows

package ui

import (
	"syscall"
	"unsafe"

	"fyne.io/fyne/v2/driver"
)

var clientToScreen = syscall.NewLazyDLL("user32.dll").NewProc("ClientToScreen")

// nativePosition returns the window's position on Windows: where its
// client area starts, as the window is placed by.
func nativePosition(ctx any) (x, y int, ok bool) {
	c, isWin := ctx.(driver.WindowsWindowContext)
	if !isWin || c.HWND == 0 {
		return 0, 0, false
	}
	var pt struct{ X, Y int32 }
	r, _, _ := clientToScreen.Call(c.HWND, uintptr(unsafe.Pointer(&pt)))
	if r == 0 {
		return 0, 0, false
	}
	return int(pt.X), int(pt.Y), true
}
