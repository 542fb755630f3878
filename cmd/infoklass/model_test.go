package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/app"
)

// TestNewAndModelCommands: new without -model creates a KLASSA database
// and says so, -model msb and a model file are taken, an existing file
// is refused and left as it was, a broken model file is named with its
// line and column and creates nothing, and model prints the model
// without writing a byte.
func TestNewAndModelCommands(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	k := filepath.Join(dir, "kommun.db")
	if err := runNew([]string{"-db", k}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Ingen modell angavs") || !strings.Contains(out.String(), "KLASSA-numrering 0–4") {
		t.Errorf("new without -model says:\n%s", out.String())
	}
	before := dirSums(t, dir)
	if err := runNew([]string{"-db", k, "-model", "msb"}, &out); err == nil || !strings.Contains(app.CLIMessage(err), "finns redan") {
		t.Errorf("new onto an existing file: %v", err)
	}
	sameSums(t, "new onto an existing file", before, dirSums(t, dir))
	out.Reset()
	if err := runModel([]string{"-db", k}, &out); err != nil {
		t.Fatal(err)
	}
	sameSums(t, "model", before, dirSums(t, dir))
	for _, want := range []string{"Modell: KLASSA-numrering 0–4 (klassa-0-4, version 2)", "Nivåer 0–4:", "  0  Försumbar\n",
		"  3  Allvarlig\n", "  4  Synnerligen allvarlig – utanför kravkatalogen", "Aspekter: K Konfidentialitet, R Riktighet, T Tillgänglighet, S Spårbarhet"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("model lacks %q:\n%s", want, out.String())
		}
	}

	m := filepath.Join(dir, "msb.db")
	out.Reset()
	if err := runNew([]string{"-db", m, "-model", "msb"}, &out); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	runModel([]string{"-db", m}, &out)
	if !strings.Contains(out.String(), "Nivåer 1–4:") || strings.Contains(out.String(), "utanför kravkatalogen") || !strings.Contains(out.String(), "  4  Allvarlig\n") {
		t.Errorf("model of an MSB database:\n%s", out.String())
	}

	// A municipality's own file without S, and a broken one.
	own := filepath.Join(dir, "egen.json")
	klassa, _ := os.ReadFile(filepath.Join("..", "..", "internal", "domain", "models", "klassa.json"))
	os.WriteFile(own, bytes.Replace(klassa, []byte(`"name": "KLASSA-numrering 0–4"`), []byte(`"name": "Kommunens modell"`), 1), 0o644)
	if err := runNew([]string{"-db", filepath.Join(dir, "egen.db"), "-model", own}, &out); err != nil {
		t.Fatal(err)
	}
	// Without S: model says it is off.
	var raw map[string]any
	json.Unmarshal(klassa, &raw)
	raw["aspects"] = raw["aspects"].([]any)[:3]
	noS, _ := json.MarshalIndent(raw, "", "  ")
	os.WriteFile(filepath.Join(dir, "utan-s.json"), noS, 0o644)
	if err := runNew([]string{"-db", filepath.Join(dir, "utan-s.db"), "-model", filepath.Join(dir, "utan-s.json")}, &out); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	runModel([]string{"-db", filepath.Join(dir, "utan-s.db")}, &out)
	if !strings.Contains(out.String(), "Aspekter: K Konfidentialitet, R Riktighet, T Tillgänglighet\nAvstängda: S Spårbarhet") {
		t.Errorf("model without S:\n%s", out.String())
	}
	broken := filepath.Join(dir, "trasig.json")
	os.WriteFile(broken, bytes.Replace(klassa, []byte(`"label": "Måttlig"`), []byte(`"lable": "Måttlig"`), 1), 0o644)
	err := runNew([]string{"-db", filepath.Join(dir, "trasig.db"), "-model", broken}, &out)
	if msg := app.CLIMessage(err); err == nil || !strings.Contains(msg, "trasig.json, rad ") || !strings.Contains(msg, "kolumn") || !strings.Contains(msg, `"lable"`) {
		t.Errorf("broken model file: %q", msg)
	}
	if _, err := os.Stat(filepath.Join(dir, "trasig.db")); !os.IsNotExist(err) {
		t.Error("a broken model file created a database")
	}
	if err := runNew([]string{"-model", "klassa"}, &out); err == nil || !strings.Contains(err.Error(), "-db FIL") {
		t.Errorf("new without -db: %v", err)
	}
}

// TestDemoWithModel: demo -model klassa fills a new KLASSA database, and
// refuses a model other than an existing database's.
func TestDemoWithModel(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "demo.db")
	if err := runDemo([]string{"-db", p, "-model", "klassa"}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	runModel([]string{"-db", p}, &out)
	if !strings.Contains(out.String(), "KLASSA-numrering 0–4") {
		t.Errorf("demo -model klassa made:\n%s", out.String())
	}
	assertAssets(t, p, 14)
	if err := runDemo([]string{"-db", p, "-model", "msb"}); err == nil || !strings.Contains(err.Error(), "har redan modellen") {
		t.Errorf("demo -model msb on a KLASSA database: %v", err)
	}
}

// TestModelReadsAnOlderFileWithoutUpgrading: model on a database of
// schema 10 prints its MSB 1–4 model and leaves the folder as it was (no
// upgrade, no backup, no side files).
func TestModelReadsAnOlderFileWithoutUpgrading(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "v10.db")
	copyTo(t, filepath.Join("..", "..", "testdata", "schemas", "v10.db"), db)
	before := dirSums(t, dir)
	var out bytes.Buffer
	if err := runModel([]string{"-db", db}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Nivåer 1–4:") || !strings.Contains(out.String(), "MSB 1–4") {
		t.Errorf("model of a schema-10 file:\n%s", out.String())
	}
	sameSums(t, "model", before, dirSums(t, dir))
}

// TestModelSet: model -set refuses a broken model file with the Swedish
// message and leaves the database as it was; -set klassa on an MSB demo
// database says what changes, model then prints KLASSA, and check finds
// nothing wrong with the classifications made in MSB.
func TestModelSet(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "demo.db")
	if err := runDemo([]string{"-db", p, "-model", "msb"}); err != nil {
		t.Fatal(err)
	}
	klassa, _ := os.ReadFile(filepath.Join("..", "..", "internal", "domain", "models", "klassa.json"))
	broken := filepath.Join(dir, "trasig.json")
	os.WriteFile(broken, bytes.Replace(klassa, []byte(`"label": "Måttlig"`), []byte(`"lable": "Måttlig"`), 1), 0o644)
	before := dirSums(t, dir)
	var out bytes.Buffer
	err := runModel([]string{"-db", p, "-set", broken}, &out)
	if msg := app.CLIMessage(err); err == nil || !strings.Contains(msg, "trasig.json, rad ") || !strings.Contains(msg, `"lable"`) {
		t.Errorf("a broken model file: %q", msg)
	}
	sameSums(t, "model -set with a broken file", before, dirSums(t, dir))
	out.Reset()
	if err := runModel([]string{"-db", p, "-set", "klassa"}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"bytte klassningsmodell från MSB 1–4", "version 1 (nivåerna 1–4), till KLASSA-numrering 0–4", "Ingen klassning skrevs om:",
		"fastställda och", "Modell: KLASSA-numrering 0–4"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("model -set lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := runModel([]string{"-db", p, "-set", "klassa"}, &out); err != nil || !strings.Contains(out.String(), "inget ändrades") {
		t.Errorf("the same model again: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := runCheck([]string{"-db", p}, &out); err != nil || !strings.Contains(out.String(), "inga fel") {
		t.Errorf("check after the change: %v\n%s", err, out.String())
	}
}
