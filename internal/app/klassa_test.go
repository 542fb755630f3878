package app

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestKlassaListImport is the first half of the done-when: a
// database created with the KLASSA model imports a list in KLASSA's
// numbering (0–4, with a 4 = Synnerligen allvarlig and a 0) with every
// level right, stored as its place on the scale (KLASSA 4 is 5).
func TestKlassaListImport(t *testing.T) {
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
	// The same list again changes nothing: its numbers read as the levels stored.
	again, err := s.PreviewImport(ctx, in, "")
	if err != nil || !again.OK() || again.Create+again.Update != 0 {
		t.Errorf("the list again: %v %v, create %d, update %d", err, again.Problems, again.Create, again.Update)
	}
}
