package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// levelCard is a large tappable card for one level of one aspect: the
// level's colour, number and label, and what the level means for the
// aspect. The chosen card is framed and says so in words.
type levelCard struct {
	widget.BaseWidget
	Level    domain.Level
	OnTapped func()

	selected bool
	disabled bool
	frame    *canvas.Rectangle
	chosen   *widget.Label
	content  fyne.CanvasObject
}

func newLevelCard(m *domain.Model, a domain.Aspect, l domain.Level, floor domain.Level, compact bool) *levelCard {
	info, _ := m.Level(l)
	c := &levelCard{Level: l}
	col := levelColor(m, l)
	band := canvas.NewRectangle(col)
	band.CornerRadius = 6
	head := container.NewStack(band, container.NewPadded(cardTitle(m, l, pick(info.Label, info.LabelEN), levelTextColor(col))))
	desc := widget.NewLabel(pick(info.Descriptions[a], info.DescriptionsEN[a]))
	desc.Wrapping = fyne.TextWrapWord
	if compact && len(m.Levels) <= 4 {
		desc.SizeName = theme.SizeNameSubHeadingText // read from the back of the room
	} // five cards or more share the row: presentation's scale alone enlarges them, so every description is whole
	// One line at the foot says "Vald nivå" and, on a card below the
	// floor, "Under golvet K3": the description gets the height.
	c.chosen = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	foot := container.NewHBox(c.chosen)
	if floor != domain.Unset && l < floor {
		below := widget.NewLabel(trf("Under golvet %s", levelLabel(m, a, floor)))
		below.Importance = widget.WarningImportance
		foot.Add(layout.NewSpacer())
		foot.Add(below)
	}
	c.frame = canvas.NewRectangle(color.Transparent)
	c.frame.CornerRadius = 8
	c.frame.StrokeWidth = 1
	c.content = container.NewStack(c.frame, container.NewPadded(container.NewBorder(head, foot, nil, nil, container.NewVBox(desc))))
	if compact {
		// The frame and the fill show the choice, the floor note above
		// the cards the floor: the room needs the space.
		foot.Hide()
	}
	c.ExtendBaseWidget(c)
	c.apply()
	return c
}

// CreateRenderer returns the card's renderer.
func (c *levelCard) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.content) }

// Tapped chooses the card's level.
func (c *levelCard) Tapped(*fyne.PointEvent) {
	if !c.disabled && c.OnTapped != nil {
		c.OnTapped()
	}
}

// Cursor shows a pointer over the card.
func (c *levelCard) Cursor() desktop.Cursor {
	if c.disabled {
		return desktop.DefaultCursor
	}
	return desktop.PointerCursor
}

// SetSelected marks the card as the chosen level.
func (c *levelCard) SetSelected(on bool) {
	c.selected = on
	c.apply()
}

// Disable makes the card read-only.
func (c *levelCard) Disable() { c.disabled = true }

func (c *levelCard) apply() {
	th := fyne.CurrentApp().Settings().Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if c.selected {
		c.frame.StrokeColor = th.Color(theme.ColorNamePrimary, v)
		c.frame.StrokeWidth = 5
		c.frame.FillColor = th.Color(theme.ColorNameSelection, v)
		c.chosen.SetText(tr("Vald nivå"))
	} else {
		c.frame.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
		c.frame.StrokeWidth = 1
		c.frame.FillColor = color.Transparent
		c.chosen.SetText(" ")
	}
	c.frame.Refresh()
}

// cardTitle is a level card's number and label on its band. On a scale
// of more than four levels (KLASSA's five) a label of several words
// takes two lines, so that five cards fit beside each other on a
// laptop's screen: "4  Synnerligen" over "allvarlig".
func cardTitle(m *domain.Model, l domain.Level, label string, fg color.Color) fyne.CanvasObject {
	text := func(s string) *canvas.Text {
		t := canvas.NewText(s, fg)
		t.TextStyle = fyne.TextStyle{Bold: true}
		t.TextSize = theme.TextSize() * 1.3
		return t
	}
	if len(m.Levels) <= 4 {
		return text(m.NumberText(l) + "  " + label)
	}
	first, rest, _ := strings.Cut(label, " ")
	if rest == "" {
		rest = " " // every band two lines high, so the descriptions line up
	}
	return container.New(layout.NewCustomPaddedVBoxLayout(0), text(m.NumberText(l)+"  "+first), text(rest))
}
