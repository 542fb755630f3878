package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestOpenExclusive opens a WAL database kept by Open the way a synced
// folder needs it: no WAL, exclusive locking, every commit in the file
// itself; backups, checks and a later ordinary open still work.
func TestOpenExclusive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "OneDrive - Kommunen", "infoklass.db")
	db, err := Open(path)
	must(t, err)
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "Före"}))
	must(t, db.Close())

	db, err = OpenExclusive(path)
	must(t, err)
	if !db.Exclusive() {
		t.Error("Exclusive() = false after OpenExclusive")
	}
	for pragma, want := range map[string]string{"journal_mode": "delete", "locking_mode": "exclusive"} {
		var got string
		must(t, db.db.QueryRow("PRAGMA "+pragma).Scan(&got))
		if got != want {
			t.Errorf("PRAGMA %s = %q, want %q", pragma, got, want)
		}
	}
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "Efter"}))
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Errorf("a -wal file exists beside an exclusive database (err %v)", err)
	}
	if _, err := Open(path); err == nil {
		t.Error("a second Open of an exclusive database succeeded")
	}
	if _, err := db.Backup(ctx, "test"); err != nil {
		t.Errorf("Backup: %v", err)
	}
	problems, err := db.Check(ctx)
	must(t, err)
	if len(problems) > 0 {
		t.Errorf("Check: %v", problems)
	}
	must(t, db.Close())

	db, err = Open(path)
	must(t, err)
	defer db.Close()
	if db.Exclusive() {
		t.Error("Exclusive() = true after Open")
	}
	assets, err := db.Assets(ctx)
	must(t, err)
	if len(assets) != 2 {
		t.Errorf("%d assets after reopening, want 2", len(assets))
	}
}
