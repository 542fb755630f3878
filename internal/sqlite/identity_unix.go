//go:build !windows

package sqlite

import "os"

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
	return flockOrClose(f)
}

// identityHeld reports whether another writer holds the database file
// at path under any of its names: the same test as for the lock file.
func identityHeld(path string) bool { return lockHeld(path) }
