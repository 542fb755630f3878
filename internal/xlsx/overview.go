package xlsx

import (
	"fmt"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// writeOverview writes counts by status and by level, with a chart, and
// where the export came from.
func writeOverview(f *excelize.File, st *styles, d *Data) error {
	const sh = SheetOverview
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	set := func(cell string, v any, style int) {
		f.SetCellValue(sh, cell, v)
		if style != 0 {
			f.SetCellStyle(sh, cell, cell, style)
		}
	}
	set("A1", "Informationsklassning – översikt", st.title)
	set("A2", "Datum", st.bold)
	set("B2", d.Today.Time(), st.date)
	set("A3", "Databas", st.bold)
	f.SetCellStr(sh, "B3", filepath.Base(d.Source))
	set("A4", "Antal informationstillgångar", st.bold)
	set("B4", len(d.Summaries), 0)

	statuses := map[domain.Status]int{}
	levels := map[domain.Level]int{}
	missing := 0
	for _, s := range d.Summaries {
		statuses[s.Status]++
		levels[s.Overall]++
		if s.DPIAMissing() {
			missing++
		}
	}
	set("A6", "Status", st.header)
	set("B6", "Antal", st.header)
	row := 7
	for _, s := range domain.Statuses {
		f.SetCellStr(sh, fmt.Sprintf("A%d", row), s.Label())
		f.SetCellInt(sh, fmt.Sprintf("B%d", row), int64(statuses[s]))
		row++
	}
	lastStatus := row - 1
	row++
	set(fmt.Sprintf("A%d", row), "Högsta nivå", st.header)
	set(fmt.Sprintf("B%d", row), "Antal", st.header)
	row++
	m := d.Model
	f.SetCellStr(sh, fmt.Sprintf("A%d", row), "Inte klassad")
	f.SetCellInt(sh, fmt.Sprintf("B%d", row), int64(levels[domain.Unset]))
	row++
	for _, l := range m.Levels {
		cell := fmt.Sprintf("A%d", row)
		f.SetCellStr(sh, cell, m.NumberText(l.Level)+" – "+l.Label)
		f.SetCellStyle(sh, cell, cell, st.level[l.Level])
		f.SetCellInt(sh, fmt.Sprintf("B%d", row), int64(levels[l.Level]))
		row++
	}
	row++
	set(fmt.Sprintf("A%d", row), "Konsekvensbedömning krävs men är inte genomförd", st.bold)
	set(fmt.Sprintf("B%d", row), missing, 0)
	f.SetColWidth(sh, "A", "A", 44)
	f.SetColWidth(sh, "B", "B", 14)

	for r := 2; r <= row; r++ {
		f.SetRowHeight(sh, r, 15)
	}
	f.SetRowHeight(sh, 1, 24)
	if err := printOverview(f, sh); err != nil {
		return err
	}
	// The chart below the tables: beside them it would fall off a printed page.
	return f.AddChart(sh, fmt.Sprintf("A%d", row+2), &excelize.Chart{
		Type: excelize.Col,
		Series: []excelize.ChartSeries{{
			Name:       "Antal",
			Categories: fmt.Sprintf("'%s'!$A$7:$A$%d", sh, lastStatus),
			Values:     fmt.Sprintf("'%s'!$B$7:$B$%d", sh, lastStatus),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5FA8"}},
		}},
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Informationstillgångar per status"}}},
		Legend: excelize.ChartLegend{Position: "none"},
		Format: excelize.GraphicOptions{ScaleX: 1.2, ScaleY: 1.1, OffsetX: 4},
	})
}

// writeModel writes the levels and their descriptions per aspect, the
// guiding questions and the floors, so the reader can interpret levels.
func writeModel(f *excelize.File, st *styles, d *Data) error {
	const sh = SheetModel
	m := d.Model
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	f.SetCellValue(sh, "A1", fmt.Sprintf("Klassningsmodell: %s (version %d)", m.Name, m.Version))
	f.SetCellStyle(sh, "A1", "A1", st.title)
	header := []string{"Nivå", "Benämning", "Innebörd"}
	for _, a := range m.Aspects {
		header = append(header, a.Name)
	}
	for i, h := range header {
		cell, _ := excelize.CoordinatesToCellName(i+1, 3)
		f.SetCellStr(sh, cell, h)
		f.SetCellStyle(sh, cell, cell, st.header)
	}
	for r, l := range m.Levels {
		row := 4 + r
		vals := []string{l.Label, l.Meaning}
		for _, a := range m.Aspects {
			vals = append(vals, l.Descriptions[a.Code])
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		f.SetCellInt(sh, cell, int64(m.Number(l.Level)))
		f.SetCellStyle(sh, cell, cell, st.level[l.Level])
		lines := 1
		for i, v := range vals {
			c, _ := excelize.CoordinatesToCellName(i+2, row)
			f.SetCellStr(sh, c, v)
			f.SetCellStyle(sh, c, c, st.wrap)
			w := 36.0
			if i == 0 {
				w = 28
			}
			lines = max(lines, textLines(v, w))
		}
		f.SetRowHeight(sh, row, rowHeight(lines))
	}
	row := 5 + len(m.Levels)
	f.SetCellStr(sh, fmt.Sprintf("A%d", row), "Vägledande frågor")
	f.SetCellStyle(sh, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), st.bold)
	for _, a := range m.Aspects {
		row++
		f.SetCellStr(sh, fmt.Sprintf("A%d", row), string(a.Code))
		f.SetCellStr(sh, fmt.Sprintf("B%d", row), a.Name)
		f.SetCellStyle(sh, fmt.Sprintf("A%d", row), fmt.Sprintf("B%d", row), st.text)
		f.SetCellStr(sh, fmt.Sprintf("C%d", row), a.Question)
		f.SetCellStyle(sh, fmt.Sprintf("C%d", row), fmt.Sprintf("C%d", row), st.wrap)
		f.SetRowHeight(sh, row, rowHeight(textLines(a.Question, 36)))
	}
	row += 2
	f.SetCellStr(sh, fmt.Sprintf("A%d", row), "Golv: lägsta rimliga nivå som markeringar föreslår")
	f.SetCellStyle(sh, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), st.bold)
	for _, fl := range m.Floors {
		row++
		f.SetCellStr(sh, fmt.Sprintf("B%d", row), fl.Label)
		f.SetCellStyle(sh, fmt.Sprintf("B%d", row), fmt.Sprintf("B%d", row), st.wrap)
		min := fl.MinText(m)
		if fl.Refer {
			min = "Klassas inte här – kontakta säkerhetsskyddschefen"
		}
		f.SetCellStr(sh, fmt.Sprintf("C%d", row), min)
		f.SetCellStyle(sh, fmt.Sprintf("C%d", row), fmt.Sprintf("C%d", row), st.wrap)
		f.SetRowHeight(sh, row, rowHeight(max(textLines(fl.Label, 28), textLines(min, 36))))
	}
	f.SetColWidth(sh, "A", "A", 8)
	f.SetColWidth(sh, "B", "B", 28)
	f.SetColWidth(sh, "C", "G", 36)
	size, landscape, one, zero, fit := 9, "landscape", 1, 0, true
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return f.SetHeaderFooter(sh, &excelize.HeaderFooterOptions{OddFooter: "&C&8Sida &P av &N"})
}

var historyColumns = []column{
	{"Tidpunkt", 20, false}, {"Användare", 14, false}, {"Informationstillgång", 30, true},
	{"Vad", 14, false}, {"Fält", 30, true}, {"Före", 40, true}, {"Efter", 40, true},
}

// writeHistory writes every recorded change, newest first.
func writeHistory(f *excelize.File, st *styles, d *Data) error {
	s, err := newSizedSheet(f, st, SheetHistory, historyColumns, len(d.History))
	if err != nil {
		return err
	}
	names := map[int64]string{}
	for _, x := range d.Summaries {
		names[x.Asset.ID] = x.Asset.Name
	}
	for _, c := range d.History {
		format, args := c.Label()
		old, new := c.Values(st.m)
		if err := s.add(c.At, c.User, names[c.AssetID], entityWord(c.Entity), fmt.Sprintf(format, args...), old, new); err != nil {
			return err
		}
	}
	return s.finish("Historik")
}

// entityWords name the things a change is recorded on, in Swedish.
var entityWords = map[string]string{
	"asset": "Tillgång", "classification": "Klassning", "infotype": "Informationstyp", "rating": "Nivå och motivering",
	"raise": "Höjning", "participant": "Deltagare", "threshold": "Tröskelanalys", "status": "Status",
	"parked": "Parkerad fråga", "requirement": "Krav", "plan": "Årsplan", "norm": "Norm", "vote": "Omröstning",
}

func entityWord(e string) string {
	if w, ok := entityWords[e]; ok {
		return w
	}
	return e
}

// printOverview and the Modell sheet print on one A4 page wide, portrait,
// numbered.
func printOverview(f *excelize.File, sh string) error {
	size, portrait, one, zero, fit := 9, "portrait", 1, 0, true
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &size, Orientation: &portrait, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return f.SetHeaderFooter(sh, &excelize.HeaderFooterOptions{OddFooter: "&C&8Sida &P av &N"})
}
