package sqlite

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSymlinkCannotEvadeTheLock opens a database and then the same file
// through a symbolic link to it and through a linked folder: the second
// writer is refused, and Path is the real file's.
func TestSymlinkCannotEvadeTheLock(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "riktig", "lista.db")
	must(t, os.MkdirAll(filepath.Dir(real), 0o755))
	db, err := Open(real)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	link := filepath.Join(dir, "länk.db")
	must(t, os.Symlink(real, link))
	folder := filepath.Join(dir, "mapplänk")
	must(t, os.Symlink(filepath.Dir(real), folder))
	for _, p := range []string{link, filepath.Join(folder, "lista.db"), filepath.Join(dir, "riktig", ".", "..", "riktig", "lista.db")} {
		second, err := Open(p)
		if err == nil {
			second.Close()
			t.Fatalf("a second writer opened %s", p)
		}
		var oe *OpenError
		if !errors.As(err, &oe) || oe.Kind != Locked {
			t.Errorf("%s: %v", p, err)
		}
	}
	db.Close()
	again, err := Open(link)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	want, _ := filepath.EvalSymlinks(real)
	if again.Path() != want {
		t.Errorf("Path %s, want the real file %s", again.Path(), want)
	}
	if _, err := os.Stat(link + ".lock"); err == nil {
		t.Error("a lock beside the link")
	}
	if BackupDir(link) != BackupDir(want) {
		t.Errorf("the link's backups are in %s, the file's in %s", BackupDir(link), BackupDir(want))
	}
}

// TestOpenExistingCreatesNothing: a mistyped path, a 0-byte file and an
// SQLite file without tables are refused, and nothing is created.
func TestOpenExistingCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	zero := filepath.Join(dir, "noll.db")
	must(t, os.WriteFile(zero, nil, 0o644))
	bare := filepath.Join(dir, "bar.db")
	raw := rawOpen(t, bare)
	raw.Exec("PRAGMA user_version = 0; VACUUM")
	raw.Close()
	if sideSize(bare) == 0 {
		t.Fatal("fixture: no SQLite header")
	}
	cases := []struct {
		path string
		kind OpenErrorKind
	}{
		{filepath.Join(dir, "felstavad", "mapp", "lista.db"), Missing},
		{filepath.Join(dir, "lsita.db"), Missing},
		{zero, Empty},
		{bare, Empty},
	}
	for _, open := range []func(string, ...Option) (*DB, error){OpenExisting, OpenReadOnly} {
		for _, c := range cases {
			before := snapshot(t, dir)
			db, err := open(c.path)
			if err == nil {
				db.Close()
				t.Fatalf("%s opened", c.path)
			}
			var oe *OpenError
			if !errors.As(err, &oe) || oe.Kind != c.kind {
				t.Errorf("%s: %v, want kind %d", c.path, err, c.kind)
			}
			if !strings.Contains(err.Error(), c.path) {
				t.Errorf("message %q", err)
			}
			if d := diff(before, snapshot(t, dir)); len(d) > 0 {
				t.Errorf("%s: %v", c.path, d)
			}
		}
	}
	healthy(t, filepath.Join(dir, "finns.db"), 1)
	db, err := OpenExisting(filepath.Join(dir, "finns.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
}

// TestOpenThroughALinkLoop is refused as a loop of links (the words are the front ends').
func TestOpenThroughALinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	must(t, os.Symlink(b, a))
	must(t, os.Symlink(a, b))
	_, err := Open(a)
	if err == nil || Classify(err) != ClassLoop {
		t.Errorf("error %v", err)
	}
	if _, err := os.Stat(a + ".lock"); err == nil {
		t.Error("a lock file was created")
	}
}
