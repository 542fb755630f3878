package ui

import (
	"os"
	"path/filepath"
)

// documentsDir returns the user's Documents folder, or "" when there is
// none; replaced by the tests, which must not look into a real one.
var documentsDir = userDocuments

// fileDialogStart returns the folder a file dialog starts in: the user's
// Documents folder (docs), where people keep the lists they import and
// the files they export, or the database's folder when there is none.
func fileDialogStart(docs, dbPath string) string {
	if docs != "" {
		if fi, err := os.Stat(docs); err == nil && fi.IsDir() {
			return docs
		}
	}
	if dbPath != "" {
		return filepath.Dir(dbPath)
	}
	return ""
}
