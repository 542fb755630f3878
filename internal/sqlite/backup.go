package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// errLocked is returned by lockFile when another writer holds the lock.
var errLocked = errors.New("locked")

// KeepBackups is how many backups of each rotating reason (daily, before
// an import, …) are kept beside a database. Backups taken before an
// upgrade or a restore are kept apart: not counted and never removed.
const KeepBackups = 10

// backupDirName is the folder beside the database that holds its backups.
const backupDirName = "säkerhetskopior"

// Backup is one backup file of a database.
type Backup struct {
	Path     string
	Time     time.Time
	Reason   string // "dagligen", "före uppgradering", "före återställning", …
	Size     int64  // bytes, with the WAL kept beside it, if any
	Rotating bool   // one of the KeepBackups kept of its reason; false before an upgrade or a restore
	Legacy   bool   // named by the file name without its extension, as before version 0.9
}

// BackupDir returns the folder that holds the backups of the database at
// path: säkerhetskopior beside the real file (symbolic links resolved).
func BackupDir(path string) string {
	if c, err := canonical(path); err == nil {
		path = c
	}
	return filepath.Join(filepath.Dir(path), backupDirName)
}

const backupTimeLayout = "20060102-150405"

// reasonDaily is the reason of the daily backups.
const reasonDaily = "dagligen"

// keptReasons are the reasons whose backups never rotate away.
var keptReasons = map[string]bool{"fore-uppgradering": true, "fore-aterstallning": true}

var reasonWords = map[string]string{
	reasonDaily:          "dagligen",
	"fore-uppgradering":  "före uppgradering",
	"fore-aterstallning": "före återställning",
	"fore-import":        "före import",
	"manuell":            "manuell",
}

// backupName is the file name of a backup of the database named base
// (its full file name, so that lista.db and lista.sqlite in one folder
// never share backups), taken at t for reason, with n > 1 when another
// backup has the same second.
func backupName(base string, t time.Time, reason string, n int) string {
	if n > 1 {
		reason += "-" + strconv.Itoa(n)
	}
	return fmt.Sprintf("%s-%s-%s.db", base, t.Format(backupTimeLayout), reason)
}

// freeBackupPath returns a backup path for the database at path that no
// file has yet.
func freeBackupPath(path string, t time.Time, reason string) string {
	dir := BackupDir(path)
	for n := 1; ; n++ {
		p := filepath.Join(dir, backupName(filepath.Base(path), t, reason, n))
		if _, err := os.Lstat(p + "-wal"); err == nil {
			continue
		}
		if _, err := os.Lstat(p); errors.Is(err, os.ErrNotExist) {
			return p
		}
	}
}

// Backup writes a consistent copy of the database to its backup folder,
// named by the database's full file name, the time and the reason
// ("dagligen", "fore-uppgradering", "fore-import", …), and returns its
// path. The copy is written under a temporary name and renamed when
// complete, so a backup that is listed is whole. Backups of a reason
// other than "fore-uppgradering" and "fore-aterstallning" rotate: the
// oldest beyond KeepBackups of that reason are removed. A command that
// changes data takes one with reason "fore-import" (or similar) first.
func (s *DB) Backup(ctx context.Context, reason string) (string, error) {
	dir := BackupDir(s.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	dst := freeBackupPath(s.path, s.now(), reason)
	tmp := filepath.Join(dir, "."+filepath.Base(dst)+".tmp")
	os.Remove(tmp)
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("backup of %s: %w", s.path, err)
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("backup of %s: %w", s.path, err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("backup of %s: %w", s.path, err)
	}
	syncDir(dir)
	if !keptReasons[reason] {
		if err := prune(s.path, KeepBackups); err != nil {
			return dst, err
		}
	}
	return dst, nil
}

// DailyBackup makes the day's backup unless one was made today.
func (s *DB) DailyBackup(ctx context.Context) error {
	if s.readOnly {
		return nil
	}
	list, err := Backups(s.path)
	if err != nil {
		return err
	}
	today := s.now().Format("20060102")
	for _, b := range list {
		if !b.Legacy && b.Time.Format("20060102") == today {
			return nil
		}
	}
	_, err = s.Backup(ctx, reasonDaily)
	return err
}

// Backups lists the backups of the database at path, newest first: those
// named by its full file name, and those an earlier Infoklass named by
// the name without its extension (Legacy; a database without extension
// beside one with the same name and an extension sees both). It reads
// only the backup folder, so it works for a database that cannot be
// opened.
func Backups(path string) ([]Backup, error) {
	if c, err := canonical(path); err == nil {
		path = c
	}
	dir := BackupDir(path)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backups of %s: %w", path, err)
	}
	base := filepath.Base(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	var out []Backup
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".db") || strings.HasPrefix(n, ".") || !e.Type().IsRegular() {
			continue
		}
		b, ok := parseBackup(n, base)
		if !ok && stem != base {
			b, ok = parseBackup(n, stem)
			b.Legacy = true
		}
		if !ok {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		b.Path = filepath.Join(dir, n)
		b.Size = info.Size() + sideSize(b.Path+"-wal")
		out = append(out, b)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].Path > out[j].Path
	})
	return out, nil
}

// parseBackup reads a backup file name of the database named base.
func parseBackup(name, base string) (Backup, bool) {
	if !strings.HasPrefix(name, base+"-") {
		return Backup{}, false
	}
	rest := strings.TrimSuffix(strings.TrimPrefix(name, base+"-"), ".db")
	if len(rest) < len(backupTimeLayout)+2 || rest[len(backupTimeLayout)] != '-' {
		return Backup{}, false
	}
	t, err := time.ParseInLocation(backupTimeLayout, rest[:len(backupTimeLayout)], time.Local)
	if err != nil {
		return Backup{}, false
	}
	reason := rest[len(backupTimeLayout)+1:]
	if i := strings.LastIndexByte(reason, '-'); i > 0 {
		if _, err := strconv.Atoi(reason[i+1:]); err == nil {
			reason = reason[:i]
		}
	}
	b := Backup{Time: t, Reason: reason, Rotating: !keptReasons[reason]}
	if w, ok := reasonWords[reason]; ok {
		b.Reason = w
	}
	return b, true
}

// prune removes all but the newest keep backups of each rotating reason
// of the database at path. Backups before an upgrade or a restore, and
// those of the earlier naming, are kept.
func prune(path string, keep int) error {
	list, err := Backups(path)
	if err != nil {
		return err
	}
	n := map[string]int{}
	for _, b := range list {
		if !b.Rotating || b.Legacy {
			continue
		}
		if n[b.Reason]++; n[b.Reason] > keep {
			if err := os.Remove(b.Path); err != nil {
				return fmt.Errorf("remove old backup: %w", err)
			}
		}
	}
	return nil
}

// Restore replaces the database at path with the backup at from. See
// RestoreKept, which also tells where the current file was kept.
func Restore(path, from string) error {
	_, err := RestoreKept(path, from)
	return err
}

// RestoreKept replaces the database at path with the backup at from and
// returns where the file it replaced was kept ("" if there was none).
//
// It promises:
//   - The backup is checked first, without writing to it: it must be an
//     Infoklass database this program can open (an older one is upgraded
//     at the next open) that passes SQLite's quick check. Otherwise the
//     *OpenError says why, and nothing has changed.
//   - The database must not be open in any Infoklass (an *OpenError of
//     Kind Locked otherwise); the lock is held until the restore is done.
//     Its folder must exist (Kind Missing otherwise): no folder is made.
//   - The current file is never deleted: it is kept, byte for byte and
//     with its -wal, in the backup folder under a name saying "före
//     återställning", which the daily rotation never removes. It need
//     not be openable: a file refused as damaged can be restored over.
//   - The restored database is written beside path under a temporary name,
//     synced, and renamed over path, so path is at every moment the old
//     main file or the restored one.
func RestoreKept(path, from string) (kept string, err error) {
	if path, err = canonical(path); err != nil {
		return "", &OpenError{Path: path, Kind: Other, Err: err}
	}
	if from, err = canonical(from); err != nil {
		return "", &OpenError{Path: from, Kind: Other, Err: err}
	}
	if from == path {
		return "", fmt.Errorf("%s är själva databasen och inte en säkerhetskopia av den; välj en kopia i %s", from, BackupDir(path))
	}
	st, err := inspect(from)
	switch {
	case err != nil:
		return "", err
	case st.missing:
		return "", &OpenError{Path: from, Kind: Missing, Err: os.ErrNotExist}
	case st.empty:
		return "", &OpenError{Path: from, Kind: Empty, Err: errors.New("no Infoklass tables")}
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		// A mistyped path does not become a new folder.
		return "", &OpenError{Path: path, Kind: Missing, Err: os.ErrNotExist}
	}
	lock, err := lockFile(path + ".lock")
	switch {
	case errors.Is(err, errLocked):
		return "", &OpenError{Path: path, Kind: Locked, Err: err}
	case err != nil:
		return "", fmt.Errorf("restore %s: %w", path, err)
	}
	defer lock.Close()

	tmp, err := restoredCopy(from, dir)
	if err != nil {
		return "", fmt.Errorf("restore %s from %s: %w", path, from, err)
	}
	defer os.Remove(tmp) // gone by the rename unless something failed

	if info, err := os.Lstat(path); err == nil {
		if !info.Mode().IsRegular() {
			return "", fmt.Errorf("%s är ingen vanlig fil och kan inte ersättas med en säkerhetskopia", path)
		}
		if kept, err = keepAside(path); err != nil {
			return "", fmt.Errorf("restore %s: keep the current file: %w", path, err)
		}
	}
	os.Remove(path + "-shm") // the index of a WAL kept aside; nobody has the file open
	if err := os.Remove(path + "-wal"); err != nil && !errors.Is(err, os.ErrNotExist) {
		return kept, fmt.Errorf("restore %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return kept, fmt.Errorf("restore %s: %w", path, err)
	}
	syncDir(dir)
	return kept, nil
}

// restoredCopy writes a consistent copy of the backup at from (with its
// WAL, if it has one) to a new temporary file in dir, synced, and
// returns its name.
func restoredCopy(from, dir string) (string, error) {
	f, err := os.CreateTemp(dir, ".infoklass-aterstallning-*.db")
	if err != nil {
		return "", err
	}
	tmp := f.Name()
	f.Close()
	src, err := openSource(from, false)
	if err != nil {
		os.Remove(tmp)
		return "", err
	}
	defer src.close()
	db, err := sql.Open("sqlite", src.dsn)
	if err != nil {
		os.Remove(tmp)
		return "", err
	}
	defer db.Close()
	if _, err := db.Exec("VACUUM INTO ?", tmp); err != nil {
		os.Remove(tmp)
		return "", err
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return "", err
	}
	return tmp, nil
}

// keepAside keeps the database file at path, and its WAL, in the backup
// folder without copying them through SQLite: a hard link to the file
// (a copy where links are not possible) and the WAL moved beside it. It
// returns the kept file's path.
func keepAside(path string) (string, error) {
	dir := BackupDir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	aside := freeBackupPath(path, time.Now(), "fore-aterstallning")
	if err := os.Link(path, aside); err != nil {
		if err := copyFile(path, aside); err != nil {
			os.Remove(aside)
			return "", err
		}
		syncFile(aside)
	}
	if sideSize(path+"-wal") > 0 {
		if err := os.Rename(path+"-wal", aside+"-wal"); err != nil {
			if err := copyFile(path+"-wal", aside+"-wal"); err != nil {
				return "", err
			}
			syncFile(aside + "-wal")
		}
	}
	syncDir(dir)
	return aside, nil
}

// syncFile flushes the file at path to disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncDir flushes a folder's entries to disk, where the system allows it.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
