package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// scrollChain returns the path from o down to target, both included, or
// nil when target is not shown inside o.
func scrollChain(o, target fyne.CanvasObject) []fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	if o == target {
		return []fyne.CanvasObject{o}
	}
	for _, k := range holds(o) {
		if path := scrollChain(k, target); path != nil {
			return append([]fyne.CanvasObject{o}, path...)
		}
	}
	return nil
}

// holds returns what o shows of the objects it is made of, as far as
// the screens' containers and widgets tell.
func holds(o fyne.CanvasObject) []fyne.CanvasObject {
	switch x := o.(type) {
	case *fyne.Container:
		return x.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{x.Content}
	case *container.ThemeOverride:
		return []fyne.CanvasObject{x.Content}
	case *container.Split:
		return []fyne.CanvasObject{x.Leading, x.Trailing}
	case *widget.Card:
		return []fyne.CanvasObject{x.Content}
	case *wrapCheck:
		return []fyne.CanvasObject{x.content}
	}
	return nil
}

// scrollIntoView scrolls every scroll around target, the innermost
// first, so that target is shown whole with a little room around it,
// or from its top when it is taller than the scroll. It reports whether
// target lies in root.
func scrollIntoView(root, target fyne.CanvasObject) bool {
	path := scrollChain(root, target)
	if path == nil {
		return false
	}
	for i := len(path) - 2; i >= 0; i-- {
		s, ok := path[i].(*container.Scroll)
		if !ok {
			continue
		}
		// target's place in the scroll's content, as laid out now
		var pos fyne.Position
		for _, o := range path[i+2:] {
			pos = pos.Add(o.Position())
		}
		s.ScrollToOffset(fitOffset(s.Offset, s.Size(), s.Content.Size(), pos, target.Size(), s.Direction))
	}
	return true
}

// fitOffset is the offset of a scroll of size view over content that
// shows the part at pos of size size, moving as little as it can.
func fitOffset(off fyne.Position, view, content fyne.Size, pos fyne.Position, size fyne.Size, dir container.ScrollDirection) fyne.Position {
	room := theme.Padding() * 2
	fit := func(off, view, content, at, size float32) float32 {
		switch {
		case at-room < off || size+2*room > view:
			off = at - room
		case at+size+room > off+view:
			off = at + size + room - view
		}
		return max(0, min(off, content-view))
	}
	if dir != container.ScrollHorizontalOnly && dir != container.ScrollNone {
		off.Y = fit(off.Y, view.Height, content.Height, pos.Y, size.Height)
	}
	if dir == container.ScrollHorizontalOnly || dir == container.ScrollBoth {
		off.X = fit(off.X, view.Width, content.Width, pos.X, size.Width)
	}
	return off
}

// followFocus scrolls the control that has the keyboard into view when
// the focus has moved since it was last called: by Tab, Shift+Tab or a
// screen that focused a field.
func (u *UI) followFocus() {
	f := u.win.Canvas().Focused()
	if f == nil || f == u.lastFocus {
		return
	}
	u.lastFocus = f
	if o, ok := f.(fyne.CanvasObject); ok {
		scrollIntoView(u.win.Canvas().Content(), o)
	}
}

// followFocusLoop calls followFocus ten times a second: Fyne tells no
// one when Tab moves the focus.
func (u *UI) followFocusLoop() {
	for range time.Tick(100 * time.Millisecond) {
		fyne.Do(u.followFocus)
	}
}

// newBorder is container.NewBorder with its objects in reading order:
// top, left, the centre, right, bottom. Tab follows the order of a
// container's objects, and Fyne's NewBorder puts the centre first, so
// that Tab went from a comment field back to the buttons left of it.
func newBorder(top, bottom, left, right fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	var all []fyne.CanvasObject
	for _, o := range []fyne.CanvasObject{top, left} {
		if o != nil {
			all = append(all, o)
		}
	}
	for _, o := range center {
		if o != nil {
			all = append(all, o)
		}
	}
	for _, o := range []fyne.CanvasObject{right, bottom} {
		if o != nil {
			all = append(all, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), all...)
}
