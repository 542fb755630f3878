//go:build !windows

package sqlite

import (
	"errors"
	"os"
	"syscall"
)

// lockIdentity takes an exclusive lock on the database file itself, not
// on a name: every hard link to the file reaches the same inode (device
// and inode number), so a second name for an open database is refused
// like the first. The lock is flock(2), which SQLite's own fcntl locks
// never meet. It is held as long as the returned file is open, and the
// file must be closed only after SQLite's connections to it are.
func lockIdentity(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errLocked
		}
		return nil, err
	}
	return f, nil
}

// identityHeld reports whether another writer holds the database file
// at path under any of its names.
func identityHeld(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return errors.Is(err, syscall.EWOULDBLOCK)
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}
