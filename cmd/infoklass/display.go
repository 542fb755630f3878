package main

import (
	"errors"
	"os"
	"runtime"
)

// errNoDisplay ends a start of the window where there is no screen.
var errNoDisplay = errors.New("det finns ingen skärm att visa programfönstret på: varken DISPLAY eller WAYLAND_DISPLAY är satt. Starta Infoklass i en grafisk session (eller över ssh -X), eller använd kommandona export, import, check och restore; se infoklass help. Ingen fil har öppnats eller ändrats")

// checkDisplay tells, before the window is started and before any file
// is touched, when there is no screen to show it on.
func checkDisplay() error { return displayProblem(runtime.GOOS, os.Getenv) }

// displayProblem is checkDisplay for a system and an environment. Only
// X11 and Wayland systems (Linux and the BSDs) say by the environment
// whether there is a display; Windows and macOS always have one for a
// user's program.
func displayProblem(goos string, getenv func(string) string) error {
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly", "solaris", "illumos":
		if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
			return errNoDisplay
		}
	}
	return nil
}
