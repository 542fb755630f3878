package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// modelUI opens the interface on a new database in the shipped model name.
func modelUI(t *testing.T, name string) *UI {
	t.Helper()
	m, ok := domain.ShippedModel(name)
	if !ok {
		t.Fatalf("no model %q", name)
	}
	u := New(test.NewTempApp(t))
	u.Clock = app.FixedDay(testToday)
	if err := u.createDatabase(filepath.Join(t.TempDir(), name+".db"), m); err != nil {
		t.Fatal(err)
	}
	u.Window().Resize(fyne.NewSize(1400, 1000))
	t.Cleanup(func() {
		u.jobs.Wait()
		u.stopTicking()
		if u.svc != nil {
			u.svc.Close()
		}
	})
	return u
}

// screenText is every text on the window, one a line: labels, buttons,
// drawn texts (badges, level cards) and select boxes.
func screenText(w fyne.Window) string {
	var b strings.Builder
	for _, o := range objects(w) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			b.WriteString(x.Text + "\n")
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.Select:
			b.WriteString(strings.Join(x.Options, "\n") + "\n")
		}
	}
	return b.String()
}

// TestScreensInTheModelsNumbering: the scale's third level chosen for
// confidentiality reads K2 in a KLASSA database (cards 0–4, the aspect's
// tab, the missing motivation, the result's badges and overall level,
// the register's badges and level filter) and K3 in an MSB one; typing a
// level's number picks the level the cards show with it.
func TestScreensInTheModelsNumbering(t *testing.T) {
	for name, k := range map[string]string{"klassa": "2", "msb": "3"} {
		t.Run(name, func(t *testing.T) {
			u := modelUI(t, name)
			a := &domain.Asset{Name: "Bemanning", OwnerName: "Maria Lindqvist"}
			if err := u.svc.CreateAsset(a); err != nil {
				t.Fatal(err)
			}
			u.showWorkshop(a.ID)
			w := u.workshop
			if err := w.addInfoType("Scheman"); err != nil {
				t.Fatal(err)
			}
			w.show(stepClassify)
			test.TypeOnCanvas(u.Window().Canvas(), k) // the number on the card of Betydande
			got := w.c.InfoTypes[0].Ratings[domain.Confidentiality].Level
			if got != 3 {
				t.Fatalf("typing %s chose the scale's level %d, want Betydande (3)", k, int(got))
			}
			w.show(stepClassify) // the aspect's tab names the level chosen
			screen := screenText(u.Window())
			for _, want := range []string{k + "  Betydande", "Konfidentialitet  K" + k, "Scheman  K" + k + " R– T– S–"} {
				if !strings.Contains(screen, want+"\n") {
					t.Errorf("classification step lacks %q:\n%s", want, screen)
				}
			}
			first := "1  Försumbar"
			if name == "klassa" {
				first = "0  Försumbar"
			}
			if !strings.Contains(screen, first+"\n") {
				t.Errorf("the lowest card is not %q", first)
			}
			w.show(stepResult)
			screen = screenText(u.Window())
			for _, want := range []string{"\nK" + k + "\n", "Högsta nivå totalt: " + k + " – Betydande", "K" + k + " från 'Scheman'"} {
				if !strings.Contains(screen, want) {
					t.Errorf("result step lacks %q:\n%s", want, screen)
				}
			}
			w.show(stepDecision)
			if screen = screenText(u.Window()); !strings.Contains(screen, "'Scheman': K"+k+" saknar motivering.") {
				t.Errorf("decision step's blockers lack K%s:\n%s", k, screen)
			}
			u.showRegister()
			screen = screenText(u.Window())
			if !strings.Contains(screen, "\nK"+k+"\n") || !strings.Contains(screen, "Nivå "+k+" – Betydande\n") {
				t.Errorf("register lacks K%s or its filter:\n%s", k, screen)
			}
			if strings.Contains(screen, "ordinal(") {
				t.Error("the register prints a level by its place on the scale")
			}
			u.showHelp()
			digits := map[string]string{"klassa": "0 – 4", "msb": "1 – 4"}[name]
			if screen = screenText(u.Window()); !strings.Contains(screen, digits+"\n") {
				t.Errorf("the key help does not say %q:\n%s", digits, screen)
			}
		})
	}
}
