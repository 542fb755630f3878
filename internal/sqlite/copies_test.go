package sqlite

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestCopiesAreListedForRestore saves two copies, moves one away and
// restores from the other: Copies lists what still exists, newest first,
// and the list survives the restore.
func TestCopiesAreListedForRestore(t *testing.T) {
	db, path := openTemp(t)
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "Före kopian"}))
	elsewhere := t.TempDir()
	first := filepath.Join(elsewhere, "klassningar inför mötet.db")
	second := filepath.Join(elsewhere, "klassningar efter mötet.db")
	must(t, db.SaveCopy(ctx, first))
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "Efter första kopian"}))
	must(t, db.SaveCopy(ctx, second))
	old := time.Now().Add(-time.Hour)
	must(t, os.Chtimes(first, old, old))

	got, err := Copies(path)
	must(t, err)
	if len(got) != 2 || got[0].Path != second || got[1].Path != first || got[0].Reason != ReasonOwnCopy || got[0].Size == 0 {
		t.Fatalf("copies %+v", got)
	}
	if bs, _ := Backups(path); len(bs) != 0 {
		t.Errorf("an own copy is listed as a backup: %+v", bs)
	}
	must(t, db.Close())
	if _, err := RestoreKept(path, first); err != nil {
		t.Fatal(err)
	}
	must(t, os.Rename(second, second+".flyttad"))
	got, err = Copies(path)
	must(t, err)
	if len(got) != 1 || got[0].Path != first {
		t.Errorf("after the restore and a move the copies are %+v", got)
	}
}
