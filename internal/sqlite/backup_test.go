package sqlite

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestBackupsKeyedByTheFullName: lista.db and lista.sqlite in one folder
// each see only their own backups, and rotating one never removes the
// other's.
func TestBackupsKeyedByTheFullName(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "lista.db"), filepath.Join(dir, "lista.sqlite")
	clock := time.Date(2026, 3, 1, 8, 0, 0, 0, time.Local)
	for i, p := range []string{a, b} {
		db, err := Open(p)
		if err != nil {
			t.Fatal(err)
		}
		must(t, db.CreateAsset(ctx, &domain.Asset{Name: p}))
		db.now = func() time.Time { return clock.Add(time.Duration(i) * time.Minute) }
		must(t, db.DailyBackup(ctx))
		db.Close()
	}
	db, err := Open(a)
	if err != nil {
		t.Fatal(err)
	}
	c := clock
	db.now = func() time.Time { return c }
	for i := 0; i < 12; i++ {
		c = c.Add(24 * time.Hour)
		must(t, db.DailyBackup(ctx))
	}
	db.Close()
	la, _ := Backups(a)
	lb, _ := Backups(b)
	if len(la) != KeepBackups || len(lb) != 1 {
		t.Fatalf("lista.db has %d backups, lista.sqlite %d; want %d and 1", len(la), len(lb), KeepBackups)
	}
	for _, x := range la {
		if !strings.HasPrefix(filepath.Base(x.Path), "lista.db-") {
			t.Errorf("%s listed for lista.db", x.Path)
		}
	}
	old, err := OpenReadOnly(lb[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if got, _ := old.AssetByName(ctx, b); got == nil {
		t.Error("the backup of lista.sqlite holds the other database")
	}
}

// TestUpgradeBackupsSurviveRotation: backups before an upgrade and
// before a restore, and those of the earlier naming, are not among the
// rotating ten.
func TestUpgradeBackupsSurviveRotation(t *testing.T) {
	db, path := openTemp(t)
	c := time.Date(2026, 1, 1, 9, 0, 0, 0, time.Local)
	db.now = func() time.Time { return c }
	up, err := db.Backup(ctx, "fore-uppgradering")
	if err != nil {
		t.Fatal(err)
	}
	legacy := filepath.Join(BackupDir(path), "test-20250101-090000-dagligen.db")
	must(t, os.WriteFile(legacy, readAll(t, up), 0o644))
	for i := 0; i < 15; i++ {
		c = c.Add(24 * time.Hour)
		must(t, db.DailyBackup(ctx))
		if _, err := db.Backup(ctx, "fore-import"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Backup(ctx, "fore-import"); err != nil { // the same second
			t.Fatal(err)
		}
	}
	list, _ := Backups(path)
	daily, imports, kept, leg := 0, 0, false, false
	for _, b := range list {
		switch {
		case b.Legacy:
			leg = b.Path == legacy
		case b.Rotating && b.Reason == "före import":
			imports++
		case b.Rotating:
			daily++
		case b.Path == up && b.Reason == "före uppgradering":
			kept = true
		}
	}
	if daily != KeepBackups || imports != KeepBackups || !kept || !leg {
		t.Errorf("%d daily and %d before an import (want %d each), upgrade backup kept %v, earlier backup listed %v", daily, imports, KeepBackups, kept, leg)
	}
	if _, err := os.Stat(up); err != nil {
		t.Error("the backup before the upgrade was removed")
	}
}

// TestRestoreOverADamagedFile restores a backup over a file that is
// refused as damaged, with a WAL: the damaged file and its WAL are kept
// aside byte for byte, and the database opens with the backup's content.
func TestRestoreOverADamagedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lista.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "I kopian"}))
	backup, err := db.Backup(ctx, "dagligen")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	withWAL(t, path, 200, func(db *DB) {
		must(t, db.UpdateAsset(ctx, &domain.Asset{ID: 1, Name: "Ändrad"}))
	})
	damage(t, path)
	if _, err := Open(path); !isKind(err, Corrupt) {
		t.Fatalf("fixture: %v", err)
	}
	mainBytes, walBytes := readAll(t, path), readAll(t, path+"-wal")

	kept, err := RestoreKept(path, backup)
	if err != nil {
		t.Fatalf("restore over a damaged file: %v", err)
	}
	if !bytes.Equal(readAll(t, kept), mainBytes) || !bytes.Equal(readAll(t, kept+"-wal"), walBytes) {
		t.Error("the damaged file was not kept as it was")
	}
	if filepath.Dir(kept) != BackupDir(path) {
		t.Errorf("kept in %s", kept)
	}
	list, _ := Backups(path)
	found := false
	for _, b := range list {
		found = found || b.Path == kept && b.Reason == "före återställning" && !b.Rotating
	}
	if !found {
		t.Errorf("the kept file is not listed: %+v", list)
	}
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, _ := db.AssetByName(ctx, "I kopian"); got == nil {
		t.Error("the restored database lacks the backup's asset")
	}
	if list, _ := db.Assets(ctx); len(list) != 1 {
		t.Errorf("%d assets after the restore", len(list))
	}
	if _, err := os.Stat(path + "-wal"); err == nil && sideSize(path+"-wal") > 0 {
		// the writer's own WAL is fine; the old one must not be replayed
		if got, _ := db.AssetByName(ctx, "Ändrad"); got != nil {
			t.Error("the old WAL was replayed onto the restored file")
		}
	}
}

func isKind(err error, k OpenErrorKind) bool {
	var oe *OpenError
	return errors.As(err, &oe) && oe.Kind == k
}

// TestRestoreRefusals: an open database, a damaged or missing backup and
// the database itself are refused, and nothing changes.
func TestRestoreRefusals(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lista.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "Nu"}))
	good, err := db.Backup(ctx, "manuell")
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "trasig.db")
	refusedFiles[4].make(t, bad) // damaged pages
	before := snapshot(t, dir)
	if _, err := RestoreKept(path, good); !isKind(err, Locked) {
		t.Errorf("restore while open: %v", err)
	}
	db.Close()
	before = snapshot(t, dir)
	if _, err := RestoreKept(filepath.Join(dir, "felstavad", "lista.db"), good); !isKind(err, Missing) {
		t.Errorf("restore into a missing folder: %v", err)
	}
	for _, from := range []string{bad, filepath.Join(dir, "saknas.db"), path} {
		if _, err := RestoreKept(path, from); err == nil {
			t.Errorf("restored from %s", from)
		}
		if d := diff(before, snapshot(t, dir)); len(d) > 0 {
			t.Errorf("restore from %s changed %v", from, d)
		}
	}
}

// TestRestoreWithoutACurrentFile restores where the database was deleted.
func TestRestoreWithoutACurrentFile(t *testing.T) {
	db, path := openTemp(t)
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "Kvar"}))
	b, err := db.Backup(ctx, "manuell")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	os.Remove(path)
	os.Remove(path + "-wal")
	kept, err := RestoreKept(path, b)
	if err != nil || kept != "" {
		t.Fatalf("kept %q, %v", kept, err)
	}
	db2, err := OpenExisting(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if a, _ := db2.AssetByName(ctx, "Kvar"); a == nil {
		t.Error("not restored")
	}
}

// TestRestoreAnOlderBackup: a backup from before an upgrade can be
// restored, and is upgraded at the next open.
func TestRestoreAnOlderBackup(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "gammal.db")
	raw := rawOpen(t, old)
	raw.Exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
	for _, m := range migrations()[:2] {
		if _, err := raw.Exec(m.sql); err != nil {
			t.Fatal(err)
		}
	}
	raw.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 2", applicationID))
	raw.Exec(`INSERT INTO assets (name, name_key, created_at, updated_at) VALUES ('Gammal', 'gammal', 'x', 'x')`)
	raw.Close()
	path := filepath.Join(dir, "lista.db")
	healthy(t, path, 1)
	if err := Restore(path, old); err != nil {
		t.Fatal(err)
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if a, _ := db.AssetByName(ctx, "Gammal"); a == nil {
		t.Error("the older backup was not restored")
	}
}
