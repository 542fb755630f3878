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
	m := domain.DefaultModel()
	f.SetCellStr(sh, fmt.Sprintf("A%d", row), "Inte klassad")
	f.SetCellInt(sh, fmt.Sprintf("B%d", row), int64(levels[domain.Unset]))
	row++
	for _, l := range m.Levels {
		cell := fmt.Sprintf("A%d", row)
		f.SetCellStr(sh, cell, fmt.Sprintf("%d – %s", l.Level, l.Label))
		f.SetCellStyle(sh, cell, cell, st.level[l.Level])
		f.SetCellInt(sh, fmt.Sprintf("B%d", row), int64(levels[l.Level]))
		row++
	}
	row++
	set(fmt.Sprintf("A%d", row), "Konsekvensbedömning krävs men är inte genomförd", st.bold)
	set(fmt.Sprintf("B%d", row), missing, 0)
	f.SetColWidth(sh, "A", "A", 44)
	f.SetColWidth(sh, "B", "B", 14)

	return f.AddChart(sh, "D6", &excelize.Chart{
		Type: excelize.Col,
		Series: []excelize.ChartSeries{{
			Name:       "Antal",
			Categories: fmt.Sprintf("'%s'!$A$7:$A$%d", sh, lastStatus),
			Values:     fmt.Sprintf("'%s'!$B$7:$B$%d", sh, lastStatus),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5FA8"}},
		}},
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Informationstillgångar per status"}}},
		Legend: excelize.ChartLegend{Position: "none"},
		Format: excelize.GraphicOptions{ScaleX: 1.2, ScaleY: 1.1},
	})
}

// writeModel writes the levels and their descriptions per aspect, the
// guiding questions and the floors, so the reader can interpret levels.
func writeModel(f *excelize.File, st *styles, d *Data) error {
	const sh = SheetModel
	m := domain.DefaultModel()
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
		f.SetCellInt(sh, cell, int64(l.Level))
		f.SetCellStyle(sh, cell, cell, st.level[l.Level])
		for i, v := range vals {
			c, _ := excelize.CoordinatesToCellName(i+2, row)
			f.SetCellStr(sh, c, v)
			f.SetCellStyle(sh, c, c, st.wrap)
		}
	}
	row := 5 + len(m.Levels)
	f.SetCellStr(sh, fmt.Sprintf("A%d", row), "Vägledande frågor")
	f.SetCellStyle(sh, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), st.bold)
	for _, a := range m.Aspects {
		row++
		f.SetCellStr(sh, fmt.Sprintf("A%d", row), string(a.Code))
		f.SetCellStr(sh, fmt.Sprintf("B%d", row), a.Name)
		f.SetCellStr(sh, fmt.Sprintf("C%d", row), a.Question)
		f.SetCellStyle(sh, fmt.Sprintf("C%d", row), fmt.Sprintf("C%d", row), st.wrap)
	}
	row += 2
	f.SetCellStr(sh, fmt.Sprintf("A%d", row), "Golv: lägsta rimliga nivå som markeringar föreslår")
	f.SetCellStyle(sh, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), st.bold)
	for _, fl := range m.Floors {
		row++
		f.SetCellStr(sh, fmt.Sprintf("B%d", row), fl.Label)
		f.SetCellStyle(sh, fmt.Sprintf("B%d", row), fmt.Sprintf("B%d", row), st.wrap)
		min := fl.MinText()
		if fl.Refer {
			min = "Klassas inte här – kontakta säkerhetsskyddschefen"
		}
		f.SetCellStr(sh, fmt.Sprintf("C%d", row), min)
	}
	f.SetColWidth(sh, "A", "A", 8)
	f.SetColWidth(sh, "B", "B", 28)
	f.SetColWidth(sh, "C", "G", 36)
	return nil
}

var historyColumns = []column{
	{"Tidpunkt", 20, false}, {"Användare", 14, false}, {"Informationstillgång", 30, true},
	{"Vad", 14, false}, {"Fält", 30, true}, {"Före", 40, true}, {"Efter", 40, true},
}

// writeHistory writes every recorded change, newest first.
func writeHistory(f *excelize.File, st *styles, d *Data) error {
	s, err := newListSheet(f, st, SheetHistory, historyColumns)
	if err != nil {
		return err
	}
	names := map[int64]string{}
	for _, x := range d.Summaries {
		names[x.Asset.ID] = x.Asset.Name
	}
	for _, c := range d.History {
		format, args := c.Label()
		old, new := c.Values()
		if err := s.add(c.At.Local().Format("2006-01-02 15:04:05"), c.User, names[c.AssetID], entityLabel(c.Entity),
			fmt.Sprintf(format, args...), old, new); err != nil {
			return err
		}
	}
	return s.finish("Historik")
}

// entityLabel names what a change was made to, in Swedish.
func entityLabel(e string) string {
	switch e {
	case "asset":
		return "Tillgång"
	case "classification":
		return "Klassning"
	case "participant":
		return "Deltagare"
	case "infotype":
		return "Informationstyp"
	case "rating":
		return "Nivå"
	case "raise":
		return "Höjning"
	case "threshold":
		return "Tröskelanalys"
	case "parked":
		return "Parkerad fråga"
	case "plan":
		return "Årsplan"
	case "requirement":
		return "Krav"
	}
	return e
}
