package sqlite

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// errLocked is returned by lockFile when another writer holds the lock.
var errLocked = errors.New("locked")

// KeepBackups is how many backups are kept beside a database.
const KeepBackups = 10

// backupDirName is the folder beside the database that holds its backups.
const backupDirName = "säkerhetskopior"

// Backup is one backup file of a database.
type Backup struct {
	Path   string
	Time   time.Time
	Reason string // "dagligen", "före uppgradering", "före återställning"
	Size   int64
}

// BackupDir returns the folder that holds the backups of the database at path.
func BackupDir(path string) string { return filepath.Join(filepath.Dir(path), backupDirName) }

const backupTimeLayout = "20060102-150405"

var reasonWords = map[string]string{
	"dagligen":           "dagligen",
	"fore-uppgradering":  "före uppgradering",
	"fore-aterstallning": "före återställning",
	"manuell":            "manuell",
}

// Backup writes a consistent copy of the database to its backup folder,
// named by time and reason ("dagligen", "fore-uppgradering", …), and
// removes the oldest beyond KeepBackups.
func (s *DB) Backup(reason string) (string, error) {
	dir := BackupDir(s.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("backup: %w", err)
	}
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	name := fmt.Sprintf("%s-%s-%s.db", base, s.now().Format(backupTimeLayout), reason)
	dst := filepath.Join(dir, name)
	os.Remove(dst) // a second backup within the same second replaces the first
	if _, err := s.db.Exec("VACUUM INTO ?", dst); err != nil {
		return "", fmt.Errorf("backup to %s: %w", dst, err)
	}
	if err := prune(s.path, KeepBackups); err != nil {
		return dst, err
	}
	return dst, nil
}

// DailyBackup makes the day's backup unless one was made today.
func (s *DB) DailyBackup() error {
	if s.readOnly {
		return nil
	}
	list, err := Backups(s.path)
	if err != nil {
		return err
	}
	today := s.now().Format("20060102")
	for _, b := range list {
		if b.Time.Format("20060102") == today {
			return nil
		}
	}
	_, err = s.Backup("dagligen")
	return err
}

// Backups lists the backups of the database at path, newest first.
func Backups(path string) ([]Backup, error) {
	dir := BackupDir(path)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backups: %w", err)
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + "-"
	var out []Backup
	for _, e := range entries {
		n := e.Name()
		if !strings.HasPrefix(n, base) || !strings.HasSuffix(n, ".db") {
			continue
		}
		rest := strings.TrimSuffix(strings.TrimPrefix(n, base), ".db")
		if len(rest) < len(backupTimeLayout)+1 {
			continue
		}
		t, err := time.ParseInLocation(backupTimeLayout, rest[:len(backupTimeLayout)], time.Local)
		if err != nil {
			continue
		}
		reason := strings.TrimPrefix(rest[len(backupTimeLayout):], "-")
		if w, ok := reasonWords[reason]; ok {
			reason = w
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, Backup{Path: filepath.Join(dir, n), Time: t, Reason: reason, Size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

// prune removes all but the newest keep backups of the database at path.
func prune(path string, keep int) error {
	list, err := Backups(path)
	if err != nil {
		return err
	}
	for i := keep; i < len(list); i++ {
		if err := os.Remove(list[i].Path); err != nil {
			return fmt.Errorf("remove old backup: %w", err)
		}
	}
	return nil
}

// Restore replaces the database at path with the backup at from. The
// database must not be open. The current file is backed up first, so a
// restore can itself be undone, and the backup is checked before anything
// is replaced.
func Restore(path, from string) error {
	check, err := OpenReadOnly(from)
	if err != nil {
		return err
	}
	check.Close()
	cur, err := Open(path)
	if err != nil {
		return fmt.Errorf("restore: the current file: %w", err)
	}
	_, err = cur.Backup("fore-aterstallning")
	cur.Close()
	if err != nil {
		return err
	}
	src, err := os.Open(from)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer src.Close()
	tmp, err := os.CreateTemp(filepath.Dir(path), ".infoklass-restore-*")
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, src); err != nil {
		tmp.Close()
		return fmt.Errorf("restore: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("restore: %w", err)
	}
	tmp.Close()
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}
