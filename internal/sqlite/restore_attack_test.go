package sqlite

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestRestoreOnlyWhatOpens offers backups that the open path refuses:
// each restore is refused with a Swedish sentence, and nothing changes —
// not the database, not its folder, not the backup. Before, each was
// restored ("är återställd") and then could not be opened.
func TestRestoreOnlyWhatOpens(t *testing.T) {
	attacks := []struct {
		name, sql, want string
	}{
		{"unknown version", fmt.Sprintf("PRAGMA user_version = %d", latestVersion()+1), "newer"},
		{"negative version", "PRAGMA user_version = -3", "databasversionen -3 är ogiltig"},
		{"dangling foreign key", "PRAGMA foreign_keys = OFF; DELETE FROM assets", "pekar på en rad i assets som inte finns"},
		{"CHECK violated", "PRAGMA ignore_check_constraints = 1; UPDATE ratings SET level = 10", "CHECK constraint failed"},
		{"foreign trigger", "CREATE TRIGGER wipe AFTER INSERT ON assets BEGIN DELETE FROM assets; END", "wipe hör inte till Infoklass"},
		{"version without tables to match", "PRAGMA user_version = 2", "stämmer inte med den versionen"},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "lista.db")
			decidedFile(t, path)
			os.Remove(path + ".lock")
			bdir := t.TempDir()
			backup := filepath.Join(bdir, "kopia.db")
			decidedFile(t, backup)
			os.Remove(backup + ".lock")
			raw := rawOpen(t, backup)
			if _, err := raw.Exec(a.sql); err != nil {
				t.Fatal(err)
			}
			must(t, raw.Close())
			before, beforeB := folderState(t, dir), folderState(t, bdir)
			err := Restore(path, backup)
			if err == nil {
				t.Fatal("restored")
			}
			if !strings.Contains(err.Error(), a.want) {
				t.Errorf("%q does not say %q", err, a.want)
			}
			sameFolder(t, dir, before)
			sameFolder(t, bdir, beforeB)
		})
	}
}

// TestRestoreRefusesTheOpenDatabaseUnderAnotherName offers a hard link to
// the database as its own backup: refused, nothing changed.
func TestRestoreRefusesTheOpenDatabaseUnderAnotherName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lista.db")
	healthy(t, path, 3)
	link := filepath.Join(t.TempDir(), "lista-kopia.db")
	if err := os.Link(path, link); err != nil {
		t.Skip("no hard links here:", err)
	}
	before := folderState(t, dir)
	err := Restore(path, link)
	if err == nil || !strings.Contains(err.Error(), "själva databasen under ett annat namn") {
		t.Fatalf("a hard link to the database was restored over it: %v", err)
	}
	sameFolder(t, dir, before)
}

// TestRestoreKeepsTheMode restores over a file of mode 0644 (0640 too):
// the restored file keeps it, where it was 0600 before.
func TestRestoreKeepsTheMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix modes")
	}
	for _, mode := range []os.FileMode{0o644, 0o640} {
		dir := t.TempDir()
		path := filepath.Join(dir, "lista.db")
		healthy(t, path, 1)
		must(t, os.Chmod(path, mode))
		backup := filepath.Join(t.TempDir(), "kopia.db")
		healthy(t, backup, 2)
		must(t, Restore(path, backup))
		info, err := os.Stat(path)
		must(t, err)
		if info.Mode().Perm() != mode {
			t.Errorf("restored with mode %v, want %v", info.Mode().Perm(), mode)
		}
		var oe *OpenError
		if db, err := Open(path); errors.As(err, &oe) || err != nil {
			t.Errorf("the restored file does not open: %v", err)
		} else {
			db.Close()
		}
	}
}
