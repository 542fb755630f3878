//go:build linux && cgo && !ci && !wayland

package ui

/*
#cgo pkg-config: x11
#include <X11/Xlib.h>

// windowOrigin finds where window w's client area starts on the screen.
static int windowOrigin(unsigned long w, int *x, int *y) {
	Display *d = XOpenDisplay(NULL);
	if (d == NULL) {
		return 0;
	}
	Window child;
	int ok = XTranslateCoordinates(d, (Window)w, DefaultRootWindow(d), 0, 0, x, y, &child);
	XCloseDisplay(d);
	return ok;
}
*/
import "C"

import "fyne.io/fyne/v2/driver"

// nativePosition returns the window's position on X11.
func nativePosition(ctx any) (x, y int, ok bool) {
	c, isX11 := ctx.(driver.X11WindowContext)
	if !isX11 || c.WindowHandle == 0 {
		return 0, 0, false
	}
	var cx, cy C.int
	if C.windowOrigin(C.ulong(c.WindowHandle), &cx, &cy) == 0 {
		return 0, 0, false
	}
	return int(cx), int(cy), true
}
