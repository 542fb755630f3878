package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// rect is a part of the window, in window coordinates.
type rect struct{ x0, y0, x1, y1 float32 }

func (r rect) intersect(o rect) rect {
	return rect{max(r.x0, o.x0), max(r.y0, o.y0), min(r.x1, o.x1), min(r.y1, o.y1)}
}

// holds reports whether o lies inside r, to a pixel.
func (r rect) holds(o rect) bool {
	return o.x0+1 >= r.x0 && o.y0+1 >= r.y0 && o.x1 <= r.x1+1 && o.y1 <= r.y1+1
}

// placement returns where target lies in window w and the part of the
// window that shows it: the window, cut by every scroll around target.
func placement(w fyne.Window, target fyne.CanvasObject) (at, shown rect, found bool) {
	c := w.Canvas()
	win := rect{0, 0, c.Size().Width, c.Size().Height}
	var walk func(o fyne.CanvasObject, origin fyne.Position, clip rect) bool
	walk = func(o fyne.CanvasObject, origin fyne.Position, clip rect) bool {
		if o == nil || !o.Visible() {
			return false
		}
		p := origin.Add(o.Position())
		r := rect{p.X, p.Y, p.X + o.Size().Width, p.Y + o.Size().Height}
		if o == target {
			at, shown, found = r, clip, true
			return true
		}
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *fyne.Container:
			kids = x.Objects
		case *container.Scroll:
			clip = clip.intersect(r)
			kids = []fyne.CanvasObject{x.Content}
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
		}
		for _, k := range kids {
			if walk(k, p, clip) {
				return true
			}
		}
		return false
	}
	if walk(c.Content(), fyne.Position{}, win) {
		return at, shown, true
	}
	for _, o := range c.Overlays().List() {
		if walk(o, fyne.Position{}, win) {
			return at, shown, true
		}
	}
	return rect{}, rect{}, false
}

// inView reports whether o is laid out in window w and shown whole.
func inView(w fyne.Window, o fyne.CanvasObject) bool {
	at, shown, ok := placement(w, o)
	return ok && at.x1 > at.x0 && at.y1 > at.y0 && shown.holds(at)
}
