package ui

import (
	"errors"
	"os"
	"os/exec"
	"testing"
)

// TestMain runs the tests in Swedish, the interface's own language, with
// a configuration folder of their own and no Documents folder.
//
// It runs them with FYNE_CACHE set long. Fyne's widget cache stamps a
// renderer with the clock as last read by a canvas Capture, and a Capture
// destroys the renderers whose stamp is more than FYNE_CACHE (a minute by
// default) old: after a minute of tests that take no picture, the first
// golden image destroyed the live window's own renderers and showed
// buttons without backgrounds and labels unwrapped. The variable is read
// when the package starts, so TestMain starts the test binary again with
// it set.
func TestMain(m *testing.M) {
	if os.Getenv("FYNE_CACHE") == "" {
		os.Exit(rerunWith("FYNE_CACHE=24h"))
	}
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

// rerunWith runs this test binary again, with its arguments, its output
// and env added to its environment, and returns its exit code.
func rerunWith(env string) int {
	cmd := exec.Command(os.Args[0], os.Args[1:]...)
	cmd.Env = append(os.Environ(), env)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	}
	panic(err)
}
