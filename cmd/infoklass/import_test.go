package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func listFile(name string) string { return filepath.Join("..", "..", "testdata", "lists", name) }

// TestImportAsksForLevelColumns: level columns that are not recognised
// make the import exit non-zero with a Swedish message naming them and
// -map; with -map the same file imports.
func TestImportAsksForLevelColumns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ny.db")
	var out, errOut bytes.Buffer
	err := runImport([]string{"-db", db, listFile("okanda-nivakolumner.xlsx")}, &out, &errOut)
	if !errors.Is(err, errFailed) {
		t.Fatalf("exit without error: %v", err)
	}
	for _, w := range []string{`"Skyddsnivå A", "Skyddsnivå B", "Skyddsnivå C" ser ut att vara nivåer`, "-map 'Skyddsnivå A=K'", "inget importerades"} {
		if !strings.Contains(errOut.String(), w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut.String())
		}
	}
	assertAssets(t, db, 0)
	out.Reset()
	err = runImport([]string{"-db", db, "-map", "Skyddsnivå A=K", "-map", "Skyddsnivå B=R", "-map", "Skyddsnivå C=läses inte",
		listFile("okanda-nivakolumner.xlsx")}, &out, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Skyddsnivå A", "→ K – konfidentialitet", "Skyddsnivå C", "→ läses inte", "rad 2: Bygglovsärenden – Skapas", "      K: – → 2"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("stdout lacks %q:\n%s", w, out.String())
		}
	}
	assertAssets(t, db, 2)
}

// TestImportScaleFlag: Låg/Medel/Hög and "Klar" need -levels and -status.
func TestImportScaleFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ny.db")
	var out, errOut bytes.Buffer
	file := listFile("lag-medel-hog.xlsx")
	if err := runImport([]string{"-db", db, file}, &out, &errOut); !errors.Is(err, errFailed) ||
		!strings.Contains(errOut.String(), "-levels 'Låg=1,Medel=2,Hög=3'") || !strings.Contains(errOut.String(), "-status 'Klar=Fastställd'") {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	out.Reset()
	if err := runImport([]string{"-db", db, "-levels", "Låg=1,Medel=2,Hög=3", "-status", "Klar=Fastställd", file}, &out, &errOut); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if !strings.Contains(out.String(), "rad 5: Antal: 3 – summering") {
		t.Errorf("skipped total not shown:\n%s", out.String())
	}
	assertAssets(t, db, 3)
	if err := runImport([]string{"-db", db, "-map", "utan likhetstecken", file}, &out, &errOut); err == nil {
		t.Error("a -map without = accepted")
	}
}

// TestImportGuessNamesItsMap: on the command line a column read by what
// it holds is named with its reason and the -map that changes it.
func TestImportGuessNamesItsMap(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ny.db")
	var out, errOut bytes.Buffer
	if err := runImport([]string{"-db", db, "-dry-run", listFile("verksamhetssystem-hakparentes.xlsx")}, &out, &errOut); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	for _, w := range []string{"Kolumnen ”Processägare” läses som Informationsägare", "-map 'Processägare=FÄLT'"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("stdout lacks %q:\n%s", w, out.String())
		}
	}
}

// TestImportDryRunNamesProcessings: a dry run of an export names how many
// processings come along, and each of them with its fields.
func TestImportDryRunNamesProcessings(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "demo.db")
	if err := runDemo([]string{"-db", src}); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	list := filepath.Join(dir, "lista.xlsx")
	if err := runExport([]string{"-db", src, "-o", list}, &out); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := runImport([]string{"-db", filepath.Join(dir, "ny.db"), "-dry-run", list}, &out, &errOut); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	for _, w := range []string{"Behandlingar: 5 skapas, 0 uppdateras, 0 oförändrade", "  behandling, rad 2: "} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("stdout lacks %q:\n%s", w, out.String())
		}
	}
}
