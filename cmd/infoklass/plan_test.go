package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/fixture"
)

// TestPlanCommand writes the review fixture's plan for 2026 and refuses
// a year without a plan, a file that is no workbook and a missing -o.
func TestPlanCommand(t *testing.T) {
	dir := t.TempDir()
	db := fixture.Copy(t, "review", "review.db")
	var out bytes.Buffer
	xl := filepath.Join(dir, "plan.xlsx")
	if err := runPlan([]string{"-year", "2026", "-db", db, "-o", xl}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Årsplanen för 2026 med 2 informationstillgångar skrevs till") {
		t.Errorf("output %q", out.String())
	}
	f, err := excelize.OpenFile(xl)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Årsplan 2026")
	f.Close()
	if len(rows) != 3 || rows[0][1] != "Informationstillgång" {
		t.Errorf("rows %q", rows)
	}
	for _, args := range [][]string{
		{"-year", "2026", "-db", db},
		{"-year", "2031", "-db", db, "-o", filepath.Join(dir, "tom.xlsx")},
		{"-year", "2026", "-db", db, "-o", filepath.Join(dir, "plan.pdf")},
		{"-year", "2026", "-db", db, "-o", db},
	} {
		if err := runPlan(args, &out); err == nil {
			t.Errorf("plan %v succeeded", args)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "tom.xlsx")); err == nil {
		t.Error("an empty plan was written")
	}
}
