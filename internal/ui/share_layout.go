package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// shareLayout lays its visible objects out in one row, sharing the width
// equally among them: one shown alone takes the whole row. (A grid keeps
// a hidden object's column, so a note beside a hidden one wrapped in half
// the width, a line or two taller than it needs.)
type shareLayout struct{}

// MinSize is the widest visible object's width times their number, and
// the tallest height.
func (shareLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var n int
	var w, h float32
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		n++
		m := o.MinSize()
		w, h = max(w, m.Width), max(h, m.Height)
	}
	if n == 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(w*float32(n)+theme.Padding()*float32(n-1), h)
}

// Layout gives each visible object an equal share of the width.
func (shareLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	var shown []fyne.CanvasObject
	for _, o := range objects {
		if o.Visible() {
			shown = append(shown, o)
		}
	}
	if len(shown) == 0 {
		return
	}
	pad := theme.Padding()
	w := (size.Width - pad*float32(len(shown)-1)) / float32(len(shown))
	for i, o := range shown {
		o.Move(fyne.NewPos(float32(i)*(w+pad), 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}
