package sqlite

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ReasonOwnCopy is the Reason of a copy the user saved (Spara kopia som…).
const ReasonOwnCopy = "egen kopia"

// copiesFile is the list of the user's own copies of the database at
// path, kept in its backup folder: one absolute path a line. It lives
// beside the backups so that the list outlives a restore and can be read
// when the database itself cannot be opened.
func copiesFile(path string) string {
	if c, err := canonical(path); err == nil {
		path = c
	}
	return filepath.Join(BackupDir(path), filepath.Base(path)+".egna-kopior.txt")
}

// rememberCopy adds copy to the list of the user's own copies of the
// database at path.
func rememberCopy(path, copy string) error {
	abs, err := filepath.Abs(copy)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(BackupDir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(copiesFile(path), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintln(f, abs); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Copies lists the user's own copies of the database at path that still
// exist where they were saved, newest first, with Reason ReasonOwnCopy
// and the time the copy was written. Like Backups it works for a
// database that cannot be opened.
func Copies(path string) ([]Backup, error) {
	f, err := os.Open(copiesFile(path))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("own copies of %s: %w", path, err)
	}
	defer f.Close()
	seen := map[string]bool{}
	var out []Backup
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.TrimSpace(sc.Text())
		if p == "" || seen[p] {
			continue
		}
		seen[p] = true
		info, err := os.Stat(p)
		if err != nil || !info.Mode().IsRegular() {
			continue // moved or removed since: not offered
		}
		out = append(out, Backup{Path: p, Time: info.ModTime(), Reason: ReasonOwnCopy, Size: info.Size()})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("own copies of %s: %w", path, err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Time.After(out[j].Time) })
	return out, nil
}
