package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/app"
)

// TestMistypedDatabaseCreatesNothing runs every command that only reads
// on a path that does not exist, and on an empty file: each fails with a
// Swedish message and leaves no folder, database or file behind.
func TestMistypedDatabaseCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "finns-inte", "klasningar.db")
	empty := filepath.Join(dir, "tom.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, db := range []string{missing, empty} {
		runs := map[string]func() error{
			"check":  func() error { return runCheck([]string{"-db", db}, &out) },
			"export": func() error { return runExport([]string{"-db", db, "-o", filepath.Join(dir, "x.xlsx")}, &out) },
			"report": func() error {
				return runReport([]string{"-db", db, "-year", "2025", "-o", filepath.Join(dir, "lg.xlsx")}, &out)
			},
		}
		for name, run := range runs {
			err := run()
			if err == nil {
				t.Errorf("%s on %s succeeded", name, db)
				continue
			}
			if msg := app.CLIMessage(err); !strings.Contains(msg, db) || strings.Contains(msg, "no such file") {
				t.Errorf("%s on %s: %q", name, db, msg)
			}
		}
	}
	if _, err := os.Stat(filepath.Dir(missing)); !os.IsNotExist(err) {
		t.Errorf("a folder was created for the mistyped path: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want only the empty file", len(entries))
	}
	if info, _ := os.Stat(empty); info.Size() != 0 {
		t.Error("the empty file was written")
	}
}

// TestExportOntoTheDatabaseIsRefused exports with the database itself,
// and another database, as the target: both are refused and stay intact.
func TestExportOntoTheDatabaseIsRefused(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lista.db")
	other := filepath.Join(dir, "annan.sqlite")
	for _, p := range []string{db, other} {
		if err := runDemo([]string{"-db", p}); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := os.ReadFile(db)
	var out bytes.Buffer
	for _, target := range []string{db, other, filepath.Join(dir, ".", "lista.db")} {
		if err := runExport([]string{"-db", db, "-o", target}, &out); err == nil || !strings.Contains(err.Error(), "skriva över en databas") {
			t.Errorf("export onto %s: %v", target, err)
		}
	}
	if err := runCheck([]string{"-db", db}, &out); err != nil {
		t.Errorf("the database after the refused exports: %v", err)
	}
	if err := runCheck([]string{"-db", other}, &out); err != nil {
		t.Errorf("the other database after the refused export: %v", err)
	}
	after, _ := os.ReadFile(db)
	if len(after) < len(before)/2 {
		t.Error("the database shrank")
	}
}

// TestImportIntoAMissingDatabase imports into a path with no database: a
// dry run and a list with problems leave nothing behind; an import that
// is carried out creates the database. A later import takes a backup
// before it writes.
func TestImportIntoAMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ny", "klassningar.db")
	var out, errOut bytes.Buffer
	if err := runImport([]string{"-db", db, "-dry-run", listFile("farsta-isam-lista.xlsx")}, &out, &errOut); err != nil {
		t.Fatalf("dry run: %v\n%s", err, errOut.String())
	}
	if err := runImport([]string{"-db", db, listFile("okanda-nivakolumner.xlsx")}, &out, &errOut); err == nil {
		t.Fatal("a list with unread level columns was imported")
	}
	if _, err := os.Stat(filepath.Dir(db)); !os.IsNotExist(err) {
		t.Fatalf("a dry run or a refused import created %s", filepath.Dir(db))
	}
	if err := runImport([]string{"-db", db, listFile("farsta-isam-lista.xlsx")}, &out, &errOut); err != nil {
		t.Fatalf("import: %v\n%s", err, errOut.String())
	}
	if err := runCheck([]string{"-db", db}, &out); err != nil {
		t.Fatalf("the created database: %v", err)
	}
	if err := runImport([]string{"-db", db, listFile("klassning-k-nivå-t.xlsx")}, &out, &errOut); err != nil {
		t.Fatalf("second import: %v\n%s", err, errOut.String())
	}
	bs, err := app.Backups(db)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range bs {
		found = found || strings.Contains(b.Reason, "import")
	}
	if !found {
		t.Errorf("no backup before the second import: %+v", bs)
	}
}
