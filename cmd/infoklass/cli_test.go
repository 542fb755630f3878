package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

func TestCommands(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "demo.db")
	if err := runDemo([]string{"-db", src}); err != nil {
		t.Fatal(err)
	}
	if err := runDemo([]string{"-db", src}); err == nil {
		t.Error("demo wrote into a database that has assets")
	}
	var out, errOut bytes.Buffer
	list := filepath.Join(dir, "lista.xlsx")
	if err := runExport([]string{"-db", src, "-o", list}, &out); err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(dir, "en.xlsx")
	if err := runExport([]string{"-db", src, "-o", one, "-asset", " förskolans NÄRVAROAPP"}, &out); err != nil {
		t.Fatal(err)
	}
	// The classification is not decided: the file name says it is a draft.
	if !strings.Contains(out.String(), "en (utkast).xlsx") {
		t.Errorf("draft export: %s", out.String())
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "en (utkast).xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Underlag", "B4"); v != "Förskolans närvaroapp" {
		t.Errorf("single-asset export names %q", v)
	}
	f.Close()
	prot := filepath.Join(dir, "protokoll.xlsx")
	if err := runExport([]string{"-db", src, "-o", prot, "-asset", "Verksamhetssystem för hemtjänst", "-protocol"}, &out); err != nil {
		t.Fatal(err)
	}
	if g, err := excelize.OpenFile(prot); err != nil {
		t.Error(err)
	} else {
		if v, _ := g.GetCellValue("Protokoll", "A1"); v != "Protokoll från informationsklassning" {
			t.Errorf("protocol title %q", v)
		}
		g.Close()
	}
	if err := runExport([]string{"-db", src, "-o", one, "-asset", "Finns inte"}, &out); err == nil {
		t.Error("export of a missing asset succeeded")
	}

	dst := filepath.Join(dir, "ny.db")
	out.Reset()
	if err := runImport([]string{"-db", dst, "-dry-run", list}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "14 skapas") || !strings.Contains(out.String(), "Provkörning") {
		t.Errorf("dry run printed %q", out.String())
	}
	assertAssets(t, dst, 0)
	if err := runImport([]string{"-db", dst, list}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	assertAssets(t, dst, 14)

	// A list with an error: non-zero exit, the error on stderr, nothing written.
	bad := filepath.Join(dir, "fel.xlsx")
	g := excelize.NewFile()
	g.SetSheetRow("Sheet1", "A1", &[]any{"Namn", "K", "Status"})
	g.SetSheetRow("Sheet1", "A2", &[]any{"Nytt system", 7, "Planerad"})
	g.SaveAs(bad)
	errOut.Reset()
	err = runImport([]string{"-db", dst, bad}, &out, &errOut)
	if !errors.Is(err, errFailed) || !strings.Contains(errOut.String(), "rad 2, kolumn K") {
		t.Errorf("bad import: %v, stderr %q", err, errOut.String())
	}
	assertAssets(t, dst, 14)

	out.Reset()
	if err := runCheck([]string{"-db", dst}, &out); err != nil || !strings.Contains(out.String(), "inga fel") {
		t.Errorf("check: %v %q", err, out.String())
	}
	if err := runCheck([]string{"-db", filepath.Join(dir, "saknas.db")}, &out); err == nil {
		t.Error("check of a missing file succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "saknas.db")); err == nil {
		t.Error("check created the missing file")
	}
}

func assertAssets(t *testing.T, path string, n int) {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sums, _ := db.Summaries(context.Background(), domain.Today())
	if len(sums) != n {
		t.Errorf("%s has %d assets, want %d", filepath.Base(path), len(sums), n)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"okänt"}, {"export"}, {"export", "-x"}, {"import"}, {"export", "-o"}} {
		err := run(args)
		if err == nil {
			t.Errorf("%v: no error", args)
			continue
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: more than one line: %q", args, err)
		}
	}
}
