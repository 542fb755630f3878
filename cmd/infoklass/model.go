package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// modelFlagHelp is the help text of -model.
const modelFlagHelp = "klassningsmodell: klassa (KLASSA-numrering 0–4), msb (MSB 1–4) eller sökvägen till en modellfil (.json)"

// runNew creates a new database with the model -model names.
func runNew(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass new", flag.ContinueOnError)
	path := fs.String("db", "", "databasfil att skapa (får inte finnas)")
	name := fs.String("model", "", modelFlagHelp+" (standard: "+app.SuggestedModel+")")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("new: okänt argument %q; ange filen med -db FIL", fs.Arg(0))
	case *path == "":
		return fmt.Errorf("new: ange filen för den nya databasen med -db FIL")
	}
	chosen := *name
	if chosen == "" {
		chosen = app.SuggestedModel
	}
	m, err := app.LoadModel(chosen)
	if err != nil {
		return err
	}
	svc, err := app.NewDatabase(*path, m)
	if err != nil {
		return err
	}
	defer svc.Close()
	if *name == "" {
		fmt.Fprintf(stdout, "Ingen modell angavs (-model); den nya databasen använder %s, förslaget för en ny databas.\n", m.Name)
	}
	fmt.Fprintf(stdout, "Databasen %s skapades med modellen %s, version %d (nivåerna %s).\n", svc.Path(), m.Name, m.Version, m.Range())
	return nil
}

// runModel prints the model of a database, reading it without writing.
func runModel(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass model", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("model: okänt argument %q; ange databasen med -db FIL", fs.Arg(0))
	}
	svc, err := openForReading(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	fmt.Fprintf(stdout, "%s\n", svc.Path())
	writeModel(stdout, svc.Model())
	return nil
}

// writeModel writes a model as the model command prints it: name,
// version, the levels with their numbers and labels, which lie outside
// the catalogue, and the aspects.
func writeModel(w io.Writer, m *domain.Model) {
	fmt.Fprintf(w, "Modell: %s (%s, version %d)\n", m.Name, m.ID, m.Version)
	fmt.Fprintf(w, "Nivåer %s:\n", m.Range())
	for _, l := range m.Levels {
		note := ""
		if l.OutsideCatalogue {
			note = " – utanför kravkatalogen: kräver en särskild analys av skyddsbehovet"
		}
		fmt.Fprintf(w, "  %d  %s%s\n", m.Number(l.Level), l.Label, note)
	}
	var on, off []string
	for _, a := range domain.AllAspects {
		if info, ok := m.Aspect(a); ok {
			on = append(on, fmt.Sprintf("%s %s", a, info.Name))
		} else {
			off = append(off, fmt.Sprintf("%s %s", a, a.Name()))
		}
	}
	fmt.Fprintf(w, "Aspekter: %s\n", strings.Join(on, ", "))
	if len(off) > 0 {
		fmt.Fprintf(w, "Avstängda: %s\n", strings.Join(off, ", "))
	}
}
