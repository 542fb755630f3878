//go:build windows

package sqlite

import (
	"os"

	"golang.org/x/sys/windows"
)

// identityOffset is the byte range locked on the database file itself:
// far beyond any page and beyond SQLite's own lock bytes (at 1 GiB), so
// that the mandatory lock never blocks a read or write of SQLite's. A
// lock belongs to the file, not to its name, so every hard link to it
// meets the same lock (the file ID that GetFileInformationByHandle
// reports is one for all its names).
const identityOffset = 0x7FFF0000

// lockIdentity takes an exclusive lock on the database file itself, so
// that a second name for an open database is refused like the first.
// It is held as long as the returned file is open.
func lockIdentity(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	ol := windows.Overlapped{OffsetHigh: identityOffset}
	if err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol); err != nil {
		f.Close()
		return nil, errLocked
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
	h := windows.Handle(f.Fd())
	ol := windows.Overlapped{OffsetHigh: identityOffset}
	if err := windows.LockFileEx(h, windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol); err != nil {
		return true
	}
	windows.UnlockFileEx(h, 0, 1, 0, &ol)
	return false
}
