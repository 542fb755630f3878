package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
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
	if m := invalidValue.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Errorf("%s: flaggan -%s fick värdet %q, som inte går att läsa%s", command(fs), m[2], m[1], valueHint(fs, m[2]))
	}
	return fmt.Errorf("%s: fel i flaggorna (%v)", command(fs), err)
}

// invalidValue is the flag package's error for a value it cannot parse:
// invalid value "abc" for flag -year: parse error.
var invalidValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for flag -{1,2}([^:]+):`)

// valueHint says what sort of value flag name takes.
func valueHint(fs *flag.FlagSet, name string) string {
	f := fs.Lookup(name)
	if f == nil {
		return ""
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case int, int64, uint, uint64:
		return "; ange ett heltal, som -" + name + "=" + f.DefValue
	case bool:
		return "; ange -" + name + " eller -" + name + "=false"
	case float64:
		return "; ange ett tal"
	}
	return ""
}

// command is the flag set's name without the program's.
func command(fs *flag.FlagSet) string { return strings.TrimPrefix(fs.Name(), "infoklass ") }

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
