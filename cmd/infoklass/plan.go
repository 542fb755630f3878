package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// runPlan writes the yearly plan (Årsplan) of a year to an Excel file,
// print-ready on A4.
func runPlan(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass plan", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	year := fs.Int("year", 0, "planens år (i år när det inte anges)")
	out := fs.String("o", "", "Excel-fil att skriva (.xlsx)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("plan: ange filen med -o FIL.xlsx")
	}
	if !strings.EqualFold(filepath.Ext(*out), ".xlsx") {
		return fmt.Errorf("plan: %s ska sluta på .xlsx", *out)
	}
	svc, err := openForReading(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	if *year == 0 {
		*year = svc.Today().Year()
	}
	n, err := svc.ExportPlan(context.Background(), *out, *year)
	if err != nil {
		return fmt.Errorf("plan: %w", err)
	}
	fmt.Fprintf(stdout, "Årsplanen för %d med %d informationstillgångar skrevs till %s\n", *year, n, *out)
	return nil
}
