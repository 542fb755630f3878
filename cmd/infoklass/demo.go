package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/infoklass/infoklass/internal/app"
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
	if *n < 0 {
		return fmt.Errorf("demo: -n är antalet tillgångar och kan inte vara negativt (%d)", *n)
	}
	svc, err := app.Open(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	if err := svc.FillDemo(context.Background(), *n); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(os.Stdout, "Demodata skrevs till %s\n", svc.Path())
	return nil
}
