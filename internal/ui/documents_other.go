//go:build !windows

package ui

import (
	"os"
	"path/filepath"
)

// userDocuments returns $XDG_DOCUMENTS_DIR, or ~/Documents.
func userDocuments() string {
	if d := os.Getenv("XDG_DOCUMENTS_DIR"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, "Documents")
}
