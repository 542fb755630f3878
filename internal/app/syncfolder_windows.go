package app

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// remoteDrive reports whether Windows says path's drive is a network drive
// (a mapped share such as H:).
func remoteDrive(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	vol := filepath.VolumeName(abs)
	if vol == "" {
		return false
	}
	root, err := windows.UTF16PtrFromString(vol + `\`)
	if err != nil {
		return false
	}
	return windows.GetDriveType(root) == windows.DRIVE_REMOTE
}
