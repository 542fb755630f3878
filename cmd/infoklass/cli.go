package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// errFailed ends a command that has already said why on stderr.
var errFailed = errors.New("misslyckades")

// runExport writes the prioritised list, or one asset, to an Excel file.
func runExport(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass export", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	out := fs.String("o", "", "Excel-fil att skriva (.xlsx)")
	asset := fs.String("asset", "", "exportera bara denna informationstillgång (för en upphandling)")
	history := fs.Bool("history", false, "ta med historiken som ett eget blad")
	protocol := fs.Bool("protocol", false, "skriv mötesprotokollet för -asset i stället för underlaget")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return fmt.Errorf("export: ange filen med -o FIL.xlsx")
	}
	db, err := openExisting(*path)
	if err != nil {
		return err
	}
	defer db.Close()
	d, err := xlsx.Load(db, domain.Today())
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if *protocol {
		if *asset == "" {
			return fmt.Errorf("export: -protocol behöver -asset NAMN")
		}
		return writeProtocol(db, *asset, *out, stdout)
	}
	if *asset != "" {
		one, ok := d.Only(*asset)
		if !ok {
			return fmt.Errorf("export: det finns ingen informationstillgång som heter %q", *asset)
		}
		if err := xlsx.WriteAssetFile(*out, one); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Exporterade %s till %s\n", one.Summaries[0].Asset.Name, *out)
		return nil
	}
	if *history {
		if d.History, err = db.AllHistory(); err != nil {
			return err
		}
	}
	if err := xlsx.WriteFile(*out, d); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Exporterade %d informationstillgångar till %s\n", len(d.Summaries), *out)
	return nil
}

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
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	p, err := xlsx.Read(f, *sheet)
	f.Close()
	if err != nil {
		return fmt.Errorf("import %s: %w", file, err)
	}
	db, err := sqlite.Open(*path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := p.Match(db); err != nil {
		return err
	}
	printPreview(stdout, file, p)
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
	if err := xlsx.Apply(db, p, filepath.Base(file), domain.Today()); err != nil {
		return fmt.Errorf("import %s: %w", file, err)
	}
	fmt.Fprintf(stdout, "Importen är klar och sparad i %s.\n", db.Path())
	return nil
}

func printPreview(w io.Writer, file string, p *xlsx.Preview) {
	c, u, n := p.Counts()
	kind := "lista"
	if p.Full {
		kind = "Infoklass-export"
	}
	fmt.Fprintf(w, "%s: blad %s (%s), rubrikrad %d\n", file, p.Sheet, kind, p.HeaderRow)
	fmt.Fprintf(w, "%d skapas, %d uppdateras, %d oförändrade\n", c, u, n)
	if len(p.Ignored) > 0 {
		fmt.Fprintf(w, "Kolumner som inte läses: %s\n", strings.Join(p.Ignored, ", "))
	}
	for _, it := range p.Items {
		if it.Action != xlsx.Unchanged {
			fmt.Fprintf(w, "  rad %d: %s – %s\n", it.Row, it.Asset.Name, it.Action.Label())
		}
	}
}

// runCheck runs SQLite's integrity check and Infoklass's own checks.
func runCheck(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass check", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	if err := parse(fs, args); err != nil {
		return err
	}
	db, err := openExisting(*path)
	if err != nil {
		return err
	}
	defer db.Close()
	problems, err := db.Check()
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		fmt.Fprintf(stdout, "%s: inga fel hittades.\n", db.Path())
		return nil
	}
	fmt.Fprintf(stdout, "%s: %d fel\n", db.Path(), len(problems))
	for _, p := range problems {
		fmt.Fprintln(stdout, "  "+p)
	}
	return errFailed
}

// openExisting opens a database that must already exist.
func openExisting(path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("databasen %s finns inte", path)
	}
	return sqlite.Open(path)
}

// parse parses a command's flags, with errors as one Swedish line.
func parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(os.Stdout)
			fs.PrintDefaults()
		}
		return err
	case strings.HasPrefix(err.Error(), "flag needs an argument: "):
		return fmt.Errorf("%s: flaggan %s behöver ett värde", command(fs), strings.TrimPrefix(err.Error(), "flag needs an argument: "))
	case strings.HasPrefix(err.Error(), "flag provided but not defined: "):
		return fmt.Errorf("%s: okänd flagga %s; se infoklass help", command(fs), strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
	}
	return fmt.Errorf("%s: %v", command(fs), err)
}

// command is the flag set's name without the program's.
func command(fs *flag.FlagSet) string { return strings.TrimPrefix(fs.Name(), "infoklass ") }

// writeProtocol writes the meeting protocol of the asset's latest
// classification.
func writeProtocol(db *sqlite.DB, name, out string, stdout io.Writer) error {
	a, err := db.AssetByName(name)
	if err != nil {
		return err
	}
	if a == nil {
		return fmt.Errorf("export: det finns ingen informationstillgång som heter %q", name)
	}
	c, err := db.LatestClassification(a.ID)
	if err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("export: %s är inte klassad", a.Name)
	}
	t, err := db.CurrentThreshold(a.ID)
	if err != nil {
		return err
	}
	parked, err := db.ParkedQuestions(c.ID)
	if err != nil {
		return err
	}
	if err := xlsx.WriteProtocolFile(out, xlsx.Protocol{Asset: *a, Classification: c, Threshold: t, Parked: parked}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Protokollet för %s skrevs till %s\n", a.Name, out)
	return nil
}
