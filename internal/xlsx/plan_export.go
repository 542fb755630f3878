package xlsx

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// YearPlan is the yearly plan of one year as the Årsplan export writes
// it: the plan's items with the register's summaries of their assets.
type YearPlan struct {
	Year   int
	Items  []domain.PlanItem
	Assets map[int64]domain.AssetSummary // by asset ID
	Model  *domain.Model                 // the database's model
	Source string                        // the database file, named in the footer
	Made   time.Time                     // when the export was written, printed in the header
}

// PlanSheetName is the name of the plan's sheet: "Årsplan 2027".
func PlanSheetName(year int) string { return fmt.Sprintf("Årsplan %d", year) }

// planColumns are the plan sheet's columns; the model's aspects stand
// between Status and Högsta nivå.
func planColumns(m *domain.Model) []column {
	cols := []column{{"Rang", 6, false}, {"Informationstillgång", 32, true}, {"Informationsägare", 28, true}, {"Status", 16, false}}
	for _, a := range m.AspectCodes() {
		cols = append(cols, column{string(a), 5, false})
	}
	return append(cols, column{"Högsta nivå", 8, false}, column{"I planen", 14, false}, column{"Kvartal", 10, false},
		column{"Klart senast", 12, false}, column{"Skäl", 18, false}, column{"Förfaller", 12, false},
		column{"Senast fastställd", 12, false}, column{"Anteckning", 30, true})
}

// planOrder sorts the items as the plan reads on paper: the accepted by
// quarter (those without one after the fourth), then the proposed, then
// those moved on; within each in the list's order.
func planOrder(p *YearPlan) []domain.PlanItem {
	items := append([]domain.PlanItem(nil), p.Items...)
	group := func(it domain.PlanItem) int {
		switch {
		case it.State == domain.PlanAccepted && it.Quarter > 0:
			return it.Quarter
		case it.State == domain.PlanAccepted:
			return 5
		case it.State == domain.PlanProposed:
			return 6
		}
		return 7
	}
	sort.SliceStable(items, func(i, j int) bool {
		gi, gj := group(items[i]), group(items[j])
		if gi != gj {
			return gi < gj
		}
		return p.Assets[items[i].AssetID].Rank < p.Assets[items[j].AssetID].Rank
	})
	return items
}

// WritePlan writes the plan p as a workbook to path, atomically.
func WritePlan(path string, p *YearPlan) error {
	return writeAtomic(path, func(w io.Writer) error { return ExportPlan(w, p) })
}

// ExportPlan writes the yearly plan p to w: one sheet, a table with a
// filter and a frozen header, real dates, the levels in the model's
// numbering, printed on A4 landscape one page wide with the title, the
// year and the print date in the header. Text is never a formula.
func ExportPlan(w io.Writer, p *YearPlan) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f, p.Model)
	if err != nil {
		return err
	}
	sh := PlanSheetName(p.Year)
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return err
	}
	ls, err := newListSheet(f, st, sh, planColumns(p.Model))
	if err != nil {
		return err
	}
	ls.hf = planHeaderFooter(p)
	for _, it := range planOrder(p) {
		if err := ls.add(planRow(p, it)...); err != nil {
			return fmt.Errorf("plan row: %w", err)
		}
	}
	if err := ls.finish("Arsplan"); err != nil {
		return err
	}
	made := p.Made.UTC().Format("2006-01-02T15:04:05Z")
	if err := f.SetDocProps(&excelize.DocProperties{Title: fmt.Sprintf("Årsplan %d för informationsklassning", p.Year),
		Creator: "Infoklass", Language: "sv-SE", Created: made, Modified: made}); err != nil {
		return err
	}
	return f.Write(w)
}

// planHeaderFooter puts the title and year in the middle of every page's
// header, the print date on its right, the database and page numbers in
// the footer.
func planHeaderFooter(p *YearPlan) *excelize.HeaderFooterOptions {
	esc := func(s string) string { return strings.ReplaceAll(s, "&", "&&") }
	return &excelize.HeaderFooterOptions{
		OddHeader: `&L&8Infoklass&C&"-,Bold"&12` + esc(fmt.Sprintf("Årsplan för informationsklassning %d", p.Year)) +
			`&R&8` + esc("Utskriven "+domain.DateOf(p.Made.Local()).String()),
		OddFooter: `&L&8` + esc(filepath.Base(p.Source)) + `&C&8Sida &P av &N`,
	}
}

// planRow is the cells of item it's row.
func planRow(p *YearPlan, it domain.PlanItem) []any {
	m := p.Model
	s := p.Assets[it.AssetID]
	level := func(l domain.Level) any {
		if l == domain.Unset {
			return nil
		}
		return levelNumber{l, m.Number(l)}
	}
	row := []any{s.Rank, s.Asset.Name, joinNonEmpty(s.Asset.OwnerName, s.Asset.OwnerRole, ", "), s.Status.Label()}
	for _, a := range m.AspectCodes() {
		row = append(row, level(s.Effective[a]))
	}
	quarter := ""
	if it.Quarter > 0 {
		quarter = fmt.Sprintf("Kvartal %d", it.Quarter)
	}
	why, due := domain.DueReason(s, p.Year)
	return append(row, level(s.Overall), it.State.Label(), quarter, domain.QuarterEnd(p.Year, it.Quarter),
		why, due, s.DecidedAt, it.Note)
}

// levelNumber is a level written as the number its model gives it
// (KLASSA's lowest is 0), coloured as the level.
type levelNumber struct {
	level  domain.Level
	number int
}
