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

// TestReportDocxAndProtocolCommands writes the review as Word and an
// asset's protocol as a PDF named for the asset, from the command line.
func TestReportDocxAndProtocolCommands(t *testing.T) {
	dir := t.TempDir()
	db := fixture.Copy(t, "review", "review.db")
	var out bytes.Buffer
	lg := filepath.Join(dir, "LG.docx")
	if err := runReport([]string{"-year", "2025", "-db", db, "-o", lg}, &out); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(lg); err != nil || st.Size() < 10000 {
		t.Fatalf("LG.docx: %v", err)
	}
	if err := runReport([]string{"-year", "2025", "-db", db, "-o", filepath.Join(dir, "LG.doc")}, &out); err == nil {
		t.Error("report -o LG.doc succeeded")
	}
	out.Reset()
	if err := runProtocol([]string{"-db", db, "-asset", "Hemtjänst", "-o", dir}, &out); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "Protokoll – Hemtjänst.pdf")
	if head, err := os.ReadFile(p); err != nil || !bytes.HasPrefix(head, []byte("%PDF-")) {
		t.Fatalf("%s: %v (%s)", p, err, out.String())
	}
	if err := runProtocol([]string{"-db", db, "-asset", "Finns inte", "-o", filepath.Join(dir, "x.pdf")}, &out); err == nil {
		t.Error("protocol of a missing asset succeeded")
	}
	if err := runProtocol([]string{"-db", db}, &out); err == nil {
		t.Error("protocol without -asset succeeded")
	}
}
