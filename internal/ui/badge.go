package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/infoklass/infoklass/internal/domain"
)

// badge is a small coloured tag such as "K3": the colour and the text
// both carry the level, so it never relies on colour alone.
type badge struct {
	bg   *canvas.Rectangle
	text *canvas.Text
	box  *fyne.Container
}

func newBadge() *badge {
	b := &badge{
		bg:   canvas.NewRectangle(unsetColor),
		text: canvas.NewText("", nil),
	}
	b.bg.CornerRadius = 5
	b.text.TextStyle = fyne.TextStyle{Bold: true}
	b.text.Alignment = fyne.TextAlignCenter
	b.text.TextSize = theme.TextSize()
	b.bg.SetMinSize(fyne.NewSize(theme.TextSize()*2.8, theme.TextSize()*1.7))
	b.box = container.NewStack(b.bg, container.NewCenter(b.text))
	return b
}

// set shows aspect a at level l under model m.
func (b *badge) set(m *domain.Model, a domain.Aspect, l domain.Level) {
	c := levelColor(m, l)
	b.bg.FillColor = c
	b.text.Text = levelLabel(m, a, l)
	b.text.Color = levelTextColor(c)
	b.bg.Refresh()
	b.text.Refresh()
}

// badgeRow is one badge per aspect of a model.
type badgeRow struct {
	m       *domain.Model
	badges  []*badge
	Content *fyne.Container
}

func newBadgeRow(m *domain.Model) *badgeRow {
	r := &badgeRow{m: m, Content: container.NewHBox()}
	for range m.Aspects {
		b := newBadge()
		r.badges = append(r.badges, b)
		r.Content.Add(b.box)
	}
	return r
}

// set shows the given levels; missing aspects show as unset.
func (r *badgeRow) set(levels map[domain.Aspect]domain.Level) {
	for i, a := range r.m.AspectCodes() {
		r.badges[i].set(r.m, a, levels[a])
	}
}
