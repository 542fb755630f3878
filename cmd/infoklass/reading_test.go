package main

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/app"
	_ "modernc.org/sqlite"
)

// dirSums is the sha256 of every file under dir, by path.
func dirSums(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			out[p] = sha256.Sum256(b)
		}
		return nil
	})
	return out
}

func sameSums(t *testing.T, what string, before, after map[string][32]byte) {
	t.Helper()
	for p, h := range after {
		if b, ok := before[p]; !ok {
			t.Errorf("%s wrote %s", what, p)
		} else if b != h {
			t.Errorf("%s changed %s", what, p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			t.Errorf("%s removed %s", what, p)
		}
	}
}

func copyTo(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
}

// TestReadingWritesNothing runs every command that only reads on a
// database of an older schema version: each works, and the file is
// neither upgraded nor backed up (before, check, export and a dry run
// upgraded it in place and wrote a backup while printing "Provkörning:
// inget skrevs"). The real import then upgrades it, once.
func TestReadingWritesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "gammal.db")
	copyTo(t, filepath.Join("..", "..", "testdata", "schemas", "v3.db"), db)
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	runs := []struct {
		name string
		run  func() error
	}{
		{"check", func() error { return runCheck([]string{"-db", db}, &stdout) }},
		{"export", func() error { return runExport([]string{"-db", db, "-o", filepath.Join(out, "x.xlsx")}, &stdout) }},
		{"report", func() error {
			return runReport([]string{"-db", db, "-year", "2025", "-o", filepath.Join(out, "lg.xlsx")}, &stdout)
		}},
		{"import -dry-run", func() error {
			return runImport([]string{"-db", db, "-dry-run", listFile("farsta-isam-lista.xlsx")}, &stdout, &stderr)
		}},
	}
	for _, r := range runs {
		before := dirSums(t, dir)
		if err := r.run(); err != nil {
			t.Errorf("%s: %s", r.name, app.CLIMessage(err))
		}
		sameSums(t, r.name, before, dirSums(t, dir))
	}
	if !strings.Contains(stdout.String(), "inga fel hittades") {
		t.Errorf("check of an older file: %q", stdout.String())
	}
}

// TestMismatchedSchemaIsRefusedOnce opens a file whose schema version
// says 3 while its tables are newer: every attempt is refused with one
// Swedish sentence, and none writes a backup (before, each attempt wrote
// one and then failed with "migration 0004…: SQL logic error").
func TestMismatchedSchemaIsRefusedOnce(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lista.db")
	svc, err := app.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	svc.Close()
	os.Remove(db + ".lock")
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("PRAGMA user_version = 3"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before := dirSums(t, dir)
	for i := 0; i < 3; i++ {
		s, err := app.Open(db)
		if err == nil {
			s.Close()
			t.Fatal("a file whose version does not match its tables was opened")
		}
		msg := app.CLIMessage(err)
		if !strings.Contains(msg, "stämmer inte med den versionen") || strings.Contains(msg, "SQL logic") || strings.Contains(msg, "migration") {
			t.Errorf("attempt %d: %q", i, msg)
		}
	}
	sameSums(t, "opening a mismatched file", before, dirSums(t, dir))
}

// TestPreviewRemovesWhatAKilledPreviewLeft leaves the preview database of
// a dry run whose process was killed in the temporary folder: the next
// dry run into a new database removes it, and leaves none of its own.
func TestPreviewRemovesWhatAKilledPreviewLeft(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	left := filepath.Join(tmp, fmt.Sprintf("infoklass-preview-%d-4242", cmd.Process.Pid))
	if err := os.MkdirAll(left, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(left, "förhandsgranskning.db"), make([]byte, 8192), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	db := filepath.Join(t.TempDir(), "ny.db")
	if err := runImport([]string{"-db", db, "-dry-run", listFile("farsta-isam-lista.xlsx")}, &stdout, &stderr); err != nil {
		t.Fatal(app.CLIMessage(err))
	}
	entries, _ := os.ReadDir(tmp)
	for _, e := range entries {
		t.Errorf("left in the temporary folder: %s", e.Name())
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("the dry run created the database")
	}
}
