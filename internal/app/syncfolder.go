package app

import (
	"os"
	"strings"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// SyncedFolder returns what serves the folder of path when it is a sync
// client's folder or a network share, where SQLite's WAL is not safe, or ""
// for a local folder: "OneDrive", "Dropbox", "Google Drive", "iCloud Drive"
// or "en nätverksresurs". It looks at the path itself (UNC paths, the
// folder names the clients use), at the OneDrive folders Windows names in
// %OneDrive% and %OneDriveCommercial%, and on Windows at the drive's type,
// so that a mapped network drive (H:) counts too.
func SyncedFolder(path string) string {
	return syncedFolder(path, os.Getenv, remoteDrive)
}

// OpenExclusive opens the database at path without WAL and with an
// exclusive lock: the way to open one that SyncedFolder names.
func OpenExclusive(path string, opts ...Option) (*Service, error) {
	return open(path, sqlite.OpenExclusive, opts)
}

// Exclusive reports whether the database was opened by OpenExclusive.
func (s *Service) Exclusive() bool { return s.db.Exclusive() }

const networkShare = "en nätverksresurs"

// syncFolderNames maps a folder name, lower case, to its client. A client
// may add a suffix: "OneDrive - Kommunen", "Dropbox (Kommunen)".
var syncFolderNames = []struct{ prefix, client string }{
	{"onedrive", "OneDrive"},
	{"dropbox", "Dropbox"},
	{"google drive", "Google Drive"},
	{"googledrive", "Google Drive"},
	{"my drive", "Google Drive"},
	{"min enhet", "Google Drive"},
	{"icloud drive", "iCloud Drive"},
	{"iclouddrive", "iCloud Drive"},
	{"mobile documents", "iCloud Drive"},
}

func syncedFolder(path string, getenv func(string) string, remote func(string) bool) string {
	p := strings.ReplaceAll(path, `\`, "/")
	lp := strings.ToLower(p)
	switch {
	case strings.HasPrefix(lp, "//?/unc/"), strings.HasPrefix(lp, "//") && !strings.HasPrefix(lp, "//?/") && !strings.HasPrefix(lp, "//./"):
		return networkShare
	}
	for _, v := range []string{"OneDrive", "OneDriveCommercial", "OneDriveConsumer"} {
		if d := strings.TrimRight(strings.ReplaceAll(getenv(v), `\`, "/"), "/"); d != "" {
			if ld := strings.ToLower(d); lp == ld || strings.HasPrefix(lp, ld+"/") {
				return "OneDrive"
			}
		}
	}
	parts := strings.Split(lp, "/")
	for _, dir := range parts[:len(parts)-1] { // the folders, not the file
		for _, n := range syncFolderNames {
			if dir == n.prefix || strings.HasPrefix(dir, n.prefix+" ") || strings.HasPrefix(dir, n.prefix+"-") {
				return n.client
			}
		}
	}
	if remote != nil && remote(path) {
		return networkShare
	}
	return ""
}
