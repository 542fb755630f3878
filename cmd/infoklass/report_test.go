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

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	db := fixture.Copy(t, "review", "review.db")

	var out bytes.Buffer
	lg := filepath.Join(dir, "lg-2025.xlsx")
	if err := runReport([]string{"-year", "2025", "-db", db, "-o", lg}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Ledningens genomgång 2025 skrevs till") {
		t.Errorf("output %q", out.String())
	}
	f, err := excelize.OpenFile(lg)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Genomgång", "A1"); v != "Ledningens genomgång 2025 – informationsklassning" {
		t.Errorf("title %q", v)
	}
	f.Close()

	for _, args := range [][]string{
		{"-year", "2025", "-db", db},                                   // no -o
		{"-year", "2025", "-db", filepath.Join(dir, "x.db"), "-o", lg}, // no database
		{"-year", "1200", "-db", db, "-o", lg},                         // no such year
		{"-year", "2025", "-db", db, "-o", db},                         // onto the database
		{"-year", "tjugo", "-db", db, "-o", lg},
	} {
		if err := runReport(args, &out); err == nil {
			t.Errorf("report %v succeeded", args)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.db")); err == nil {
		t.Error("report created a database")
	}
}
