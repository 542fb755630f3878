package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// levelPicker holds the level cards of one aspect and takes the
// keyboard when the classification step shows them: the digits choose a
// level and Tab moves on to the motivation. It is outlined while it has
// the focus, so the room sees where the keys go.
type levelPicker struct {
	widget.BaseWidget
	model    *domain.Model // whose numbers the digits type
	choose   func(domain.Level)
	tab      func() // Tab: on to the motivation
	disabled bool
	keys     keyHandler // where F1, F5 and ? go; set by adoptFields
	before   keyTaker   // takes keys first when it wants them (the silent vote)

	outline *canvas.Rectangle
	content fyne.CanvasObject
}

func newLevelPicker(cards fyne.CanvasObject, m *domain.Model, choose func(domain.Level), tab func()) *levelPicker {
	p := &levelPicker{model: m, choose: choose, tab: tab}
	p.outline = canvas.NewRectangle(color.Transparent)
	p.outline.StrokeWidth = 2
	p.outline.CornerRadius = 10
	p.content = container.NewStack(p.outline, container.NewPadded(cards))
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer returns the picker's renderer.
func (p *levelPicker) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.content)
}

// FocusGained outlines the cards.
func (p *levelPicker) FocusGained() {
	th := fyne.CurrentApp().Settings().Theme()
	p.outline.StrokeColor = th.Color(theme.ColorNameFocus, fyne.CurrentApp().Settings().ThemeVariant())
	p.outline.Refresh()
}

// FocusLost removes the outline.
func (p *levelPicker) FocusLost() {
	p.outline.StrokeColor = color.Transparent
	p.outline.Refresh()
}

// TypedRune chooses the level of a digit; ? opens the help.
func (p *levelPicker) TypedRune(r rune) {
	if p.before != nil && p.before.TypedRune(r) {
		return
	}
	if l, ok := p.model.LevelByNumber(int(r - '0')); !p.disabled && r >= '0' && r <= '9' && ok {
		p.choose(l)
	} else if r == '?' && p.keys != nil {
		p.keys.typedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	}
}

// TypedKey moves to the motivation on Tab, and passes the window's keys
// (F1, F5) on.
func (p *levelPicker) TypedKey(ev *fyne.KeyEvent) {
	if p.before != nil && p.before.TypedKey(ev) {
		return
	}
	switch {
	case ev.Name == fyne.KeyTab && p.tab != nil:
		p.tab()
	case p.keys != nil:
		p.keys.typedKey(ev)
	}
}

// AcceptsTab keeps Tab for the picker, which sends the focus to the
// motivation rather than to the next button in the window.
func (p *levelPicker) AcceptsTab() bool { return true }

// keyTaker takes the keys it wants and reports whether it took them.
type keyTaker interface {
	TypedRune(r rune) bool
	TypedKey(ev *fyne.KeyEvent) bool
}

// Disabled reports whether the picker takes no levels (a locked
// classification): then Tab passes it by, as it does a disabled button.
func (p *levelPicker) Disabled() bool { return p.disabled }

// Disable makes the picker take no levels.
func (p *levelPicker) Disable() { p.disabled = true }

// Enable makes the picker take levels again.
func (p *levelPicker) Enable() { p.disabled = false }
