package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/infoklass/infoklass/internal/app"
)

// errFailed ends a command that has already said why on stderr.
var errFailed = errors.New("misslyckades")

// openForReading opens, read-only, a database that must already exist,
// for a command that only reads it (check, export, report): a mistyped
// path is refused and creates nothing, and an older file is read from an
// upgraded private copy, never upgraded in place or backed up.
func openForReading(path string) (*app.Service, error) { return app.OpenReadOnly(path) }

// parse parses a command's flags, with errors as one Swedish line.
func parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(os.Stdout)
			fs.PrintDefaults()
		}
		return err
	case strings.HasPrefix(err.Error(), "flag needs an argument: "):
		return fmt.Errorf("%s: flaggan %s behöver ett värde", command(fs), strings.TrimPrefix(err.Error(), "flag needs an argument: "))
	case strings.HasPrefix(err.Error(), "flag provided but not defined: "):
		return fmt.Errorf("%s: okänd flagga %s; se infoklass help", command(fs), strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
	}
	return fmt.Errorf("%s: %v", command(fs), err)
}

// command is the flag set's name without the program's.
func command(fs *flag.FlagSet) string { return strings.TrimPrefix(fs.Name(), "infoklass ") }
