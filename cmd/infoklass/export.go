package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/infoklass/infoklass/internal/app"
)

// runExport writes the prioritised list, one asset, or one asset's
// meeting protocol to an Excel file.
func runExport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass export", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	out := fs.String("o", "", "Excel-fil att skriva (.xlsx)")
	asset := fs.String("asset", "", "exportera bara denna informationstillgång (för en upphandling)")
	history := fs.Bool("history", false, "ta med historiken som ett eget blad")
	protocol := fs.Bool("protocol", false, "skriv mötesprotokollet för -asset i stället för underlaget")
	supplier := fs.Bool("supplier", false, "skriv leverantörens version av underlaget för -asset: kraven med kolumner för svar, utan motiveringar")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("export: ange filen med -o FIL.xlsx")
	}
	if *protocol && *asset == "" {
		return fmt.Errorf("export: -protocol behöver -asset NAMN")
	}
	if *supplier && (*asset == "" || *protocol) {
		return fmt.Errorf("export: -supplier behöver -asset NAMN och går inte med -protocol")
	}
	svc, err := openForReading(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	ctx := context.Background()
	switch {
	case *protocol:
		name, err := svc.ExportProtocol(ctx, *out, *asset)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(stdout, "Protokollet för %s skrevs till %s\n", name, *out)
	case *asset != "":
		name, written, err := svc.ExportAsset(ctx, *out, *asset, app.AssetExport{Supplier: *supplier})
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(stdout, "Exporterade %s till %s\n", name, written)
		if written != *out {
			fmt.Fprintln(stdout, "Klassningen är inte fastställd: underlaget är ett utkast och filens namn säger det.")
		}
	default:
		n, err := svc.ExportList(ctx, *out, app.ListOptions{History: *history})
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(stdout, "Exporterade %d informationstillgångar till %s\n", n, *out)
	}
	return nil
}
