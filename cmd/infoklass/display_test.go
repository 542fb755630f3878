package main

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestDisplayProblem(t *testing.T) {
	cases := []struct {
		goos, display, wayland string
		ok                     bool
	}{
		{"linux", "", "", false},
		{"linux", ":0", "", true},
		{"linux", "", "wayland-0", true},
		{"freebsd", "", "", false},
		{"windows", "", "", true},
		{"darwin", "", "", true},
	}
	for _, c := range cases {
		env := map[string]string{"DISPLAY": c.display, "WAYLAND_DISPLAY": c.wayland}
		err := displayProblem(c.goos, func(k string) string { return env[k] })
		if (err == nil) != c.ok {
			t.Errorf("%+v: %v", c, err)
		}
	}
}

// TestNoDisplayTouchesNoFile starts the program without a display: it
// ends with the Swedish message before any database, folder or backup is
// made.
func TestNoDisplayTouchesNoFile(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the display is told by the environment on Linux")
	}
	home := t.TempDir()
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "config"))
	t.Setenv("HOME", home)
	db := filepath.Join(home, "ny", "lista.db")
	for _, args := range [][]string{{"-db", db}, nil} {
		err := run(args)
		if !errors.Is(err, errNoDisplay) {
			t.Fatalf("run %v without a display: %v", args, err)
		}
	}
	entries, _ := os.ReadDir(home)
	if len(entries) > 0 {
		t.Errorf("files were made without a display: %v", entries)
	}
}
