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
	model := fs.String("model", "", modelFlagHelp+" för en ny databas (standard: msb)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("demo: okänt argument %q", fs.Arg(0))
	}
	if *n < 0 {
		return fmt.Errorf("demo: -n är antalet tillgångar och kan inte vara negativt (%d)", *n)
	}
	svc, err := openDemo(*path, *model)
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

// openDemo opens the database the demo fills: without a model the file
// as Open makes it (a new one in MSB 1–4), with one a new database in
// that model, or an existing one that already has it.
func openDemo(path, model string) (*app.Service, error) {
	if model == "" {
		return app.Open(path)
	}
	m, err := app.LoadModel(model)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err != nil {
		return app.NewDatabase(path, m)
	}
	svc, err := app.Open(path)
	if err != nil {
		return nil, err
	}
	if got := svc.Model(); got.ID != m.ID {
		svc.Close()
		return nil, fmt.Errorf("demo: databasen %s har redan modellen %s; -model %s gäller bara en ny databas", path, got.Name, model)
	}
	return svc, nil
}
