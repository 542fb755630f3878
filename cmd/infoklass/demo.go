package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/infoklass/infoklass/internal/demo"
	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// runDemo fills a new database with the demo district.
func runDemo(args []string) error {
	fs := flag.NewFlagSet("infoklass demo", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil att fylla (får inte innehålla tillgångar)")
	n := fs.Int("n", 0, "antal tillgångar totalt; fler än demoförvaltningens fylls ut med syntetiska")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("demo: okänt argument %q", fs.Arg(0))
	}
	db, err := sqlite.Open(*path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := demo.Fill(db, domain.Today(), *n); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(os.Stdout, "Demodata skrevs till %s\n", db.Path())
	return nil
}
