package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// matrixTable is the matrix's table, which takes the keyboard: arrows
// move, digits set the level, Enter edits the motivation; F1, F5 and
// the rest go to the window.
type matrixTable struct {
	widget.Table
	v      *matrixView
	keys   keyHandler
	widths map[int]float32 // as set by matrixFit
}

func newMatrixTable(v *matrixView) *matrixTable {
	t := &matrixTable{v: v, keys: v.s.w.d, widths: map[int]float32{}}
	t.Length = func() (int, int) { return len(v.types()) + 2, len(v.aspects()) + 1 }
	t.CreateCell = func() fyne.CanvasObject { return newMatrixCell() }
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) { v.fillCell(id, o.(*matrixCell)) }
	t.StickyRowCount, t.StickyColumnCount = 1, 1
	t.OnSelected = v.selected
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey moves with the arrows and edits the motivation on Enter;
// other keys go to the window.
func (t *matrixTable) TypedKey(ev *fyne.KeyEvent) {
	if !t.typedKey(ev.Name) && t.keys != nil {
		t.keys.typedKey(ev)
	}
}

// typedKey handles the matrix's own keys and reports whether name was one.
func (t *matrixTable) typedKey(name fyne.KeyName) bool {
	switch name {
	case fyne.KeyUp:
		t.v.move(-1, 0)
	case fyne.KeyDown:
		t.v.move(1, 0)
	case fyne.KeyLeft:
		t.v.move(0, -1)
	case fyne.KeyRight:
		t.v.move(0, 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		t.v.editMotivation()
	default:
		return false
	}
	return true
}

// TypedRune sets the level of a digit in the model's numbering; ? opens
// the help.
func (t *matrixTable) TypedRune(r rune) {
	if !t.typedRune(r) && r == '?' && t.keys != nil {
		t.keys.typedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	}
}

// typedRune sets the level of digit r and reports whether r was one.
func (t *matrixTable) typedRune(r rune) bool {
	return r >= '0' && r <= '9' && t.v.setNumber(int(r-'0'))
}

// fillCell shows cell id: a header, a type's name, a type's rating of
// an aspect, or the result.
func (v *matrixView) fillCell(id widget.TableCellID, c *matrixCell) {
	m := v.model()
	switch {
	case id.Row == matrixHeaderRow && id.Col == matrixNameCol:
		c.show(tr("Informationstyp"), "", true)
	case id.Row == matrixHeaderRow:
		a := v.aspectAt(id.Col)
		info, _ := m.Aspect(a)
		c.show(pick(info.Name, info.NameEN)+" ("+aspectCode(m, a)+")", "", true)
	case id.Col == matrixNameCol && v.isType(id.Row):
		t := &v.types()[id.Row-1]
		name := t.Name
		if t.Referred() {
			name = trf("%s  (säkerhetsskydd)", t.Name)
		}
		c.show(name, "", true)
	case id.Col == matrixNameCol:
		c.show(tr("Resultat (högsta nivån)"), "", true)
	case v.isType(id.Row):
		v.fillRating(c, &v.types()[id.Row-1], v.aspectAt(id.Col))
	default:
		ar := v.s.w.c.Result(m).Aspect(v.aspectAt(id.Col))
		c.show(resultCellText(m, ar), "", true)
		c.setLevel(m, ar.Aspect, ar.Effective)
	}
}

// fillRating shows type t's rating of aspect a: the level, the
// motivation's first line and the floor, marked when the level is below it.
func (v *matrixView) fillRating(c *matrixCell, t *domain.InfoType, a domain.Aspect) {
	m := v.model()
	if t.Referred() {
		c.show(tr("klassas inte"), "", false)
		return
	}
	r := t.Ratings[a]
	text := firstLine(r.Motivation)
	if text == "" && r.Level != domain.Unset {
		text = tr("ingen motivering") // required: the cell says it is missing
	}
	floor, _ := m.FloorFor(t.Flags, a)
	floorText := ""
	if floor != domain.Unset {
		floorText = trf("golv %s", m.NumberText(floor))
	}
	c.show(text, floorText, false)
	c.setLevel(m, a, r.Level)
	c.text.Importance = widget.MediumImportance
	if !hasText(r.Motivation) {
		c.text.Importance = widget.LowImportance
	}
	c.floor.Importance = widget.LowImportance
	if r.Level != domain.Unset && r.Level < floor {
		c.floor.Importance = widget.WarningImportance
	}
	c.text.Refresh()
	c.floor.Refresh()
}

// resultCellText says where the result of an aspect comes from, briefly.
func resultCellText(m *domain.Model, ar domain.AspectResult) string {
	switch {
	case ar.Effective == domain.Unset:
		return "–"
	case ar.Raise != nil:
		return trf("höjd från %s", matrixLevel(m, ar.Aspect, ar.Calculated))
	}
	return strings.Join(ar.From, ", ")
}

// firstLine is the first line of s with text in it.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// matrixCell is one cell of the matrix: a level tag, a line of text and
// a floor mark.
type matrixCell struct {
	widget.BaseWidget
	tagBg       *canvas.Rectangle
	tag         *canvas.Text
	tagBox      *fyne.Container
	text, floor *widget.Label
	content     *fyne.Container
}

func newMatrixCell() *matrixCell {
	c := &matrixCell{tagBg: canvas.NewRectangle(unsetColor), tag: canvas.NewText("K–", nil)}
	c.tagBg.CornerRadius = 5
	c.tag.TextStyle = fyne.TextStyle{Bold: true}
	c.tag.Alignment = fyne.TextAlignCenter
	c.tag.TextSize = theme.TextSize()
	c.tagBg.SetMinSize(fyne.NewSize(theme.TextSize()*2.8, theme.TextSize()*1.7))
	c.tagBox = container.NewCenter(container.NewStack(c.tagBg, container.NewCenter(c.tag)))
	c.text = widget.NewLabel("")
	c.text.Truncation = fyne.TextTruncateEllipsis
	c.floor = widget.NewLabel("")
	c.floor.SizeName = theme.SizeNameCaptionText
	c.content = container.NewBorder(nil, nil, c.tagBox, container.New(middle{}, c.floor), container.New(middle{}, c.text))
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer returns the cell's renderer.
func (c *matrixCell) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.content) }

// show sets the cell's text and floor mark, without a level tag.
func (c *matrixCell) show(text, floor string, bold bool) {
	c.tagBox.Hide()
	c.text.SetText(text)
	c.text.TextStyle = fyne.TextStyle{Bold: bold}
	c.text.Importance = widget.MediumImportance
	c.floor.SetText(floor)
	c.floor.Hidden = floor == ""
	c.content.Refresh()
}

// setLevel shows the tag of level l of aspect a in the model's numbering.
func (c *matrixCell) setLevel(m *domain.Model, a domain.Aspect, l domain.Level) {
	col := levelColor(m, l)
	c.tagBg.FillColor = col
	c.tag.Text = matrixLevel(m, a, l)
	c.tag.Color = levelTextColor(col)
	c.tagBox.Show()
	c.tagBg.Refresh()
	c.tag.Refresh()
	c.content.Refresh()
}

// matrixFit gives the matrix's columns the width there is: the names a
// quarter of it, the aspects the rest in equal parts; and its rows the
// height of a tag.
type matrixFit struct {
	v          *matrixView
	lastWidth  float32
	lastHeight float32
}

// MinSize is the header, two rows and the result row, at a narrow width.
func (f *matrixFit) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(480, 4*f.rowHeight())
}

func (f *matrixFit) rowHeight() float32 {
	text := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{Bold: true}).Height
	return max(theme.TextSize()*1.6+2, text+theme.InnerPadding())
}

// Layout sets the column widths and row heights for size.
func (f *matrixFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	t := f.v.table
	n := float32(len(f.v.aspects()))
	if size.Width != f.lastWidth {
		f.lastWidth = size.Width
		sep := theme.Padding()
		name := min(max(size.Width*0.24, 160), 320)
		each := (size.Width - name - (n+1)*sep) / n
		t.widths[matrixNameCol] = name
		for i := 1; i <= len(f.v.aspects()); i++ {
			t.widths[i] = each
		}
		for col, w := range t.widths {
			t.SetColumnWidth(col, w)
		}
	}
	if h := f.rowHeight(); h != f.lastHeight {
		f.lastHeight = h
		for i := 0; i <= f.v.resultRow(); i++ {
			t.SetRowHeight(i, h)
		}
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// middle lays its objects out across the whole width at their own
// height, in the middle: a label in a row lower than its padding keeps
// its text level with the level tag beside it.
type middle struct{}

// MinSize is the widest and tallest of objs shown.
func (middle) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	return s
}

// Layout centres each of objs vertically in size.
func (middle) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, (size.Height-h)/2))
		o.Resize(fyne.NewSize(size.Width, h))
	}
}

// columnWidth returns the width set for column col.
func (t *matrixTable) columnWidth(col int) float32 { return t.widths[col] }
