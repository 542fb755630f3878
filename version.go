// Package infoklass holds what the whole program shares: its version, read
// from FyneApp.toml so that the packaging tool and the binary agree.
package infoklass

import (
	_ "embed"
	"regexp"
)

//go:embed FyneApp.toml
var appToml string

var versionLine = regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`)

// Version returns the application version of FyneApp.toml.
func Version() string {
	if m := versionLine.FindStringSubmatch(appToml); m != nil {
		return m[1]
	}
	return "okänd"
}
