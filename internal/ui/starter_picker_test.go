package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/domain"
)

// findPick returns the starter library's tick box whose text is text.
func findPick(t *testing.T, w fyne.Window, text string) *pickCheck {
	t.Helper()
	for _, o := range objects(w) {
		if c, ok := o.(*pickCheck); ok && c.Visible() && c.Text == text {
			return c
		}
	}
	t.Fatalf("no tick box %q", text)
	return nil
}

// TestStarterPicker picks Journalanteckningar from the starter library
// in Informationstyper, by a search, a tick and Enter: the type is
// stored with its flags and its floors as levels still to be motivated,
// and the library then offers it no more.
func TestStarterPicker(t *testing.T) {
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Verksamhetssystem för socialtjänsten"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.showWorkshopStep(a.ID, stepTypes)
	test.Tap(findButton(t, u.win, "Från startbiblioteket"))
	typeInto(u.win, findEntry(t, u.win, "Sök bland vanliga"), "journal")
	if screenHasText(u.win, "Löneuppgifter") {
		t.Error("the search for journal shows Löneuppgifter")
	}
	c := findPick(t, u.win, "Journalanteckningar")
	test.Tap(c)
	if !screenHasText(u.win, "1 vald") {
		t.Error("the count does not say 1 vald")
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.dialogOpen() {
		t.Fatal("Enter did not add and close")
	}
	cl, err := u.svc.Classification(u.workshop.c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.InfoTypes) != 1 || cl.InfoTypes[0].Name != "Journalanteckningar" {
		t.Fatalf("stored %+v", cl.InfoTypes)
	}
	j := cl.InfoTypes[0]
	for _, f := range []domain.Flag{domain.FlagPersonal, domain.FlagSensitive, domain.FlagSecrecy, domain.FlagAuthority} {
		if !domain.HasFlag(j.Flags, f) {
			t.Errorf("flag %s missing", f)
		}
	}
	if r := j.Ratings[domain.Confidentiality]; r.Level != 3 || r.Motivation != "" {
		t.Errorf("K %+v, want the floor Betydande without motivation", r)
	}
	if len(u.workshop.c.InfoTypes) != 1 || !screenHasText(u.win, "Anteckningar om en enskild") {
		t.Error("the step does not show the added type with its description")
	}

	test.Tap(findButton(t, u.win, "Från startbiblioteket"))
	typeInto(u.win, findEntry(t, u.win, "Sök bland vanliga"), "journal")
	if again := findPick(t, u.win, "Journalanteckningar (finns redan)"); !again.Disabled() {
		t.Error("a type already added can be ticked again")
	}
	findPick(t, u.win, "Journalanteckningar (finns redan)").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	cl, _ = u.svc.Classification(u.workshop.c.ID)
	if len(cl.InfoTypes) != 1 {
		t.Errorf("%d types after adding nothing", len(cl.InfoTypes))
	}
}
