package sqlite

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
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
			if !strings.Contains(err.Error(), "ingen") || !strings.Contains(err.Error(), c.path) {
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

// codeErr is an error with an SQLite result code, as the driver gives.
type codeErr struct {
	msg  string
	code int
}

func (e codeErr) Error() string { return e.msg }
func (e codeErr) Code() int     { return e.code }

// TestExplain: every class of error gets a Swedish sentence a user can act
// on, that quotes no English text and names no temporary file.
func TestExplain(t *testing.T) {
	hidden := "/home/anna/.infoklass-export-123.xlsx"
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"ENOSPC naming a hidden temp file", fmt.Errorf("export: %w", &os.PathError{Op: "write", Path: hidden, Err: syscall.ENOSPC}), "disken är full"},
		{"SQLITE_FULL", fmt.Errorf("record change: %w", codeErr{"database or disk is full (13)", 13}), "disken är full"},
		{"SQLITE_FULL as text", errors.New("record change: database or disk is full (13)"), "disken är full"},
		{"quota", &os.PathError{Op: "write", Path: hidden, Err: syscall.EDQUOT}, "disken är full"},
		{"permission", &os.PathError{Op: "open", Path: hidden, Err: syscall.EACCES}, "behörighet"},
		{"not found", &os.PathError{Op: "open", Path: hidden, Err: syscall.ENOENT}, "finns inte"},
		{"not a directory", &os.PathError{Op: "open", Path: hidden, Err: syscall.ENOTDIR}, "finns inte"},
		{"link loop", &os.PathError{Op: "open", Path: hidden, Err: syscall.ELOOP}, "slinga"},
		{"read-only file system", &os.PathError{Op: "open", Path: hidden, Err: syscall.EROFS}, "skrivskyddad"},
		{"read-only database", codeErr{"attempt to write a readonly database (8)", 8}, "skrivskyddad"},
		{"read-only store", ErrReadOnly, "skrivskyddad"},
		{"busy", codeErr{"database is locked (5)", 5}, "annat program"},
		{"disk error", codeErr{"disk I/O error (10)", 10}, "disken"},
		{"damaged", codeErr{"database disk image is malformed (11)", 11}, "skadad"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, args := Explain(c.err)
			msg := fmt.Sprintf(f, args...)
			if !strings.Contains(msg, c.want) {
				t.Errorf("%q does not say %q", msg, c.want)
			}
			if len(args) > 0 || strings.Contains(msg, ".infoklass") || strings.Contains(msg, "(13)") {
				t.Errorf("%q quotes the error", msg)
			}
			oe := &OpenError{Path: "/data/lista.db", Kind: Other, Err: c.err}
			f, args = oe.Message()
			msg = fmt.Sprintf(f, args...)
			if !strings.Contains(msg, "/data/lista.db") || strings.Contains(msg, hidden) || strings.Contains(msg, "(1") {
				t.Errorf("open message %q", msg)
			}
		})
	}
	f, args := Explain(errors.New("något helt okänt"))
	if msg := fmt.Sprintf(f, args...); !strings.Contains(msg, "något helt okänt") {
		t.Errorf("an unknown error is not shown: %q", msg)
	}
}

// TestOpenThroughALinkLoop gets the Swedish sentence for ELOOP.
func TestOpenThroughALinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	must(t, os.Symlink(b, a))
	must(t, os.Symlink(a, b))
	_, err := Open(a)
	if err == nil || !strings.Contains(err.Error(), "slinga") || strings.Contains(err.Error(), "too many") {
		t.Errorf("error %v", err)
	}
	if _, err := os.Stat(a + ".lock"); err == nil {
		t.Error("a lock file was created")
	}
}

// TestLockedMessageForTheCommandLine: the command line is not told about
// windows or a read-only open it does not offer.
func TestLockedMessageForTheCommandLine(t *testing.T) {
	oe := &OpenError{Path: "/data/lista.db", Kind: Locked}
	f, args := oe.CLIMessage()
	msg := fmt.Sprintf(f, args...)
	if strings.Contains(msg, "fönster") || strings.Contains(msg, "skrivskydd") || !strings.Contains(msg, "/data/lista.db") {
		t.Errorf("CLI message %q", msg)
	}
	f, _ = oe.Message()
	if !strings.Contains(f, "fönster") {
		t.Errorf("window message %q", f)
	}
	f, args = (&OpenError{Path: "/data/lista.db", Kind: Corrupt}).CLIMessage()
	if msg := fmt.Sprintf(f, args...); !strings.Contains(msg, "infoklass restore") {
		t.Errorf("CLI corrupt message %q", msg)
	}
	for _, f := range Formats() {
		if strings.Count(f, "%") > 3 || f == "" {
			t.Errorf("format %q", f)
		}
	}
}
