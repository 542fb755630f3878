package ui

import (
	"os"
	"testing"
)

// TestMain runs the tests in Swedish, the interface's own language, with
// a configuration folder of their own and no Documents folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "infoklass-ui-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	os.Setenv("LC_ALL", "sv_SE.UTF-8")
	// File dialogs start in the database's folder, never a real Documents.
	documentsDir = func() string { return "" }
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
