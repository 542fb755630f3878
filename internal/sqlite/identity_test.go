package sqlite

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestSecondNameIsRefused opens a database under one name and then
// under a hard link to it: the second writer is refused as the first
// would be, and gets no WAL of its own. Before, the lock was taken by
// name, both wrote, and one's 3,000 assets were lost.
func TestSecondNameIsRefused(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "lista.db")
	b := filepath.Join(t.TempDir(), "samma.db")
	healthy(t, a, 2)
	if err := os.Link(a, b); err != nil {
		t.Skip("no hard links here:", err)
	}
	first, err := Open(a)
	must(t, err)
	defer first.Close()
	for _, how := range []string{"Open", "OpenExisting"} {
		open := map[string]func(string, ...Option) (*DB, error){"Open": Open, "OpenExisting": OpenExisting}[how]
		second, err := open(b)
		var oe *OpenError
		if !errors.As(err, &oe) || oe.Kind != Locked {
			if second != nil {
				second.Close()
			}
			t.Fatalf("%s of a second name: %v", how, err)
		}
	}
	for _, side := range []string{"-wal", "-shm", ".lock"} {
		if _, err := os.Stat(b + side); err == nil && side != ".lock" {
			t.Errorf("the second name got a %s", side)
		}
	}
	must(t, first.CreateAsset(ctx, &domain.Asset{Name: "Efter"}))
	must(t, first.Close())
	second, err := Open(b)
	if err != nil {
		t.Fatalf("the second name once the first is closed: %v", err)
	}
	list, _ := second.Assets(ctx)
	if len(list) != 3 {
		t.Errorf("%d assets under the second name, want 3", len(list))
	}
	second.Close()
}

// TestStrayWALBesideAnotherName lays out what a writer killed under one
// name leaves (its WAL with committed assets) and opens the file under
// a hard link beside it: refused, saying which name to use, and nothing
// changes. Before, the second name saw none of the changes, and the next
// open under the first replayed them over its edits.
func TestStrayWALBesideAnotherName(t *testing.T) {
	main0, wal, _, n := walFixture(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "lista.db")
	b := filepath.Join(dir, "lankad.db")
	must(t, os.WriteFile(a, main0, 0o644))
	must(t, os.WriteFile(a+"-wal", wal, 0o644))
	if err := os.Link(a, b); err != nil {
		t.Skip("no hard links here:", err)
	}
	before := folderState(t, dir)
	for _, open := range []func(string, ...Option) (*DB, error){Open, OpenExisting, OpenReadOnly} {
		db, err := open(b)
		var ae *AliasError
		if !errors.As(err, &ae) || ae.Other != a {
			if db != nil {
				db.Close()
			}
			t.Fatalf("opened beside a stray WAL: %v", err)
		}
		if !strings.Contains(err.Error(), "samma fil som "+a) {
			t.Errorf("message %q", err)
		}
	}
	sameFolder(t, dir, before)
	db, err := Open(a)
	must(t, err)
	defer db.Close()
	if list, _ := db.Assets(ctx); len(list) != n {
		t.Errorf("%d assets under the first name, want %d", len(list), n)
	}
}
