// Command infoklass is the Infoklass desktop application: information
// classification, threshold analysis and the prioritised list for a
// Swedish municipality, kept in one local SQLite file.
//
// Run infoklass help for the commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/infoklass/infoklass"
	"github.com/infoklass/infoklass/assets"
	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/ui"
)

// appID is the application's unique ID, as in FyneApp.toml.
const appID = "se.infoklass.app"

const usage = `Infoklass – informationsklassning, tröskelanalys och prioriteringslista

  infoklass [-db FIL]                                 öppnar programmet
  infoklass export [-db FIL] -o FIL.xlsx [-asset NAMN [-protocol]] [-history]
  infoklass import [-db FIL] [-dry-run] [-sheet BLAD] [-map 'Rubrik=fält']… [-levels 'Låg=1,…'] [-status 'Klar=Fastställd'] [-hidden] LISTA.xlsx
  infoklass report -year ÅR [-db FIL] -o FIL.docx   skriver Ledningens genomgång för året (Word; .xlsx ger bilagan med siffrorna)
  infoklass plan -year ÅR [-db FIL] -o FIL.xlsx      skriver årets plan (Årsplan) som Excel, utskriftsklar på A4
  infoklass protocol [-db FIL] -asset NAMN [-o FIL.pdf]  skriver klassningens protokoll som PDF att skriva under
  infoklass new -db FIL [-model klassa|msb|FIL.json]  skapar en ny databas med en klassningsmodell (standard klassa)
  infoklass model [-db FIL]                           visar databasens klassningsmodell
  infoklass demo [-db FIL] [-n ANTAL] [-model klassa|msb|FIL.json]  fyller en ny databas med en demoförvaltning
  infoklass check [-db FIL]                           kontrollerar databasen
  infoklass restore [-db FIL] [KOPIA]                 visar säkerhetskopiorna, eller återställer en
  infoklass --version
`

func main() {
	if len(os.Args) > 1 && isSubcommand(os.Args[1]) {
		attachConsole()
	}
	closeOnSignal()
	if err := run(os.Args[1:]); err != nil {
		switch {
		case errors.Is(err, flag.ErrHelp):
		case errors.Is(err, errFailed):
		default:
			fmt.Fprintln(os.Stderr, "infoklass:", app.CLIMessage(err))
		}
		os.Exit(1)
	}
}

// isSubcommand reports whether arg names a command that prints rather
// than opening the window.
func isSubcommand(arg string) bool {
	switch arg {
	case "demo", "export", "import", "check", "restore", "report", "new", "model", "plan",
		"version", "--version", "-version", "help", "-h", "--help":
		return true
	}
	return false
}

func run(args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "demo":
			return runDemo(args[1:])
		case "new":
			return runNew(args[1:], os.Stdout)
		case "model":
			return runModel(args[1:], os.Stdout)
		case "export":
			return runExport(args[1:], os.Stdout)
		case "import":
			return runImport(args[1:], os.Stdout, os.Stderr)
		case "check":
			return runCheck(args[1:], os.Stdout)
		case "restore":
			return runRestore(args[1:], os.Stdout)
		case "report":
			return runReport(args[1:], os.Stdout)
		case "plan":
			return runPlan(args[1:], os.Stdout)
		case "protocol":
			return runProtocol(args[1:], os.Stdout)
		case "version", "--version", "-version":
			fmt.Println("Infoklass", infoklass.Version())
			return nil
		case "help", "-h", "--help":
			fmt.Print(usage)
			return nil
		}
	}
	fs := flag.NewFlagSet("infoklass", flag.ContinueOnError)
	dbPath := fs.String("db", "", "databasfil att öppna (standard: senast öppnade, annars "+defaultDBPath()+")")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("okänt argument %q; se infoklass -h", fs.Arg(0))
	}
	if err := checkDisplay(); err != nil {
		return err
	}
	ui.UseLanguage()
	a := fyneapp.NewWithID(appID)
	a.SetIcon(assets.Icon)
	u := ui.New(a)
	u.DataDir = dataDir()
	u.DefaultDB = defaultDBPath() // the demo's banner opens it with one click
	path := *dbPath
	if path == "" {
		path = ui.LastDatabase(a)
		if _, err := os.Stat(path); path == "" || err != nil {
			path = defaultDBPath()
		}
	}
	u.Start(path) // a new file asks for its model; one that cannot be opened is explained in the window
	// The window system names the window's class after its first title;
	// show it as plain "Infoklass" so that it matches the desktop file.
	w := u.Window()
	title := w.Title()
	w.SetTitle("Infoklass")
	u.RestorePosition()
	w.Show()
	w.SetTitle(title)
	a.Run()
	return nil
}
