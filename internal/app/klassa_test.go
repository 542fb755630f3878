package app

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestKlassaListRoundTrip is the done-when, through the create
// path (app.NewDatabase with KLASSA): a database created
// with the KLASSA model imports a list in KLASSA's numbering (0–4, with a
// 4 = Synnerligen allvarlig and a 0) with every level right, the
// exported list writes the same numbers back, and importing the export
// again changes nothing.
func TestKlassaListRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	klassa, _ := domain.ShippedModel("klassa")
	s, err := NewDatabase(filepath.Join(dir, "kommun.db"), klassa, WithClock(FixedDay(domain.NewDate(2026, 3, 2))))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f := excelize.NewFile()
	rows := [][]any{
		{"System", "Ägare", "K", "R", "T", "S"},
		{"Procapita", "Anna Berg", 4, 2, 3, 2},
		{"Skolwebben", "Per Ek", 0, 1, 0, 0},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 1+i)
		f.SetSheetRow("Sheet1", cell, &r)
	}
	in := filepath.Join(dir, "förteckning.xlsx")
	must(t, f.SaveAs(in))
	f.Close()
	p, err := s.PreviewImport(ctx, in, "")
	if err != nil || !p.OK() {
		t.Fatalf("preview: %v %v", err, p.Problems)
	}
	must(t, s.ApplyImport(ctx, p))
	want := map[string]map[domain.Aspect]domain.Level{ // places on the scale: KLASSA n is n+1
		"Procapita":  {domain.Confidentiality: 5, domain.Integrity: 3, domain.Availability: 4, domain.Traceability: 3},
		"Skolwebben": {domain.Confidentiality: 1, domain.Integrity: 2, domain.Availability: 1, domain.Traceability: 1},
	}
	sums, err := s.Register()
	if err != nil || len(sums) != 2 {
		t.Fatalf("register %d, %v", len(sums), err)
	}
	for _, sum := range sums {
		for a, l := range want[sum.Asset.Name] {
			if got := sum.Effective[a]; got != l {
				t.Errorf("%s %s: level %d (KLASSA %s), want %d (KLASSA %s)", sum.Asset.Name, a, got, klassa.NumberText(got), l, klassa.NumberText(l))
			}
		}
	}
	out := filepath.Join(dir, "lista.xlsx")
	if _, err := s.ExportList(ctx, out, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	assertListNumbers(t, out, map[string][4]string{"Procapita": {"4", "2", "3", "2"}, "Skolwebben": {"0", "1", "0", "0"}})
	again, err := s.PreviewImport(ctx, out, "")
	if err != nil || !again.OK() {
		t.Fatalf("re-import: %v %v", err, again.Problems)
	}
	if again.Create+again.Update != 0 || again.Unchanged != 2 {
		t.Errorf("the export read back changes something: create %d, update %d, unchanged %d: %+v", again.Create, again.Update, again.Unchanged, again.Rows)
	}
}

// assertListNumbers checks the K, R, T, S cells of each asset's row on
// the exported list's first sheet.
func assertListNumbers(t *testing.T, path string, want map[string][4]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil || len(rows) < 2 {
		t.Fatalf("list rows %d, %v", len(rows), err)
	}
	var header []string
	var name int
	col := map[string]int{}
	for i, r := range rows {
		for j, c := range r {
			if c == "K" || c == "R" || c == "T" || c == "S" {
				col[c], header = j, r
			}
		}
		if header != nil {
			for j, c := range header {
				if c == "Namn" || c == "Informationstillgång" {
					name = j
				}
			}
			rows = rows[i+1:]
			break
		}
	}
	if len(col) != 4 {
		t.Fatalf("no K R T S columns in %v", header)
	}
	seen := 0
	for _, r := range rows {
		w, ok := want[cellAt(r, name)]
		if !ok {
			continue
		}
		seen++
		for i, a := range []string{"K", "R", "T", "S"} {
			if got := cellAt(r, col[a]); got != w[i] {
				t.Errorf("%s %s: exported %q, want %q", cellAt(r, name), a, got, w[i])
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d assets found on the list (header %v)", seen, len(want), header)
	}
}

func cellAt(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}
