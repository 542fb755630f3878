package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/infoklass/infoklass/internal/sqlite"
)

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
		{"read-only store", sqlite.ErrReadOnly, "skrivskyddad"},
		{"busy", codeErr{"database is locked (5)", 5}, "annat program"},
		{"disk error", codeErr{"disk I/O error (10)", 10}, "disken"},
		{"damaged", codeErr{"database disk image is malformed (11)", 11}, "skadad"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := explain(c.err)
			msg, args := tx.In(Swedish), tx.Args
			if !strings.Contains(msg, c.want) {
				t.Errorf("%q does not say %q", msg, c.want)
			}
			if len(args) > 0 || strings.Contains(msg, ".infoklass") || strings.Contains(msg, "(13)") {
				t.Errorf("%q quotes the error", msg)
			}
			oe := &sqlite.OpenError{Path: "/data/lista.db", Kind: sqlite.Other, Err: c.err}
			msg = openMessage(oe).In(Swedish)
			if !strings.Contains(msg, "/data/lista.db") || strings.Contains(msg, hidden) || strings.Contains(msg, "(1") {
				t.Errorf("open message %q", msg)
			}
		})
	}
	if msg := explain(errors.New("något helt okänt")).In(Swedish); !strings.Contains(msg, "något helt okänt") {
		t.Errorf("an unknown error is not shown: %q", msg)
	}
}

// TestOpenThroughALinkLoop gets the Swedish sentence for ELOOP.
func TestOpenThroughALinkLoop(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if err := os.Symlink(b, a); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(a, b); err != nil {
		t.Fatal(err)
	}
	_, err := Open(a)
	f, args, _ := Message(err)
	if msg := fmt.Sprintf(f, args...); err == nil || !strings.Contains(msg, "slinga") || strings.Contains(msg, "too many") {
		t.Errorf("error %v: %q", err, msg)
	}
}

// TestLockedMessageForTheCommandLine: the command line is not told about
// windows or a read-only open it does not offer.
func TestLockedMessageForTheCommandLine(t *testing.T) {
	oe := &sqlite.OpenError{Path: "/data/lista.db", Kind: sqlite.Locked}
	msg := openCLIMessage(oe).In(Swedish)
	if strings.Contains(msg, "fönster") || strings.Contains(msg, "skrivskydd") || !strings.Contains(msg, "/data/lista.db") {
		t.Errorf("CLI message %q", msg)
	}
	f := openMessage(oe).Format(Swedish)
	if !strings.Contains(f, "fönster") {
		t.Errorf("window message %q", f)
	}
	if msg := openCLIMessage(&sqlite.OpenError{Path: "/data/lista.db", Kind: sqlite.Corrupt}).In(Swedish); !strings.Contains(msg, "infoklass restore") {
		t.Errorf("CLI corrupt message %q", msg)
	}
}
