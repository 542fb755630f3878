//go:build !cgo || ci || js || wasm || android || ios || mobile

package ui

import "fyne.io/fyne/v2"

// workArea cannot tell the screen's size here (the test driver has no
// screen; mobile apps fill theirs).
func workArea(fyne.Window) (fyne.Size, bool) { return fyne.Size{}, false }
