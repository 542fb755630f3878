package main

import (
	"context"
	"flag"
	"fmt"
	"io"
)

// runReport writes Ledningens genomgång for a year, the management
// review's figures, to an Excel file.
func runReport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass report", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	year := fs.Int("year", 0, "året som genomgången gäller (i år när det inte anges)")
	out := fs.String("o", "", "Excel-fil att skriva (.xlsx)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("report: ange filen med -o FIL.xlsx")
	}
	svc, err := openExisting(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	if *year == 0 {
		*year = svc.Today().Year() // the service's clock says which year it is
	}
	if err := svc.ExportReview(context.Background(), *out, *year); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	fmt.Fprintf(stdout, "Ledningens genomgång %d skrevs till %s\n", *year, *out)
	return nil
}
