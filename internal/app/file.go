package app

import (
	"sort"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// Backup is one backup of a database file.
type Backup = sqlite.Backup

// SaveCopy writes a consistent copy of the open database to path.
func (s *Service) SaveCopy(path string) error {
	if same(path, s.db.Path()) {
		return errCopyOntoItself
	}
	return onFile(path, writeCopy, s.db.SaveCopy(s.ctx, path))
}

// Backup writes a backup of the database now, named for reason, and
// returns its path.
func (s *Service) Backup(reason string) (string, error) {
	p, err := s.db.Backup(s.ctx, reason)
	return p, onFile(s.db.Path(), writeBackup, err)
}

// DailyBackup makes the day's backup, once per day the file is used.
func (s *Service) DailyBackup() error {
	return onFile(s.db.Path(), writeBackup, s.db.DailyBackup(s.ctx))
}

// Backups lists the backups of the database file at path, newest first.
// It works for a file that cannot be opened too.
func Backups(path string) ([]Backup, error) { return sqlite.Backups(path) }

// ReasonOwnCopy is the Reason of a restore point the user saved.
const ReasonOwnCopy = sqlite.ReasonOwnCopy

// RestorePoints lists what the database at path can be restored from,
// newest first: its backups and the copies the user saved of it (Spara
// kopia som…) that still exist, the latter with Reason "egen kopia".
// Like Backups it works for a database that cannot be opened.
func RestorePoints(path string) ([]Backup, error) {
	bs, err := sqlite.Backups(path)
	if err != nil {
		return nil, err
	}
	cs, err := sqlite.Copies(path)
	if err != nil {
		return nil, err
	}
	out := append(bs, cs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}

// BackupDir returns the folder that holds the backups of the file at path.
func BackupDir(path string) string { return sqlite.BackupDir(path) }

// Restore replaces the database file at path with backup from. The
// current file is kept aside first. The file must not be open.
func Restore(path, from string) error { return sqlite.Restore(path, from) }

// RestoreKept is Restore, and tells where the current file was kept.
func RestoreKept(path, from string) (kept string, err error) { return sqlite.RestoreKept(path, from) }
