package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// shareLayout lays the objects it shows out in one row, sharing the
// width equally among them: one shown alone takes the whole row. An
// object is shown when it is visible and has something to show (a
// container whose children are all hidden has no size). A grid keeps
// such an object's column, so a note beside it wrapped in half the
// width, a line or two taller than it needs.
type shareLayout struct{}

// shown reports whether o takes a share of the row.
func shown(o fyne.CanvasObject) bool { return o.Visible() && !o.MinSize().IsZero() }

// MinSize is the widest visible object's width times their number, and
// the tallest height.
func (shareLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var n int
	var w, h float32
	for _, o := range objects {
		if !shown(o) {
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
	var row []fyne.CanvasObject
	for _, o := range objects {
		if shown(o) {
			row = append(row, o)
		} else {
			o.Resize(fyne.Size{})
		}
	}
	if len(row) == 0 {
		return
	}
	pad := theme.Padding()
	w := (size.Width - pad*float32(len(row)-1)) / float32(len(row))
	for i, o := range row {
		o.Move(fyne.NewPos(float32(i)*(w+pad), 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}
