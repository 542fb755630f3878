package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// runReport writes Ledningens genomgång for a year as a Word document
// (.docx), or its figures as the Excel appendix (.xlsx).
func runReport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass report", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	year := fs.Int("year", 0, "året som genomgången gäller (i år när det inte anges)")
	out := fs.String("o", "", "fil att skriva: .docx ger dokumentet, .xlsx bilagan med siffrorna")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("report: ange filen med -o FIL.docx (eller FIL.xlsx för bilagan)")
	}
	svc, err := openForReading(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	if *year == 0 {
		*year = svc.Today().Year() // the service's clock says which year it is
	}
	export := svc.ExportReview
	switch strings.ToLower(filepath.Ext(*out)) {
	case ".docx":
		export = svc.ExportReviewDocx
	case ".xlsx":
	default:
		return fmt.Errorf("report: %s ska sluta på .docx eller .xlsx", *out)
	}
	if err := export(context.Background(), *out, *year); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	fmt.Fprintf(stdout, "Ledningens genomgång %d skrevs till %s\n", *year, *out)
	return nil
}
