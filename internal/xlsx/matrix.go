package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// SheetMatrix is the sheet of the classification matrix.
const SheetMatrix = "Matris"

// Matrix is what the classification matrix shows: one classification's
// information types by the model's aspects.
type Matrix struct {
	Asset          domain.Asset
	Classification *domain.Classification
	Model          *domain.Model
	Made           time.Time // when it was written, printed in the footer
}

// WriteMatrix writes the matrix as a workbook of its own to path, atomically.
func WriteMatrix(path string, mx Matrix) error {
	return writeAtomic(path, func(w io.Writer) error { return ExportMatrix(w, mx) })
}

// ExportMatrix writes the matrix as a workbook of one sheet to w.
func ExportMatrix(w io.Writer, mx Matrix) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f, mx.Model)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetMatrix); err != nil {
		return err
	}
	if err := writeMatrixSheet(f, st, mx); err != nil {
		return err
	}
	made := mx.Made.UTC().Format("2006-01-02T15:04:05Z")
	if err := f.SetDocProps(&excelize.DocProperties{Title: "Klassningsmatris: " + mx.Asset.Name, Creator: "Infoklass",
		Language: "sv-SE", Created: made, Modified: made}); err != nil {
		return err
	}
	return f.Write(w)
}

// matrixWriter writes the matrix sheet cell by cell.
type matrixWriter struct {
	f        *excelize.File
	st       *styles
	boldWrap int // a type's name, which wraps in its column
	mx       Matrix
	row      int
	err      error
}

func (w *matrixWriter) set(col int, v any, style int) {
	if w.err != nil {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(col, w.row)
	switch v := v.(type) {
	case string:
		w.err = w.f.SetCellStr(SheetMatrix, cell, cleanText(v))
	case int:
		w.err = w.f.SetCellInt(SheetMatrix, cell, int64(v))
	}
	if w.err == nil && style != 0 {
		w.err = w.f.SetCellStyle(SheetMatrix, cell, cell, style)
	}
}

// level writes level l in the model's numbering, coloured, or leaves the
// cell empty for a level not chosen.
func (w *matrixWriter) level(col int, l domain.Level) {
	if l == domain.Unset {
		w.set(col, "–", w.st.number)
		return
	}
	w.set(col, w.mx.Model.Number(l), w.st.level[l])
}

// writeMatrixSheet writes the sheet Matris into f: the information types
// as rows, per aspect the level and its motivation, the flags and the
// floors they set, and the result row by the maximum principle; printed
// on one A4 page, landscape.
func writeMatrixSheet(f *excelize.File, st *styles, mx Matrix) error {
	if idx, _ := f.GetSheetIndex(SheetMatrix); idx < 0 {
		if _, err := f.NewSheet(SheetMatrix); err != nil {
			return err
		}
	}
	m, c := mx.Model, mx.Classification
	w := &matrixWriter{f: f, st: st, mx: mx, row: 1}
	var err error
	if w.boldWrap, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: fontName, Size: 10},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return err
	}
	t := true
	f.Styles.CellXfs.Xf[w.boldWrap].QuotePrefix = &t // text stays text when edited
	w.set(1, "Klassningsmatris: "+mx.Asset.Name, st.title)
	w.row++
	state := "Fastställd " + c.DecidedAt.String() + " av " + c.DecidedBy
	if !c.Decided() {
		state = DraftMark
	}
	w.set(1, fmt.Sprintf("%s, %s. %s. Nivåer %s.", c.Kind.Label(), c.Date, state, m.Range()), st.text)
	w.row += 2
	w.header()
	for i := range c.InfoTypes {
		w.infoType(&c.InfoTypes[i])
	}
	w.result()
	if w.err != nil {
		return fmt.Errorf("sheet %s: %w", SheetMatrix, w.err)
	}
	return matrixPrint(f, mx, len(m.Aspects))
}

// header writes the column heads: the type, its flags and floors, and a
// level and a motivation column per aspect.
func (w *matrixWriter) header() {
	w.set(1, "Informationstyp", w.st.header)
	w.set(2, "Markeringar och golv", w.st.header)
	for i, a := range w.mx.Model.Aspects {
		w.set(3+2*i, string(a.Code), w.st.header)
		w.set(4+2*i, "Motivering "+strings.ToLower(a.Name), w.st.header)
	}
	w.f.SetRowHeight(SheetMatrix, w.row, rowHeight(2))
	w.row++
}

// infoType writes the row of type t.
func (w *matrixWriter) infoType(t *domain.InfoType) {
	m := w.mx.Model
	w.set(1, t.Name, w.boldWrap)
	w.set(2, flagsAndFloors(m, t), w.st.wrap)
	lines := max(textLines(t.Name, 22), textLines(flagsAndFloors(m, t), 24))
	for i, a := range m.AspectCodes() {
		if t.Referred() {
			w.set(3+2*i, "–", w.st.number)
			w.set(4+2*i, "Säkerhetsskydd: klassas inte här", w.st.wrap)
			continue
		}
		r := t.Ratings[a]
		w.level(3+2*i, r.Level)
		mot := r.Motivation
		if floor, _ := m.FloorFor(t.Flags, a); r.Level != domain.Unset && r.Level < floor {
			mot = fmt.Sprintf("Under golvet %s. %s", m.LevelLabel(a, floor), mot)
		}
		w.set(4+2*i, mot, w.st.wrap)
		lines = max(lines, textLines(mot, 34))
	}
	w.f.SetRowHeight(SheetMatrix, w.row, rowHeight(lines))
	w.row++
}

// result writes the result row: the effective level of each aspect with
// where it comes from.
func (w *matrixWriter) result() {
	m := w.mx.Model
	res := w.mx.Classification.Result(m)
	w.set(1, "Resultat (högsta nivån)", w.boldWrap)
	w.set(2, "Maximiprincipen, med gruppens höjningar", w.st.wrap)
	lines := 2
	for i, a := range m.AspectCodes() {
		ar := res.Aspect(a)
		w.level(3+2*i, ar.Effective)
		text := "från " + strings.Join(ar.From, ", ")
		switch {
		case ar.Effective == domain.Unset:
			text = "ingen nivå vald ännu"
		case ar.Raise != nil:
			text = fmt.Sprintf("höjd från %s (%s): %s", m.LevelLabel(a, ar.Calculated), ar.Raise.Reason.Label(), ar.Raise.Explanation)
		}
		w.set(4+2*i, text, w.st.wrap)
		lines = max(lines, textLines(text, 34))
	}
	w.f.SetRowHeight(SheetMatrix, w.row, rowHeight(lines))
}

// flagsAndFloors names type t's flags and the floors they set, as in
// "Personuppgifter; golv K2, R2".
func flagsAndFloors(m *domain.Model, t *domain.InfoType) string {
	var parts []string
	if s := flagText(m, t.Flags); s != "" {
		parts = append(parts, s)
	}
	var floors []string
	for _, a := range m.AspectCodes() {
		if l, _ := m.FloorFor(t.Flags, a); l != domain.Unset {
			floors = append(floors, m.LevelLabel(a, l))
		}
	}
	if len(floors) > 0 {
		parts = append(parts, "golv "+strings.Join(floors, ", "))
	}
	return strings.Join(parts, "; ")
}

// matrixPrint lays the sheet out on one A4 page, landscape, with the
// asset in the header and the print date and page in the footer.
func matrixPrint(f *excelize.File, mx Matrix, aspects int) error {
	f.SetColWidth(SheetMatrix, "A", "A", 22)
	f.SetColWidth(SheetMatrix, "B", "B", 24)
	for i := range aspects {
		lv, _ := excelize.ColumnNumberToName(3 + 2*i)
		mot, _ := excelize.ColumnNumberToName(4 + 2*i)
		f.SetColWidth(SheetMatrix, lv, lv, 5)
		f.SetColWidth(SheetMatrix, mot, mot, 34)
	}
	size, landscape, fit, one := 9, "landscape", true, 1
	if err := f.SetPageLayout(SheetMatrix, &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape,
		FitToWidth: &one, FitToHeight: &one}); err != nil {
		return err
	}
	if err := f.SetSheetProps(SheetMatrix, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	margin, top := 0.4, 0.6
	if err := f.SetPageMargins(SheetMatrix, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &top,
		Bottom: &top, Header: &margin, Footer: &margin}); err != nil {
		return err
	}
	esc := func(s string) string { return strings.ReplaceAll(s, "&", "&&") }
	header := `&L&8Klassningsmatris&C&"-,Bold"&12` + esc(mx.Asset.Name)
	if !mx.Classification.Decided() {
		header += `&R&"-,Bold"&10` + esc(DraftMark)
	}
	return f.SetHeaderFooter(SheetMatrix, &excelize.HeaderFooterOptions{OddHeader: header,
		OddFooter: `&L&8` + esc("Utskriven "+domain.DateOf(mx.Made.Local()).String()) + `&C&8Sida &P av &N`})
}
