package main

import (
	"os"
	"path/filepath"
	"runtime"
)

// defaultDBPath returns where the database lives unless the user picks
// another file: the user's data folder for Infoklass. On Linux that is
// $XDG_DATA_HOME/infoklass (normally ~/.local/share/infoklass); on
// Windows %AppData%\Infoklass; on macOS ~/Library/Application Support/Infoklass.
func defaultDBPath() string {
	return filepath.Join(dataDir(), "infoklass.db")
}

func dataDir() string {
	if runtime.GOOS == "linux" || runtime.GOOS == "freebsd" || runtime.GOOS == "openbsd" {
		if d := os.Getenv("XDG_DATA_HOME"); d != "" {
			return filepath.Join(d, "infoklass")
		}
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, ".local", "share", "infoklass")
		}
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "Infoklass")
	}
	return "."
}
