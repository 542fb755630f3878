package ui

import (
	"path/filepath"
	"testing"
)

func TestFileDialogStart(t *testing.T) {
	docs := t.TempDir()
	db := filepath.Join(t.TempDir(), "data", "infoklass.db")
	for _, c := range []struct{ docs, db, want string }{
		{docs, db, docs},
		{filepath.Join(docs, "saknas"), db, filepath.Dir(db)},
		{"", db, filepath.Dir(db)},
		{"", "", ""},
		{docs, "", docs},
	} {
		if got := fileDialogStart(c.docs, c.db); got != c.want {
			t.Errorf("fileDialogStart(%q, %q) = %q, want %q", c.docs, c.db, got, c.want)
		}
	}
}
