package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// matrixView is the Klassning step as one matrix: a row per information
// type and a column per aspect of the model, each cell the level in the
// model's numbering, the first line of its motivation and the floor that
// applies, with the result row by the maximum principle below. The cell
// the keyboard is on is written out whole under the matrix. The arrows
// move, the model's digits set the level and Enter edits the
// motivation; each change is saved at once, as in the cards.
type matrixView struct {
	s     *classifyState
	table *matrixTable
	cur   widget.TableCellID // the current cell: Row 1… the types, Col 1… the aspects

	where       *widget.RichText // the current cell: where it is, its level, its whole motivation
	floor, hint *widget.Label
	content     fyne.CanvasObject
}

// The matrix's rows and columns besides the types and aspects.
const (
	matrixHeaderRow = 0 // the aspects' names
	matrixNameCol   = 0 // the types' names
)

// newMatrixView lays out the matrix of the workshop's classification,
// on the type and aspect the cards were on. Presenting, the keys' hint
// gives its line to the matrix.
func newMatrixView(s *classifyState) *matrixView {
	v := &matrixView{s: s, cur: widget.TableCellID{Row: s.typeIx + 1, Col: s.aspect + 1}}
	v.table = newMatrixTable(v)
	v.where = widget.NewRichText()
	v.where.Wrapping = fyne.TextWrapWord
	v.floor = wrapLabel("")
	v.hint = wrapLabel(v.hintText())
	v.hint.SizeName = theme.SizeNameCaptionText
	v.hint.Alignment = fyne.TextAlignTrailing
	cards := widget.NewButtonWithIcon(tr("Visa korten"), theme.ViewRestoreIcon(), s.toggleMatrix)
	print := widget.NewButtonWithIcon(tr("Matris till Excel…"), theme.DocumentPrintIcon(), v.export)
	text := container.New(layout.NewCustomPaddedVBoxLayout(0), v.where, v.floor)
	buttons := container.NewVBox(cards, print)
	title := heading(tr("3  Klassning: matris"))
	title.SizeName = theme.SizeNameSubHeadingText
	// The screen's height goes to the rows: the keys' hint beside the
	// title, the buttons beside the current cell's text.
	var top fyne.CanvasObject = container.NewBorder(nil, nil, title, nil, v.hint)
	if s.w.d.isPresenting() {
		top, buttons = nil, container.NewVBox(cards) // the room's lines go to the matrix
	}
	detail := container.NewBorder(widget.NewSeparator(), nil, nil, buttons, text)
	v.content = container.NewBorder(top, detail, nil, nil, container.New(&matrixFit{v: v}, v.table))
	v.table.Select(v.cur)
	v.showDetail()
	return v
}

// export saves the matrix as a workbook of one A4 page.
func (v *matrixView) export() {
	w := v.s.w
	name := w.asset.Name
	w.d.saveXLSX(app.MatrixFileName(name, !w.c.Decided()), func(ctx context.Context, path string) error {
		_, err := w.d.svc.ExportMatrix(ctx, path, name)
		return err
	})
}

// types and aspects are the matrix's rows and columns.
func (v *matrixView) types() []domain.InfoType       { return v.s.w.c.InfoTypes }
func (v *matrixView) aspects() []domain.Aspect       { return v.s.w.d.model.AspectCodes() }
func (v *matrixView) model() *domain.Model           { return v.s.w.d.model }
func (v *matrixView) resultRow() int                 { return len(v.types()) + 1 }
func (v *matrixView) isType(row int) bool            { return row >= 1 && row <= len(v.types()) }
func (v *matrixView) aspectAt(col int) domain.Aspect { return v.aspects()[col-1] }

// hintText names the keys, in the model's numbering.
func (v *matrixView) hintText() string {
	if v.s.w.locked {
		return tr("Klassningen är fastställd och låst: matrisen visas men kan inte ändras. Starta en uppföljning för att ändra något.")
	}
	return trf("Piltangenterna flyttar mellan rutorna, %s väljer nivå, Enter skriver motiveringen, Ctrl+M visar korten. Varje ändring sparas direkt.", v.model().Range())
}

// move goes dr rows and dc columns from the current cell, within the
// types (and the result row, which is read only) and the aspects.
func (v *matrixView) move(dr, dc int) {
	id := widget.TableCellID{Row: v.cur.Row + dr, Col: v.cur.Col + dc}
	if id.Row < 1 || id.Row > v.resultRow() || id.Col < 1 || id.Col > len(v.aspects()) {
		return
	}
	v.table.Select(id)
}

// selected makes id the current cell; a click on a name or a header
// goes to the nearest cell of a level.
func (v *matrixView) selected(id widget.TableCellID) {
	fixed := id
	fixed.Row = max(fixed.Row, 1)
	fixed.Col = max(fixed.Col, 1)
	if fixed != id {
		v.table.Select(fixed)
		return
	}
	v.cur = id
	if v.isType(id.Row) {
		v.s.typeIx, v.s.aspect = id.Row-1, id.Col-1 // the cards open where the matrix was
	}
	v.showDetail()
}

// setNumber sets the current cell's level to the level the model numbers n.
func (v *matrixView) setNumber(n int) bool {
	l, ok := v.model().LevelByNumber(n)
	if !ok {
		return false
	}
	v.setLevel(l)
	return true
}

// setLevel saves level l for the current cell, keeping its motivation.
func (v *matrixView) setLevel(l domain.Level) {
	t, a, ok := v.editable()
	if !ok {
		return
	}
	r := t.Ratings[a]
	r.Level = l
	v.save(t, a, r)
}

// editable returns the current cell's type and aspect, when the cell
// can be changed; else it says why not.
func (v *matrixView) editable() (*domain.InfoType, domain.Aspect, bool) {
	w := v.s.w
	switch {
	case w.locked:
		v.hint.Importance = widget.WarningImportance
		v.hint.Refresh()
		return nil, "", false
	case !v.isType(v.cur.Row):
		v.setFloor(tr("Resultatraden räknas fram: den högsta nivån bland informationstyperna. Höj den i steget Resultat."))
		return nil, "", false
	}
	t := &w.c.InfoTypes[v.cur.Row-1]
	if t.Referred() {
		return nil, "", false
	}
	return t, v.aspectAt(v.cur.Col), true
}

// save stores r for aspect a of type t through the same use case as the
// cards, and shows it.
func (v *matrixView) save(t *domain.InfoType, a domain.Aspect, r domain.Rating) {
	w := v.s.w
	if !w.saved(w.d.svc.Rate(t.ID, a, r)) {
		return
	}
	t.SetRating(a, r)
	v.table.Refresh()
	v.showDetail()
}

// editMotivation opens the current cell's motivation for writing;
// Ctrl+Enter saves it.
func (v *matrixView) editMotivation() {
	t, a, ok := v.editable()
	if !ok {
		return
	}
	w := v.s.w
	info, _ := v.model().Aspect(a)
	area := newDialogArea()
	area.SetText(t.Ratings[a].Motivation)
	area.SetPlaceHolder(tr("Motivering: varför valde gruppen denna nivå? Vilken är den värsta rimliga konsekvensen?"))
	area.SetMinRowsVisible(5)
	items := []*widget.FormItem{widget.NewFormItem(tr("Motivering"), area)}
	items[0].HintText = tr("Ctrl+Enter sparar motiveringen.")
	typeID := t.ID
	d := dialog.NewForm(trf("%s · %s", t.Name, pick(info.Name, info.NameEN)), tr("Spara"), tr("Avbryt"), items, func(ok bool) {
		if t := w.infoType(typeID); ok && t != nil {
			r := t.Ratings[a]
			r.Motivation = area.Text
			v.save(t, a, r)
		}
		w.d.win.Canvas().Focus(v.table)
	}, w.d.win)
	formKeys(d, items)
	d.Resize(fyne.NewSize(min(720, w.d.win.Canvas().Size().Width-40), 320))
	d.Show()
	w.d.win.Canvas().Focus(area)
	area.CursorRow = len(strings.Split(area.Text, "\n")) - 1
}

// showDetail writes out the current cell under the matrix: where it is,
// its level and whole motivation, and the floor that applies.
func (v *matrixView) showDetail() {
	m := v.model()
	a := v.aspectAt(v.cur.Col)
	info, _ := m.Aspect(a)
	v.floor.Importance = widget.MediumImportance
	if !v.isType(v.cur.Row) {
		ar := v.s.w.c.Result(m).Aspect(a)
		v.setWhere(trf("Resultat · %s: %s", pick(info.Name, info.NameEN), matrixLevelText(m, a, ar.Effective)), explainText(m, ar))
		v.setFloor(tr("Resultatet är den högsta nivån bland informationstyperna (maximiprincipen), med gruppens höjningar."))
		return
	}
	t := &v.types()[v.cur.Row-1]
	r := t.Ratings[a]
	where := trf("%s · %s: %s", t.Name, pick(info.Name, info.NameEN), matrixLevelText(m, a, r.Level))
	switch {
	case t.Referred():
		v.setWhere(where, tr("Informationstypen omfattas av säkerhetsskydd. Den klassas inte i Infoklass och räknas inte in i resultatet. Kontakta säkerhetsskyddschefen."))
	case hasText(r.Motivation):
		v.setWhere(where, r.Motivation)
	default:
		v.setWhere(where, tr("Ingen motivering ännu. Tryck Enter för att skriva den."))
	}
	below := false
	if floor, _ := m.FloorFor(t.Flags, a); r.Level != domain.Unset && r.Level < floor {
		v.floor.Importance, below = widget.WarningImportance, true
	}
	if v.s.w.d.isPresenting() && !below {
		v.setFloor("") // the cell shows the floor; the room's lines go to the matrix
		return
	}
	v.setFloor(floorText(m, t, a))
}

// setWhere writes where the cell is in bold, and its text after it.
func (v *matrixView) setWhere(where, text string) {
	v.where.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: where + "   ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: text, Style: widget.RichTextStyleInline},
	}
	v.where.Refresh()
}

// setFloor shows the floor's line, or hides it when there is none.
func (v *matrixView) setFloor(text string) {
	v.floor.SetText(text)
	v.floor.Hidden = text == ""
	v.floor.Refresh()
}

// detailText is the current cell's text as shown under the matrix.
func (v *matrixView) detailText() string { return v.where.String() }

// floorText names the floor that type t's flags set for aspect a, or
// is empty when none does.
func floorText(m *domain.Model, t *domain.InfoType, a domain.Aspect) string {
	floor, from := m.FloorFor(t.Flags, a)
	if floor == domain.Unset {
		return ""
	}
	labels := make([]string, len(from))
	for i, f := range from {
		labels[i] = pick(f.Label, f.LabelEN)
	}
	text := trf("Golv: %s (%s).", matrixLevel(m, a, floor), strings.Join(labels, "; "))
	if l := t.Ratings[a].Level; l != domain.Unset && l < floor {
		text += " " + tr("Vald nivå är lägre: motiveringen måste förklara varför en lägre nivå räcker.")
	}
	return text
}

// matrixLevel names level l of aspect a in the model's numbering and
// the interface's language: "K3", "C3", "K–".
func matrixLevel(m *domain.Model, a domain.Aspect, l domain.Level) string {
	return aspectCode(m, a) + m.NumberText(l)
}

// matrixLevelText is matrixLevel with the level's name: "K3 – Allvarlig".
func matrixLevelText(m *domain.Model, a domain.Aspect, l domain.Level) string {
	info, ok := m.Level(l)
	if !ok {
		return tr("ingen nivå vald ännu")
	}
	return matrixLevel(m, a, l) + " – " + pick(info.Label, info.LabelEN)
}

// toggleMatrix switches Klassning between the cards and the matrix.
func (s *classifyState) toggleMatrix() { s.setMatrix(!s.matrix) }

// setMatrix shows Klassning as the matrix, or as the cards.
func (s *classifyState) setMatrix(on bool) {
	s.w.d.flushFocused()
	s.matrix = on
	s.w.show(stepClassify)
	s.w.content.Refresh() // the navigation may have come back: the frame is laid out anew
}

// withMatrixButton puts the Matris button after the aspects' tabs (not
// while presenting, where the type's name needs the room: Ctrl+M opens it).
func (s *classifyState) withMatrixButton(tabs fyne.CanvasObject) fyne.CanvasObject {
	return container.NewHBox(tabs, widget.NewButtonWithIcon(tr("Matris"), theme.GridIcon(), s.toggleMatrix))
}

// showMatrix opens the workshop of asset id at Klassning as the matrix.
func (u *UI) showMatrix(id int64) {
	u.showWorkshopStep(id, stepClassify)
	if w := u.workshop; w != nil && !w.classify.matrix {
		w.classify.toggleMatrix()
	}
}
