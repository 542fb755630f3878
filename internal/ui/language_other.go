//go:build !windows

package ui

// systemLanguage is Windows' display language; elsewhere the locale
// variables that Language reads say it.
func systemLanguage() string { return "" }

// forceLanguage is needed on Windows only: elsewhere Fyne follows the
// LC_ALL that UseLanguage sets.
func forceLanguage(string) {}
