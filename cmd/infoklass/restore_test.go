package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// TestRestoreCommand lists the backups, restores one by number over a
// file that cannot be opened, says where the current file was kept, and
// refuses a backup that does not exist.
func TestRestoreCommand(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lista.db")
	var out bytes.Buffer
	if err := runRestore([]string{"-db", path}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "inga säkerhetskopior") {
		t.Errorf("no backups: %q", out.String())
	}
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreateAsset(context.Background(), &domain.Asset{Name: "Säkrad"}); err != nil {
		t.Fatal(err)
	}
	backup, err := db.Backup(context.Background(), "manuell")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// The database is now damaged beyond opening.
	damaged := []byte("SQLite format 3\x00 trasig")
	if err := os.WriteFile(path, damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(path + "-wal")
	if _, err := sqlite.Open(path); err == nil {
		t.Fatal("fixture: the damaged file opened")
	}

	out.Reset()
	if err := runRestore([]string{"-db", path}, &out); err != nil {
		t.Fatal(err)
	}
	list := out.String()
	for _, want := range []string{"   1  ", "manuell", "kB", filepath.Base(backup), "infoklass restore -db"} {
		if !strings.Contains(list, want) {
			t.Errorf("the list lacks %q:\n%s", want, list)
		}
	}

	if err := runRestore([]string{"-db", path, "7"}, &out); err == nil || !strings.Contains(err.Error(), "nummer 7") {
		t.Errorf("restore of number 7 of 1: %v", err)
	}
	if err := runRestore([]string{"-db", path, "finns-inte.db"}, &out); err == nil || !strings.Contains(err.Error(), "hittar ingen") {
		t.Errorf("restore of a missing backup: %v", err)
	}

	out.Reset()
	if err := runRestore([]string{"-db", path, "1"}, &out); err != nil {
		t.Fatal(err)
	}
	msg := out.String()
	if !strings.Contains(msg, "återställd") || !strings.Contains(msg, "finns kvar som") {
		t.Errorf("restore said %q", msg)
	}
	var kept string
	for _, l := range strings.Split(msg, "\n") {
		if i := strings.Index(l, "finns kvar som "); i >= 0 {
			kept = strings.TrimSuffix(strings.SplitN(l[i+len("finns kvar som "):], ";", 2)[0], ".")
		}
	}
	if b, err := os.ReadFile(kept); err != nil || !bytes.Equal(b, damaged) {
		t.Errorf("the damaged file was not kept at %q: %v", kept, err)
	}
	db, err = sqlite.OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if a, _ := db.AssetByName(context.Background(), "Säkrad"); a == nil {
		t.Error("the backup was not restored")
	}

	// By file name, while the database is open: refused, in words for
	// the command line.
	err = runRestore([]string{"-db", path, filepath.Base(backup)}, &out)
	if err == nil || strings.Contains(err.Error(), "fönster") || !strings.Contains(err.Error(), "används redan") {
		t.Errorf("restore while open: %v", err)
	}
}

func TestRestoreNeedsOneBackup(t *testing.T) {
	if err := runRestore([]string{"-db", filepath.Join(t.TempDir(), "x.db"), "1", "2"}, new(bytes.Buffer)); err == nil {
		t.Error("two backups named")
	}
}
