package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A text field keeps a scroller of its own, and the desktop driver gives
// the mouse wheel to the innermost scroller under the pointer: over a
// field, the page would not scroll. A field therefore lays an invisible
// wheel catcher over itself, last of its objects, which the driver finds
// instead and which scrolls the page around the field. Taps, drags,
// hovering and the text cursor still go to the field: the catcher takes
// nothing but the wheel.

// CreateRenderer returns the entry's renderer with the wheel catcher on top.
func (f *field) CreateRenderer() fyne.WidgetRenderer {
	c := &wheelCatcher{f: f}
	c.ExtendBaseWidget(c)
	return &wheelRenderer{WidgetRenderer: f.Entry.CreateRenderer(), catcher: c}
}

// wheelCatcher passes the wheel over a field to the page around it.
type wheelCatcher struct {
	widget.BaseWidget
	f *field
}

// Scrolled scrolls the page around the field.
func (c *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) {
	if c.f.page != nil {
		c.f.page.Scrolled(ev)
	}
}

// CreateRenderer draws nothing.
func (c *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}

// wheelRenderer is an entry's renderer with the catcher laid over it.
type wheelRenderer struct {
	fyne.WidgetRenderer
	catcher *wheelCatcher
}

func (r *wheelRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.catcher.Resize(size)
	r.catcher.Move(fyne.NewPos(0, 0))
}

func (r *wheelRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.catcher)
}
