package ui

import (
	"os"
	"testing"
)

// TestMain runs the tests in Swedish, the interface's own language, with
// a configuration folder of their own.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "infoklass-ui-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	os.Setenv("LC_ALL", "sv_SE.UTF-8")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
