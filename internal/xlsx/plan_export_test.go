package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// yearPlan is a plan for 2027 of five assets: two accepted in different
// quarters, one accepted without a quarter, one proposed, one moved; one
// asset's name and one note look like formulas.
func yearPlan(m *domain.Model) *YearPlan {
	lv := func(k, r, t domain.Level) map[domain.Aspect]domain.Level {
		return map[domain.Aspect]domain.Level{domain.Confidentiality: k, domain.Integrity: r, domain.Availability: t}
	}
	sum := func(id int64, rank int, name, owner string, st domain.Status, eff map[domain.Aspect]domain.Level, overall domain.Level) domain.AssetSummary {
		return domain.AssetSummary{Asset: domain.Asset{ID: id, Name: name, OwnerName: owner}, Status: st, Effective: eff, Overall: overall, Rank: rank}
	}
	a := map[int64]domain.AssetSummary{
		1: sum(1, 3, "Treserva – socialtjänstens verksamhetssystem", "Anna Lindqvist", domain.StatusReview, lv(4, 3, 3), 4),
		2: sum(2, 1, "=HYPERLINK(\"http://x\")", "Per Holm", domain.StatusNotStarted, nil, domain.Unset),
		3: sum(3, 2, "Skolplattformen", "Eva Berg", domain.StatusDecided, lv(2, 2, 1), 2),
		4: sum(4, 5, "Lönesystemet", "", domain.StatusPlanned, nil, domain.Unset),
		5: sum(5, 4, "Ärendehantering bygglov", "Olle Ek", domain.StatusDecided, lv(1, 2, 2), 2),
	}
	s := a[1]
	s.DecidedAt, s.NextReview = domain.NewDate(2025, 5, 14), domain.NewDate(2027, 5, 14)
	a[1] = s
	s = a[3]
	s.DecidedAt, s.Asset.ProcurementDate = domain.NewDate(2026, 2, 1), domain.NewDate(2027, 10, 1)
	a[3] = s
	return &YearPlan{Year: 2027, Assets: a, Model: m, Source: "/home/isam/infoklass.db",
		Made: time.Date(2026, 12, 4, 10, 0, 0, 0, time.Local),
		Items: []domain.PlanItem{
			{Year: 2027, AssetID: 5, State: domain.PlanMoved},
			{Year: 2027, AssetID: 1, State: domain.PlanAccepted, Quarter: 2, Note: "-inför avtalsförnyelsen"},
			{Year: 2027, AssetID: 2, State: domain.PlanProposed},
			{Year: 2027, AssetID: 3, State: domain.PlanAccepted, Quarter: 1},
			{Year: 2027, AssetID: 4, State: domain.PlanAccepted},
		}}
}

// TestExportPlan reopens the Årsplan workbook: the rows in quarter
// order, levels as numbers in the model's numbering, real dates, the
// table with its frozen header, A4 landscape one page wide with the
// title, year and print date in the header, and no formula anywhere.
func TestExportPlan(t *testing.T) {
	klassa, _ := domain.ShippedModel("klassa")
	for _, m := range []*domain.Model{domain.DefaultModel(), klassa} {
		t.Run(m.ID, func(t *testing.T) {
			var buf bytes.Buffer
			if err := ExportPlan(&buf, yearPlan(m)); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checkPlanSheet(t, f, m)
		})
	}
}

func checkPlanSheet(t *testing.T, f *excelize.File, m *domain.Model) {
	sh := "Årsplan 2027"
	if got := f.GetSheetList(); len(got) != 1 || got[0] != sh {
		t.Fatalf("sheets %v", got)
	}
	rows, _ := f.GetRows(sh)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"Rang", "Informationstillgång", "Status", "K", "R", "T", "Högsta nivå", "I planen", "Kvartal", "Klart senast", "Förfaller", "Senast fastställd"} {
		if _, ok := col[h]; !ok {
			t.Errorf("no column %q in %v", h, rows[0])
		}
	}
	var order []string
	for _, r := range rows[1:] {
		order = append(order, r[col["Informationstillgång"]])
	}
	want := []string{"Skolplattformen", "Treserva – socialtjänstens verksamhetssystem", "Lönesystemet", "=HYPERLINK(\"http://x\")", "Ärendehantering bygglov"}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Errorf("order %q, want %q", order, want)
	}
	cell := func(row int, h string) string {
		name, _ := excelize.CoordinatesToCellName(col[h]+1, row)
		return name
	}
	treserva := 3
	checks := map[string]string{
		cell(treserva, "Kvartal"): "Kvartal 2", cell(treserva, "I planen"): "Accepterad", cell(treserva, "Skäl"): "Uppföljning",
		cell(treserva, "Status"): domain.StatusReview.Label(), cell(treserva, "Informationsägare"): "Anna Lindqvist",
		cell(5, "I planen"): "Föreslagen", cell(5, "Skäl"): "Aldrig klassad", cell(6, "I planen"): "Flyttad till nästa år",
		cell(treserva, "Anteckning"): "-inför avtalsförnyelsen",
	}
	for c, w := range checks {
		if v, _ := f.GetCellValue(sh, c); v != w {
			t.Errorf("%s = %q, want %q", c, v, w)
		}
	}
	// Levels are numbers in the model's numbering.
	for h, l := range map[string]domain.Level{"K": 4, "R": 3, "Högsta nivå": 4} {
		c := cell(treserva, h)
		if typ, _ := f.GetCellType(sh, c); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s is of type %v", c, typ)
		}
		if v, _ := f.GetCellValue(sh, c); v != m.NumberText(l) {
			t.Errorf("%s %s = %q, want %q", h, c, v, m.NumberText(l))
		}
	}
	// Dates are real dates: a number with a date format.
	for h, w := range map[string]string{"Klart senast": "2027-06-30", "Förfaller": "2027-05-14", "Senast fastställd": "2025-05-14"} {
		c := cell(treserva, h)
		raw, _ := f.GetCellValue(sh, c, excelize.Options{RawCellValue: true})
		if v, _ := f.GetCellValue(sh, c); v != w || strings.Contains(raw, "-") {
			t.Errorf("%s %s = %q (raw %q), want the date %s", h, c, v, raw, w)
		}
	}
	checkPlanPrint(t, f, sh, len(rows))
}

func checkPlanPrint(t *testing.T, f *excelize.File, sh string, nrows int) {
	for r := 1; r <= nrows; r++ {
		for c := 1; c <= 20; c++ {
			name, _ := excelize.CoordinatesToCellName(c, r)
			if fo, _ := f.GetCellFormula(sh, name); fo != "" {
				t.Errorf("%s holds the formula %q", name, fo)
			}
		}
	}
	pl, _ := f.GetPageLayout(sh)
	if pl.Size == nil || *pl.Size != 9 || pl.Orientation == nil || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
		t.Errorf("page layout %+v", pl)
	}
	hf, _ := f.GetHeaderFooter(sh)
	if hf == nil || !strings.Contains(hf.OddHeader, "Årsplan för informationsklassning 2027") || !strings.Contains(hf.OddHeader, "Utskriven 2026-12-04") ||
		!strings.Contains(hf.OddFooter, "Sida &P av &N") || !strings.Contains(hf.OddFooter, "infoklass.db") {
		t.Errorf("header and footer %+v", hf)
	}
	panes, _ := f.GetPanes(sh)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v", panes)
	}
	if tables, _ := f.GetTables(sh); len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:") {
		t.Errorf("tables %+v", tables)
	}
}

// TestWritePlanFile writes the plan to a file beside which nothing is
// left over.
func TestWritePlanFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Årsplan 2027.xlsx")
	if err := WritePlan(path, yearPlan(domain.DefaultModel())); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
}
