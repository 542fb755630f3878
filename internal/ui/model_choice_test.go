package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// startUI is the window as the program starts it on path (Start), with
// no database open yet.
func startUI(t *testing.T, path string) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	u := New(a)
	u.Clock = app.FixedDay(testToday)
	u.Window().Resize(fyne.NewSize(1400, 1000))
	t.Cleanup(func() {
		u.jobs.Wait()
		if u.svc != nil {
			u.svc.Close()
		}
	})
	u.Start(path)
	return u
}

// TestFirstStartAsksForTheModel: the very first start, on a default
// database that does not exist, asks for the model with KLASSA chosen;
// Enter creates the database in KLASSA, and Arkiv → Om databasen names it.
func TestFirstStartAsksForTheModel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Infoklass", "infoklass.db")
	u := startUI(t, path)
	if !u.dialogOpen() || !screenHasText(u.win, "Vilken klassningsmodell") {
		t.Fatal("the first start asked no model")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("the database was created before the model was chosen")
	}
	if !screenHasText(u.win, "4  Synnerligen allvarlig (utanför kravkatalogen") {
		t.Error("the suggested model's levels are not shown")
	}
	pressKey(u, fyne.KeyReturn)
	if u.dialogOpen() || u.svc == nil {
		t.Fatalf("Enter did not create the database (dialog open %v)", u.dialogOpen())
	}
	if m := u.svc.Model(); m.ID != "klassa-0-4" || m.MaxLevel() != 5 {
		t.Errorf("the new database's model is %s", m.ID)
	}
	u.showAboutDatabase()
	if !screenHasText(u.win, "Klassningsmodell: KLASSA-numrering 0–4, version 2. Aspekter: K, R, T, S. Nivåer:\n0  Försumbar") {
		t.Error("Om databasen does not name the model")
	}
}

// TestNewDatabaseModelChoice: choosing MSB 1–4 creates an MSB database;
// a broken model file gets its Swedish message with line and column and
// leaves the choice made; a good file is chosen; Esc creates nothing.
func TestNewDatabaseModelChoice(t *testing.T) {
	dir := t.TempDir()
	u := startUI(t, filepath.Join(dir, "a.db"))
	pressKey(u, fyne.KeyEscape)
	if u.dialogOpen() || u.svc != nil || !screenHasText(u.win, "Ingen databas är öppen") {
		t.Fatal("Esc did not leave the window without a database")
	}
	if _, err := os.Stat(filepath.Join(dir, "a.db")); !os.IsNotExist(err) {
		t.Fatal("Esc created the database")
	}

	msbPath := filepath.Join(dir, "msb.db")
	c := u.askModel(msbPath, nil)
	c.radio.SetSelected("MSB 1–4 (numera Myndigheten för civilt försvar)")
	klassa, _ := os.ReadFile(filepath.Join("..", "domain", "models", "klassa.json"))
	broken := filepath.Join(dir, "trasig.json")
	os.WriteFile(broken, []byte(strings.Replace(string(klassa), `"label": "Måttlig"`, `"lable": "Måttlig"`, 1)), 0o644)
	c.load(broken)
	if !c.problem.Visible() || !strings.Contains(c.problem.Text, "trasig.json, rad ") || !strings.Contains(c.problem.Text, "kolumn") {
		t.Errorf("broken model file: %q", c.problem.Text)
	}
	if c.chosen.ID != "infoklass-standard" {
		t.Errorf("a broken file changed the choice to %s", c.chosen.ID)
	}
	pressKey(u, fyne.KeyReturn)
	if u.svc == nil || u.svc.Model().ID != "infoklass-standard" || u.svc.Path() != msbPath {
		t.Fatalf("MSB database not created: %v", u.svc)
	}

	own := filepath.Join(dir, "egen.json")
	os.WriteFile(own, []byte(strings.Replace(string(klassa), `"name": "KLASSA-numrering 0–4"`, `"name": "Kommunens modell"`, 1)), 0o644)
	c = u.askModel(filepath.Join(dir, "egen.db"), nil)
	c.load(own)
	if c.chosen.Name != "Kommunens modell" || c.problem.Visible() || c.radio.Selected != "Kommunens modell" {
		t.Errorf("own model file: chosen %q, selected %q", c.chosen.Name, c.radio.Selected)
	}
	c.load(own) // the same file again is a choice of its own
	if n := len(c.radio.Options); n != 4 || c.radio.Selected != "Kommunens modell (2)" {
		t.Errorf("loaded twice: %d options, selected %q", n, c.radio.Selected)
	}
	test.Tap(findButton(t, u.win, "Skapa databasen"))
	if u.svc.Model().Name != "Kommunens modell" {
		t.Errorf("own model: database has %q", u.svc.Model().Name)
	}
	// A file that exists is never taken over.
	if err := u.createDatabase(msbPath, c.chosen); err == nil {
		t.Error("a new database took over an existing file")
	}
}

// TestChangeModelDialog: Arkiv → Byt klassningsmodell… opens the dialog
// a new database asks with, the database's own model chosen; Enter on
// KLASSA asks for a confirmation that says past classifications keep
// their model, and Enter changes it. The ongoing MSB classification
// keeps MSB and its workshop says so; Esc on a change changes nothing.
func TestChangeModelDialog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kommun.db")
	msb, _ := domain.ShippedModel("msb")
	klassa, _ := domain.ShippedModel("klassa")
	s, err := app.NewDatabase(path, msb)
	if err != nil {
		t.Fatal(err)
	}
	a := &domain.Asset{Name: "Ekonomisystem", OwnerName: "Per Ek"}
	if err := s.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	ws, err := s.OpenWorkshop(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	ongoing := ws.Classification
	s.Close()
	u := startUI(t, path)
	var item *fyne.MenuItem
	for _, it := range u.mainMenu().Items[0].Items {
		if it.Label == "Byt klassningsmodell…" {
			item = it
		}
	}
	if item == nil {
		t.Fatal("Arkiv has no Byt klassningsmodell…")
	}
	item.Action()
	if !u.dialogOpen() || !screenHasText(u.win, "Vilken klassningsmodell ska databasen använda från och med nu?") {
		t.Fatal("the change dialog did not open")
	}
	pressKey(u, fyne.KeyEscape)
	if u.dialogOpen() || u.svc.Model().ID != msb.ID {
		t.Fatal("Esc changed the model or left the dialog open")
	}
	c := u.changeModel()
	if c.chosen.ID != msb.ID {
		t.Errorf("the dialog starts from %s, not the database's model", c.chosen.ID)
	}
	if c.radio.Selected != "MSB 1–4 (numera Myndigheten för civilt försvar) (används nu)" {
		t.Errorf("the model in use is offered as %q", c.radio.Selected)
	}
	for _, o := range c.radio.Options {
		if strings.Contains(o, "(förslag)") {
			t.Errorf("a change suggests %q as for a new database", o)
		}
	}
	c.radio.SetSelected("KLASSA-numrering 0–4")
	pressKey(u, fyne.KeyReturn)
	if !u.dialogOpen() || !screenHasText(u.win, "Tidigare klassningar skrivs inte om") || u.svc.Model().ID != msb.ID {
		t.Fatal("no confirmation before the change")
	}
	pressKey(u, fyne.KeyReturn)
	if u.dialogOpen() || u.svc.Model().ID != klassa.ID || u.model.ID != klassa.ID {
		t.Fatalf("Enter did not change the model: %s", u.svc.Model().ID)
	}
	got, _ := u.svc.Classification(ongoing.ID)
	if m := u.svc.ModelOf(got); m.ID != msb.ID {
		t.Errorf("the ongoing classification moved to %s", m.ID)
	}
	u.showWorkshop(a.ID)
	if !screenHasText(u.win, "görs i MSB 1–4 (numera Myndigheten för civilt försvar), den modell den påbörjades i (databasen använder nu KLASSA-numrering 0–4)") {
		t.Error("the ongoing classification's workshop does not say it keeps MSB")
	}
	u.showAboutDatabase()
	if !screenHasText(u.win, "Klassningsmodell: KLASSA-numrering 0–4") {
		t.Error("Om databasen does not name the new model")
	}
}
