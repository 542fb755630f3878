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

// pathTo returns the objects from the window's content (or a dialog)
// down to target.
func pathTo(w fyne.Window, target fyne.CanvasObject) []fyne.CanvasObject {
	var walk func(o fyne.CanvasObject) []fyne.CanvasObject
	walk = func(o fyne.CanvasObject) []fyne.CanvasObject {
		if o == nil || !o.Visible() {
			return nil
		}
		if o == target {
			return []fyne.CanvasObject{o}
		}
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *fyne.Container:
			kids = x.Objects
		case *container.Scroll:
			kids = []fyne.CanvasObject{x.Content}
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
		}
		for _, k := range kids {
			if p := walk(k); p != nil {
				return append([]fyne.CanvasObject{o}, p...)
			}
		}
		return nil
	}
	if p := walk(w.Canvas().Content()); p != nil {
		return p
	}
	for _, o := range w.Canvas().Overlays().List() {
		if p := walk(o); p != nil {
			return p
		}
	}
	return nil
}

// readingOrder reports whether a comes before b in reading order,
// comparing the parts of the screen they lie in where their paths part:
// a scroll is read as one block, whatever it holds.
func readingOrder(w fyne.Window, a, b fyne.CanvasObject) (bool, rect, rect) {
	pa, pb := pathTo(w, a), pathTo(w, b)
	i := 0
	for i < len(pa) && i < len(pb) && pa[i] == pb[i] {
		i++
	}
	if i == 0 || i >= len(pa) || i >= len(pb) {
		return true, rect{}, rect{} // in two dialogs, or one inside the other
	}
	// the parts' places inside their common ancestor: a scroll on the
	// way down is the place of everything inside it
	place := func(path []fyne.CanvasObject) rect {
		var p fyne.Position
		for _, o := range path[i:] {
			p = p.Add(o.Position())
			if _, ok := o.(*container.Scroll); ok {
				return rect{p.X, p.Y, p.X + o.Size().Width, p.Y + o.Size().Height}
			}
		}
		size := path[len(path)-1].Size()
		return rect{p.X, p.Y, p.X + size.Width, p.Y + size.Height}
	}
	ra, rb := place(pa), place(pb)
	return readsBefore(ra, rb), ra, rb
}

// readsBefore reports whether a control at a comes before one at b in
// reading order: on one line, left before right; in one column, top
// before bottom. A control of another column may come after it at any
// height.
func readsBefore(a, b rect) bool {
	sameLine := a.y0 < b.y1 && b.y0 < a.y1
	sameColumn := a.x0 < b.x1 && b.x0 < a.x1
	switch {
	case sameLine:
		return a.x0 <= b.x0
	case sameColumn:
		return a.y0 <= b.y0
	}
	return true
}

// inView reports whether o is laid out in window w and shown whole.
func inView(w fyne.Window, o fyne.CanvasObject) bool {
	at, shown, ok := placement(w, o)
	return ok && at.x1 > at.x0 && at.y1 > at.y0 && shown.holds(at)
}
