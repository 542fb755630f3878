package xlsx

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// The sheets of the management review workbook.
const (
	SheetReview      = "Genomgång"
	SheetReviewText  = "Text"
	SheetReviewPlan  = "Plan"
	SheetReviewLists = "Underlag"
)

// ReviewSource says where a review came from, for its heading.
type ReviewSource struct {
	Database string
	Made     domain.Date
	Model    *domain.Model // the database's model
}

// WriteReview writes the review r as a workbook to path, atomically.
func WriteReview(path string, r *domain.Review, src ReviewSource) error {
	return writeAtomic(path, func(w io.Writer) error { return ExportReview(w, r, src) })
}

// ExportReview writes Ledningens genomgång r to w: the figures with the
// two years before and charts, the sentences and risks, the plan, and
// the assets behind every figure. Every sheet prints on A4 portrait.
// Text is always written as text, never as a formula.
func ExportReview(w io.Writer, r *domain.Review, src ReviewSource) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f, src.Model)
	if err != nil {
		return err
	}
	f.SetSheetName("Sheet1", SheetReview)
	rw := &reviewWriter{f: f, st: st, r: r}
	if rw.boldWrap, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Family: "Arial", Size: 10},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return err
	}
	t := true
	f.Styles.CellXfs.Xf[rw.boldWrap].QuotePrefix = &t // text stays text when edited
	if err := rw.figures(src); err != nil {
		return fmt.Errorf("review figures: %w", err)
	}
	if err := rw.text(); err != nil {
		return fmt.Errorf("review text: %w", err)
	}
	if err := rw.plan(); err != nil {
		return fmt.Errorf("review plan: %w", err)
	}
	if err := rw.lists(); err != nil {
		return fmt.Errorf("review lists: %w", err)
	}
	for _, sh := range []string{SheetReview, SheetReviewText} {
		printA4(f, sh, rw.header())
	}
	f.SetActiveSheet(0)
	f.SetDocProps(&excelize.DocProperties{Title: fmt.Sprintf("Ledningens genomgång %d – informationsklassning", r.Year),
		Creator: "Infoklass", Language: "sv-SE"})
	return f.Write(w)
}

// printA4 fits a sheet to the width of A4 portrait, with the title at
// the top and page numbers at the foot of every page.
func printA4(f *excelize.File, sh, header string) {
	size, portrait, fit, one, zero := 9, "portrait", true, 1, 0 // 9 is A4
	f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &size, Orientation: &portrait, FitToWidth: &one, FitToHeight: &zero})
	f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit})
	f.SetHeaderFooter(sh, &excelize.HeaderFooterOptions{
		OddHeader: `&L&8` + strings.ReplaceAll(header, "&", "&&"),
		OddFooter: "&C&8Sida &P av &N",
	})
}

type reviewWriter struct {
	f        *excelize.File
	st       *styles
	r        *domain.Review
	boldWrap int
}

func (w *reviewWriter) header() string { return fmt.Sprintf("Ledningens genomgång %d", w.r.Year) }

// newList starts a streamed list sheet laid out for print first: a
// streamed sheet cannot be changed once written.
func (w *reviewWriter) newList(sh string, cols []column) (*listSheet, error) {
	if _, err := w.f.NewSheet(sh); err != nil {
		return nil, err
	}
	printA4(w.f, sh, w.header())
	return newListSheet(w.f, w.st, sh, cols)
}

// str writes text (never a formula) to a cell with a style.
func (w *reviewWriter) str(sh string, col, row int, s string, style int) {
	cell, _ := excelize.CoordinatesToCellName(col, row)
	w.f.SetCellStr(sh, cell, cleanText(s))
	if style == 0 {
		style = w.st.text
	}
	w.f.SetCellStyle(sh, cell, cell, style)
}

func (w *reviewWriter) num(sh string, col, row, n int, style int) {
	cell, _ := excelize.CoordinatesToCellName(col, row)
	w.f.SetCellInt(sh, cell, int64(n))
	if style == 0 {
		style = w.st.number
	}
	w.f.SetCellStyle(sh, cell, cell, style)
}

// wrapped writes text that wraps in a column about width characters
// wide, and makes the row tall enough for it.
func (w *reviewWriter) wrapped(sh string, row int, s string, style int, width int) {
	w.str(sh, 1, row, s, style)
	lines := 1
	for _, para := range strings.Split(s, "\n") {
		n := (len([]rune(para)) + width - 1) / width
		if n < 1 {
			n = 1
		}
		lines += n
	}
	lines--
	if lines > 1 {
		w.f.SetRowHeight(sh, row, float64(15*lines))
	}
}

// asOfText says what day the figures of y stand on.
func asOfText(y domain.YearFigures) string {
	if y.AsOf.Equal(domain.NewDate(y.Year, 12, 31)) {
		return fmt.Sprintf("läget vid årets slut (31 december %d)", y.Year)
	}
	return "läget den " + domain.ReviewDate(y.AsOf)
}

// chartMeasures are the rows of the first chart.
var chartMeasures = []struct{ id, label string }{
	{"handled", "Hanterade"},
	{"decided", "Fastställda"},
	{"cancelled", "Avbrutna"},
	{"followups_done", "Uppföljda i tid"},
	{"followups_overdue", "Försenade uppföljningar"},
	{"thresholds", "Tröskelanalyser"},
	{"dpia_done", "Konsekvensbedömningar"},
}

func (w *reviewWriter) figures(src ReviewSource) error {
	const sh = SheetReview
	f, st, r := w.f, w.st, w.r
	years := r.Years()
	w.str(sh, 1, 1, fmt.Sprintf("Ledningens genomgång %d – informationsklassning", r.Year), st.title)
	w.str(sh, 1, 2, fmt.Sprintf("Siffrorna visar %s och är räknade ur historiken i Infoklass, jämförda med åren före.", asOfText(r.Figures)), st.wrap)
	f.MergeCell(sh, "A2", "D2")
	f.SetRowHeight(sh, 2, 30)
	source := filepath.Base(src.Database)
	if !src.Made.IsZero() {
		source += ", utskrivet " + src.Made.String()
	}
	w.str(sh, 1, 3, "Databas: "+source, 0)

	yearStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF", Family: "Arial", Size: 10},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5FA8"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	if err != nil {
		return err
	}
	const top = 5
	w.str(sh, 1, top, "Mått", st.header)
	for i, y := range years {
		w.num(sh, 2+i, top, y.Year, yearStyle)
	}
	row := top + 1
	for _, m := range w.r.Measures() {
		style := st.bold
		if strings.HasPrefix(m.Label, "–") {
			style = st.text
		}
		w.str(sh, 1, row, m.Label, style)
		for i := range years {
			w.num(sh, 2+i, row, m.Get(&years[i]).Count(), 0)
		}
		row++
	}
	last := row - 1
	f.SetColWidth(sh, "A", "A", 52)
	f.SetColWidth(sh, "B", "D", 11)

	dataRow := top
	levelsTop, labels := w.chartData(years, dataRow)

	colors := []string{"A9C4E8", "5B8FD0", "1F5FA8"}
	series := func(first, n int) []excelize.ChartSeries {
		var out []excelize.ChartSeries
		for i := range years {
			col, _ := excelize.ColumnNumberToName(8 + i)
			out = append(out, excelize.ChartSeries{
				Name:       fmt.Sprintf("'%s'!$%s$%d", sh, col, dataRow),
				Categories: fmt.Sprintf("'%s'!$G$%d:$G$%d", sh, first, first+n-1),
				Values:     fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sh, col, first, col, first+n-1),
				Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colors[(i+3-len(years))%3]}},
			})
		}
		return out
	}
	// The charts take the second page.
	chartAt := last + 2
	if err := f.InsertPageBreak(sh, fmt.Sprintf("A%d", chartAt)); err != nil {
		return err
	}
	if err := f.AddChart(sh, fmt.Sprintf("A%d", chartAt), &excelize.Chart{
		Type:     excelize.Col,
		Series:   series(dataRow+1, len(chartMeasures)),
		Title:    excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Klassningsarbetet per år"}}},
		Legend:   excelize.ChartLegend{Position: "bottom"},
		Format:   excelize.GraphicOptions{ScaleX: 1.18, ScaleY: 1.0, OffsetX: 4},
		PlotArea: excelize.ChartPlotArea{ShowVal: true},
	}); err != nil {
		return err
	}
	if err := f.AddChart(sh, fmt.Sprintf("A%d", chartAt+18), &excelize.Chart{
		Type:     excelize.Col,
		Series:   series(levelsTop+1, len(labels)),
		Title:    excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Informationstillgångar per högsta nivå vid årets slut"}}},
		Legend:   excelize.ChartLegend{Position: "bottom"},
		Format:   excelize.GraphicOptions{ScaleX: 1.18, ScaleY: 1.0, OffsetX: 4},
		PlotArea: excelize.ChartPlotArea{ShowVal: true},
	}); err != nil {
		return err
	}
	// The print area ends at column D and leaves the chart data out.
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: sh,
		RefersTo: fmt.Sprintf("'%s'!$A$1:$D$%d", sh, chartAt+34)})
}

// chartData writes the charts' figures beside the print area (columns
// G–J) from row dataRow: the work per year, then the assets per highest
// level, whose first row and labels it returns.
func (w *reviewWriter) chartData(years []domain.YearFigures, dataRow int) (int, []string) {
	const sh = SheetReview
	f, st := w.f, w.st
	w.str(sh, 7, dataRow, "Diagramunderlag", st.header)
	for i, y := range years {
		w.num(sh, 8+i, dataRow, y.Year, st.header)
	}
	for j, cm := range chartMeasures {
		m, _ := domain.MeasureByID(st.m, cm.id)
		w.str(sh, 7, dataRow+1+j, cm.label, 0)
		for i := range years {
			w.num(sh, 8+i, dataRow+1+j, m.Get(&years[i]).Count(), 0)
		}
	}
	levelsTop := dataRow + len(chartMeasures) + 2
	w.str(sh, 7, levelsTop, "Högsta nivå", st.header)
	for i, y := range years {
		w.num(sh, 8+i, levelsTop, y.Year, st.header)
	}
	labels, index := domain.ReviewLevels(st.m)
	for j, l := range index {
		w.str(sh, 7, levelsTop+1+j, labels[j], 0)
		for i := range years {
			w.num(sh, 8+i, levelsTop+1+j, years[i].Levels[l].Count(), 0)
		}
	}
	f.SetColWidth(sh, "G", "G", 24)

	return levelsTop, labels
}

func (w *reviewWriter) text() error {
	const sh = SheetReviewText
	if _, err := w.f.NewSheet(sh); err != nil {
		return err
	}
	st, r := w.st, w.r
	w.f.SetColWidth(sh, "A", "A", 84)
	w.str(sh, 1, 1, fmt.Sprintf("Text till Ledningens genomgång %d", r.Year), st.title)
	w.str(sh, 1, 2, "Meningarna är ifyllda från siffrorna och kan klistras in i rapporten.", 0)
	row := 4
	w.str(sh, 1, row, "Informationsklassning och konsekvensbedömningar", st.header)
	row++
	for _, s := range r.Sentences {
		w.wrapped(sh, row, s, st.wrap, 96)
		row++
	}
	row++
	w.str(sh, 1, row, "Risker", st.header)
	row++
	if len(r.Risks) == 0 {
		w.str(sh, 1, row, "Inga risker av de slag som Infoklass följer upp har noterats.", st.wrap)
		row++
	}
	for _, k := range r.Risks {
		w.wrapped(sh, row, k.Text, w.boldWrap, 88)
		row++
		var parts []string
		for _, it := range k.Items {
			p := it.Asset
			if it.Detail != "" {
				p += " (" + it.Detail + ")"
			}
			parts = append(parts, p)
		}
		w.wrapped(sh, row, strings.Join(parts, "; "), st.wrap, 96)
		row += 2
	}
	row++
	w.str(sh, 1, row, "Så räknas siffrorna", st.header)
	row++
	for _, s := range reviewDefinitions {
		w.wrapped(sh, row, s, st.wrap, 96)
		row++
	}
	w.f.SetSheetDimension(sh, fmt.Sprintf("A1:A%d", row))
	return w.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: sh,
		RefersTo: fmt.Sprintf("'%s'!$A$1:$A$%d", sh, row)})
}

// reviewDefinitions say how each figure is counted, for the reader.
var reviewDefinitions = []string{
	"Allt räknas som det stod i Infoklass vid årets slut; ändringar som gjorts senare påverkar inte årets siffror.",
	"Hanterade klassningar är lokala och normerande klassningar som fastställts under året eller pågår vid årets slut.",
	"Påbörjad räknas från klassningens datum, fastställd från beslutsdatumet. Avbrutna är tillgångar vars status under året ändrats till Avbruten.",
	"En uppföljning förfaller när en fastställd klassnings datum för nästa uppföljning infaller under året; den är gjord när en senare klassning fastställts. Försenade är tillgångar vars senaste fastställda klassning passerat uppföljningsdatumet vid årets slut.",
	"Tröskelanalyser räknas från analysens datum med det slutliga beslutet. Genomförda konsekvensbedömningar räknas från sitt datum; planerade och pågående är läget vid årets slut.",
	"Klassningar inför upphandling eller licensförnyelse är klassningar fastställda under året högst tolv månader före ett upphandlings- eller licensdatum för tillgången.",
}

func (w *reviewWriter) plan() error {
	const sh = SheetReviewPlan
	ls, err := w.newList(sh, []column{
		{"År", 8, false}, {"Kvartal", 10, false}, {"Informationstillgång", 40, true}, {"Läge", 14, false}, {"Anteckning", 36, true},
	})
	if err != nil {
		return err
	}
	for _, p := range w.r.Plan {
		for q, items := range p.Accepted {
			quarter := "Ej angivet"
			if q > 0 {
				quarter = fmt.Sprintf("Q%d", q)
			}
			for _, it := range items {
				if err := ls.add(p.Year, quarter, it.Asset, domain.PlanAccepted.Label(), it.Detail); err != nil {
					return err
				}
			}
		}
		for _, it := range p.Proposed {
			if err := ls.add(p.Year, "", it.Asset, domain.PlanProposed.Label(), it.Detail); err != nil {
				return err
			}
		}
	}
	return ls.finish("Plan")
}

func (w *reviewWriter) lists() error {
	const sh = SheetReviewLists
	ls, err := w.newList(sh, []column{
		{"Mått", 46, false}, {"År", 7, false}, {"Informationstillgång", 34, false}, {"Datum", 11, false}, {"Uppgift", 44, false},
	})
	if err != nil {
		return err
	}
	years := w.r.Years()
	for i := len(years) - 1; i >= 0; i-- {
		y := &years[i]
		parent := ""
		for _, m := range w.r.Measures() {
			label := m.Label
			if sub, ok := strings.CutPrefix(label, "–"); ok {
				label = parent + ", " + strings.TrimSpace(sub)
			} else {
				parent = label
			}
			for _, it := range m.Get(y).Items {
				if err := ls.add(label, y.Year, it.Asset, it.Date, it.Detail); err != nil {
					return err
				}
			}
		}
	}
	return ls.finish("Underlag")
}
