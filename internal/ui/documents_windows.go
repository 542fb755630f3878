package ui

import "golang.org/x/sys/windows"

// userDocuments returns the Documents folder Windows knows for the user,
// wherever IT redirected it.
func userDocuments() string {
	d, err := windows.KnownFolderPath(windows.FOLDERID_Documents, 0)
	if err != nil {
		return ""
	}
	return d
}
