package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// wrapCheck is a check box whose label wraps instead of widening the
// window. A tap on the label toggles it, as on a check box's own label.
type wrapCheck struct {
	widget.BaseWidget
	check   *widget.Check
	label   *widget.Label
	content fyne.CanvasObject
}

func newWrapCheck(text string) *wrapCheck {
	c := &wrapCheck{check: widget.NewCheck("", nil), label: widget.NewLabel(text)}
	c.label.Wrapping = fyne.TextWrapWord
	c.content = container.NewBorder(nil, nil, container.NewVBox(c.check), nil, c.label)
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer returns the widget's renderer.
func (c *wrapCheck) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.content) }

// Tapped toggles the check box, unless it is disabled.
func (c *wrapCheck) Tapped(*fyne.PointEvent) {
	if !c.check.Disabled() {
		c.check.SetChecked(!c.check.Checked)
	}
}
