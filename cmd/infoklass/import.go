package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/tempfile"
)

// mapFlag collects repeated -map 'Rubrik=fält' flags.
type mapFlag map[string]string

func (m mapFlag) String() string { return "" }

func (m mapFlag) Set(v string) error {
	h, f, ok := strings.Cut(v, "=")
	if !ok || strings.TrimSpace(h) == "" {
		return fmt.Errorf("skriv -map 'Rubrik=fält', till exempel -map 'Konf.=K' eller -map 'Färgkod=%s'", app.NotRead)
	}
	m[strings.TrimSpace(h)] = strings.TrimSpace(f)
	return nil
}

// runImport previews an Excel list and, unless -dry-run, imports it.
// Any problem stops the import before anything is written.
func runImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("infoklass import", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	dry := fs.Bool("dry-run", false, "visa bara vad som skulle hända")
	sheet := fs.String("sheet", "", "blad att läsa (standard: listan i en export, annars den lista som hittas)")
	m := mapFlag{}
	fs.Var(m, "map", "kolumnens fält, 'Rubrik=fält' (kan upprepas); fält är namn, ägare, status, K, R, T, S … eller '"+app.NotRead+"'")
	levels := fs.String("levels", "", "en annan nivåskala, till exempel 'Låg=1,Medel=2,Hög=3' (gissas aldrig)")
	statuses := fs.String("status", "", "andra ord för status, till exempel 'Klar=Fastställd' (gissas aldrig)")
	hidden := fs.Bool("hidden", false, "läs även dolda rader")
	forget := fs.Bool("forget", false, "glöm valen (kolumner, skala, statusord, blad) från förra importen av en fil med samma rubriker")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("import: ange en Excel-fil: infoklass import [-db FIL] [-dry-run] [-sheet BLAD] [-map 'Rubrik=fält']… [-levels 'Låg=1,…'] LISTA.xlsx")
	}
	file := fs.Arg(0)
	// A database that does not exist yet is made only by an import that
	// is carried out: a dry run, or a file with problems, previews
	// against an empty database of its own and leaves nothing behind.
	svc, created, err := openForImport(*path, *dry)
	if err != nil {
		return err
	}
	defer svc.Close()
	ctx := context.Background()
	o := app.ImportOptions{Sheet: *sheet, Levels: *levels, Statuses: *statuses, Hidden: *hidden, Forget: *forget}
	if len(m) > 0 {
		o.Map = m
	}
	p, err := svc.PreviewImportWith(ctx, file, o)
	if err != nil {
		return fmt.Errorf("import %s: %w", file, err)
	}
	printPreview(stdout, p)
	if !p.OK() {
		for _, pr := range p.Problems {
			fmt.Fprintln(stderr, termSafe(fmt.Sprint(pr)))
		}
		fmt.Fprintf(stderr, "infoklass: %d fel i %s; inget importerades\n", len(p.Problems), file)
		return errFailed
	}
	if *dry {
		fmt.Fprintln(stdout, "Provkörning: inget skrevs.")
		return nil
	}
	if created {
		svc.Close()
		if svc, err = app.Open(*path); err != nil {
			return err
		}
		defer svc.Close()
		if p, err = svc.PreviewImportWith(ctx, file, o); err != nil {
			return fmt.Errorf("import %s: %w", file, err)
		}
	}
	if err := svc.ApplyImport(ctx, p); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Importen är klar och sparad i %s.\n", svc.Path())
	return nil
}

// printPreview writes what the import will do: the sheet and its
// columns, each asset's changes field by field, the edits that will not
// be applied and why, the rows skipped and the assets only the database
// has.
func printPreview(w io.Writer, p *app.ImportPreview) {
	kind := "lista"
	if p.Full {
		kind = "Infoklass-export"
	}
	if p.Header > 0 {
		fmt.Fprintf(w, "%s: blad %s (%s), rubrikrad %d\n", termSafe(p.File), termSafe(p.Sheet), kind, p.Header)
	} else {
		fmt.Fprintf(w, "%s: blad %s (%s), ingen rubrikrad hittades\n", termSafe(p.File), termSafe(p.Sheet), kind)
	}
	for _, n := range p.Notes {
		fmt.Fprintf(w, "  %s\n", termSafe(n))
	}
	for _, g := range p.Inferred {
		fmt.Fprintf(w, "  %s\n", termSafe(fmt.Sprintf("Kolumnen ”%s” läses som %s: %s. Ange ett annat fält om det är fel: -map %s",
			g.Header, g.Label, g.Reason, g.Map)))
	}
	if !p.Full && len(p.Columns) > 0 {
		how := "Kolumner:"
		if p.Remembered {
			how = "Kolumner (valen från förra gången för samma rubriker används; -forget glömmer dem):"
		}
		fmt.Fprintln(w, how)
		for _, c := range p.Columns {
			fmt.Fprintf(w, "  %-32s → %s\n", termSafe(c.Header), c.Label)
		}
	} else if len(p.Ignored) > 0 {
		fmt.Fprintf(w, "Kolumner som inte läses: %s\n", termSafe(strings.Join(p.Ignored, ", ")))
	}
	fmt.Fprintf(w, "%d skapas, %d uppdateras, %d oförändrade, %d rader hoppas över\n", p.Create, p.Update, p.Unchanged, len(p.Skipped))
	for _, r := range p.Rows {
		printRow(w, "rad", r)
	}
	if n := p.ProcessingCreate + p.ProcessingUpdate + p.ProcessingUnchanged; n > 0 {
		fmt.Fprintf(w, "Behandlingar: %d skapas, %d uppdateras, %d oförändrade\n", p.ProcessingCreate, p.ProcessingUpdate, p.ProcessingUnchanged)
		for _, r := range p.Processings {
			printRow(w, "behandling, rad", r)
		}
	}
	if len(p.Skipped) > 0 {
		fmt.Fprintf(w, "Rader som inte är tillgångar (läses inte):\n")
		for _, s := range p.Skipped {
			fmt.Fprintf(w, "  rad %d: %s – %s\n", s.Row, termSafe(s.Text), termSafe(s.Reason))
		}
	}
	if len(p.OnlyInDB) > 0 {
		fmt.Fprintf(w, "Finns bara i databasen (tas inte bort): %s\n", termSafe(strings.Join(p.OnlyInDB, ", ")))
	}
}

// printRow prints one row of the preview with its changes, those applied
// and those not, with the reason.
func printRow(w io.Writer, what string, r app.ImportRow) {
	fmt.Fprintf(w, "  %s %d: %s – %s\n", what, r.Row, termSafe(r.Name), r.Action)
	for _, c := range r.Changes {
		fmt.Fprintf(w, "      %s: %s → %s\n", c.Field, dash(c.Old), dash(c.New))
	}
	for _, c := range r.NotApplied {
		fmt.Fprintf(w, "      ändras inte: %s: %s → %s (%s)\n", c.Field, dash(c.Old), dash(c.New), termSafe(c.Reason))
	}
}

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return termSafe(s)
}

// openForImport opens the database at path for an import. One that does
// not exist is not created here: the preview runs against an empty
// database in a temporary folder, removed when it is closed, and created
// reports that the real one is still to be made.
//
// A path that cannot be reached — behind a symbolic link loop, in a
// folder that cannot be read, below a file — is opened as the import
// would open it, so that a dry run fails as the import fails, naming
// the path; an empty file, which the import makes a database, is
// previewed as a new one.
func openForImport(path string, dry bool) (svc *app.Service, created bool, err error) {
	fi, err := os.Stat(path)
	reachable := err == nil || errors.Is(err, fs.ErrNotExist)
	if !reachable || err == nil && !(fi.Mode().IsRegular() && fi.Size() == 0) {
		if dry {
			svc, err := app.OpenReadOnly(path) // a dry run writes nothing, and never upgrades
			return svc, false, err
		}
		svc, err := app.Open(path)
		return svc, false, err
	}
	tempfile.Sweep("", "infoklass-preview-", "") // previews of commands that were killed
	dir, err := tempfile.MkdirTemp("", "infoklass-preview-")
	if err != nil {
		return nil, false, err
	}
	svc, err = app.Open(filepath.Join(dir, "förhandsgranskning.db"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, false, err
	}
	svc.OnClose(func() { os.RemoveAll(dir) })
	return svc, true, nil
}
