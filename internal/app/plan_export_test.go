package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestExportPlan: the plan of a year with two assets is written with
// both; an empty year is refused with ErrEmptyPlan and writes nothing.
func TestExportPlan(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	var ids []int64
	for _, name := range []string{"Procapita äldreomsorg", "Visma lön"} {
		a := &domain.Asset{Name: name, OwnerName: "Karin Nyström"}
		if err := s.CreateAsset(a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if err := s.SetPlanItems(domain.PlanItem{Year: 2026, AssetID: ids[0], State: domain.PlanAccepted, Quarter: 3},
		domain.PlanItem{Year: 2026, AssetID: ids[1], State: domain.PlanProposed}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, PlanFileName(2026))
	n, err := s.ExportPlan(ctx, path, 2026)
	if err != nil || n != 2 {
		t.Fatalf("ExportPlan = %d, %v", n, err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Årsplan 2026")
	if len(rows) != 3 || rows[1][1] != "Procapita äldreomsorg" || rows[2][1] != "Visma lön" {
		t.Errorf("rows %q", rows)
	}
	empty := filepath.Join(dir, "tom.xlsx")
	if _, err := s.ExportPlan(ctx, empty, 2030); !errors.As(err, new(ErrEmptyPlan)) {
		t.Errorf("empty plan: %v", err)
	}
	if _, err := os.Stat(empty); !os.IsNotExist(err) {
		t.Errorf("an empty plan wrote %s", empty)
	}
}
