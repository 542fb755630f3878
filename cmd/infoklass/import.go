package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/infoklass/infoklass/internal/app"
)

// runImport previews an Excel list and, unless -dry-run, imports it.
// Any problem stops the import before anything is written.
func runImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("infoklass import", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	dry := fs.Bool("dry-run", false, "visa bara vad som skulle hända")
	sheet := fs.String("sheet", "", "blad att läsa (standard: det första)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("import: ange en Excel-fil: infoklass import [-db FIL] [-dry-run] LISTA.xlsx")
	}
	file := fs.Arg(0)
	svc, err := app.Open(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	ctx := context.Background()
	p, err := svc.PreviewImport(ctx, file, *sheet)
	if err != nil {
		return fmt.Errorf("import %s: %w", file, err)
	}
	printPreview(stdout, p)
	if !p.OK() {
		for _, pr := range p.Problems {
			fmt.Fprintln(stderr, pr)
		}
		fmt.Fprintf(stderr, "infoklass: %d fel i %s; inget importerades\n", len(p.Problems), file)
		return errFailed
	}
	if *dry {
		fmt.Fprintln(stdout, "Provkörning: inget skrevs.")
		return nil
	}
	if err := svc.ApplyImport(ctx, p); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Importen är klar och sparad i %s.\n", svc.Path())
	return nil
}

func printPreview(w io.Writer, p *app.ImportPreview) {
	kind := "lista"
	if p.Full {
		kind = "Infoklass-export"
	}
	fmt.Fprintf(w, "%s: blad %s (%s), rubrikrad %d\n", p.File, p.Sheet, kind, p.Header)
	fmt.Fprintf(w, "%d skapas, %d uppdateras, %d oförändrade\n", p.Create, p.Update, p.Unchanged)
	if len(p.Ignored) > 0 {
		fmt.Fprintf(w, "Kolumner som inte läses: %s\n", strings.Join(p.Ignored, ", "))
	}
	for _, r := range p.Rows {
		fmt.Fprintf(w, "  rad %d: %s – %s\n", r.Row, r.Name, r.Action)
	}
}
