package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestExportReviewTextStaysText(t *testing.T) {
	in := domain.YearInput{Year: 2025, Model: domain.DefaultModel(), Assets: []domain.YearAsset{{ID: 1, Name: "=HYPERLINK(\"x\")", RSACritical: true}, {ID: 2, Name: "+46 Växel", Status: domain.StatusCancelled}}}
	in.Events = []domain.StatusEvent{{AssetID: 2, Date: domain.NewDate(2025, 3, 1), Old: domain.StatusOngoing, New: domain.StatusCancelled, Reason: "@osäkert"}}
	years := []domain.YearFigures{domain.ComputeYear(domain.YearInput{Year: 2023, Model: domain.DefaultModel()}), domain.ComputeYear(domain.YearInput{Year: 2024, Model: domain.DefaultModel()}), domain.ComputeYear(in)}
	plan := []domain.PlanYear{{Year: 2026, Proposed: []domain.ReviewItem{{AssetID: 1, Asset: "-1"}}}}
	var buf bytes.Buffer
	if err := ExportReview(&buf, domain.NewReview(years, plan), ReviewSource{Database: "/x/demo.db", Made: domain.NewDate(2026, 1, 5), Model: domain.DefaultModel()}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found := 0
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(sh, cell); fm != "" {
					t.Errorf("%s!%s is a formula: %q", sh, cell, fm)
				}
				if strings.Contains(v, "HYPERLINK") || strings.Contains(v, "@osäkert") || v == "-1" {
					found++
				}
			}
		}
	}
	if found < 3 {
		t.Errorf("hostile names written as text %d times", found)
	}
	if v, _ := f.GetCellValue(SheetReview, "A1"); v != "Ledningens genomgång 2025 – informationsklassning" {
		t.Errorf("title %q", v)
	}
	if v, _ := f.GetCellValue(SheetReview, "B5"); v != "2023" {
		t.Errorf("B5 %q", v)
	}
}
