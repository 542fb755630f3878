// Command infoklass is the Infoklass desktop application: information
// classification, threshold analysis and the prioritised list for a
// Swedish municipality, kept in one local SQLite file.
//
// Usage:
//
//	infoklass [-db FIL]                 öppnar programmet
//	infoklass demo [-db FIL] [-n N]     fyller en ny databas med en demoförvaltning
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2/app"

	"github.com/infoklass/infoklass/assets"
	"github.com/infoklass/infoklass/internal/ui"
)

// appID is the application's unique ID, as in FyneApp.toml.
const appID = "se.infoklass.app"

func main() {
	if err := run(os.Args[1:]); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "infoklass:", err)
		}
		os.Exit(2)
	}
}

func run(args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "demo":
			return runDemo(args[1:])
		}
	}
	fs := flag.NewFlagSet("infoklass", flag.ContinueOnError)
	dbPath := fs.String("db", "", "databasfil att öppna (standard: senast öppnade, annars "+defaultDBPath()+")")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("okänt argument %q; se infoklass -h", fs.Arg(0))
	}
	useSwedish()
	a := app.NewWithID(appID)
	a.SetIcon(assets.Icon)
	u := ui.New(a)
	path := *dbPath
	if path == "" {
		path = ui.LastDatabase(a)
		if _, err := os.Stat(path); path == "" || err != nil {
			path = defaultDBPath()
		}
	}
	u.Open(path) // a file that cannot be opened is explained in the window
	u.Window().ShowAndRun()
	return nil
}

// useSwedish makes Fyne's own texts (dialog buttons, file dialogs)
// Swedish, like the rest of the program.
func useSwedish() {
	os.Setenv("LC_ALL", "sv_SE.UTF-8")
}
