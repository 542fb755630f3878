package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

var testToday = domain.NewDate(2026, 11, 23)

// newTestUI opens a fresh database in a temporary folder.
func newTestUI(t *testing.T) (*UI, string) {
	t.Helper()
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "klassningar.db")
	u := New(a)
	u.Clock = app.FixedDay(testToday)
	if err := u.Open(path); err != nil {
		t.Fatalf("open: %v", err)
	}
	u.Window().Resize(fyne.NewSize(1400, 1000))
	t.Cleanup(func() {
		u.jobs.Wait() // the test driver runs a job's last step on its goroutine
		u.stopTicking()
		if u.svc != nil {
			u.svc.Close()
		}
	})
	return u, path
}

// TestWorkshopClassification drives a whole classification by tapping and
// typing: create an asset, add two information types, pick levels on
// the level cards, write motivations, and see the maximum in Resultat.
// Then it reopens the database and finds every level and motivation.
func TestWorkshopClassification(t *testing.T) {
	u, path := newTestUI(t)
	w := u.Window()

	test.Tap(findButton(t, w, "Ny informationstillgång"))
	test.Type(findEntry(t, w, "t.ex. Verksamhetssystem"), "Hemtjänstens verksamhetssystem")
	test.Tap(findButton(t, w, "Skapa"))
	test.Tap(findButton(t, w, "Stäng")) // the details dialog that follows

	test.Tap(findButton(t, w, "Starta klassning"))
	if u.workshop == nil {
		t.Fatal("workshop did not open")
	}
	test.Tap(findButton(t, w, "Nästa steg: Informationstyper"))
	for _, name := range []string{"Genomförandeplaner", "Kontaktuppgifter"} {
		test.Type(findEntry(t, w, "Namn på ny informationstyp"), name)
		test.Tap(findButton(t, w, "Lägg till"))
	}
	test.Tap(findButton(t, w, "Nästa steg: Klassning"))

	levels := map[string][4]int{
		"Genomförandeplaner": {3, 3, 2, 3},
		"Kontaktuppgifter":   {2, 2, 4, 2},
	}
	for n, name := range []string{"Genomförandeplaner", "Kontaktuppgifter"} {
		for i, a := range domain.AllAspects {
			test.Tap(findLevelCard(t, w, levels[name][i]))
			typeInto(w, findEntry(t, w, "Motivering"), "Motivering "+name+" "+string(a))
			switch {
			case i < 3:
				test.Tap(findButton(t, w, "Nästa aspekt"))
			case n == 0:
				test.Tap(findButton(t, w, "Nästa informationstyp: Kontaktuppgifter"))
			default:
				test.Tap(findButton(t, w, "Till resultatet"))
			}
		}
	}
	if u.workshop.current != 3 {
		t.Fatalf("after the last aspect the workshop is on step %d, want 4 Resultat", u.workshop.current+1)
	}
	for _, want := range []string{"K3 från 'Genomförandeplaner'", "R3 från 'Genomförandeplaner'", "T4 från 'Kontaktuppgifter'", "S3 från 'Genomförandeplaner'"} {
		if !screenHasText(w, want) {
			t.Errorf("Resultat does not show %q", want)
		}
	}
	if !screenHasText(w, "Högsta nivå totalt: 4 – Allvarlig") {
		t.Error("Resultat does not show the overall level 4")
	}

	// Everything is saved: reopen the file and compare.
	id := u.workshop.c.ID
	u.svc.Close()
	u.svc = nil
	db, err := app.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.Classification(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.InfoTypes) != 2 {
		t.Fatalf("got %d information types, want 2", len(c.InfoTypes))
	}
	for _, it := range c.InfoTypes {
		for i, a := range domain.AllAspects {
			r := it.Ratings[a]
			if int(r.Level) != levels[it.Name][i] || r.Motivation != "Motivering "+it.Name+" "+string(a) {
				t.Errorf("%s %s: got %v %q", it.Name, a, r.Level, r.Motivation)
			}
		}
	}
	res := c.Result(domain.DefaultModel())
	if got := res.Effective(); got[domain.Confidentiality] != 3 || got[domain.Availability] != 4 {
		t.Errorf("stored result %v", got)
	}
}

// TestFollowUpKeepsDecidedVersion decides a classification, starts the
// yearly follow-up from a copy, changes a level in it, and finds both
// versions readable side by side.
func TestFollowUpKeepsDecidedVersion(t *testing.T) {
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Lönesystem"}
	u.svc.CreateAsset(a)
	c := decided(t, u, a, "Johan Ek", domain.NewDate(2025, 11, 1), domain.InfoType{Name: "Löner", Ratings: map[domain.Aspect]domain.Rating{
		domain.Confidentiality: {Level: 3, Motivation: "a"}, domain.Integrity: {Level: 3, Motivation: "b"},
		domain.Availability: {Level: 2, Motivation: "c"}, domain.Traceability: {Level: 2, Motivation: "d"}}})
	u.showWorkshop(a.ID)
	if !u.workshop.locked {
		t.Fatal("a decided classification is not locked")
	}
	test.Tap(findButton(t, u.Window(), "Starta uppföljning"))
	w := u.workshop
	if w.locked || w.c.ID == c.ID || w.c.Kind != domain.KindFollowUp {
		t.Fatalf("follow-up not started: %+v", w.c)
	}
	w.show(2)
	test.Tap(findLevelCard(t, u.Window(), 4))
	all, _ := u.svc.Classifications(a.ID)
	if len(all) != 2 || all[1].ID != c.ID || all[1].InfoTypes[0].Ratings[domain.Confidentiality].Level != 3 ||
		all[0].InfoTypes[0].Ratings[domain.Confidentiality].Level != 4 {
		t.Fatalf("versions %+v", all)
	}
	w.compareVersions()
	if !screenHasText(u.Window(), "fastställd 2025-11-01") || !screenHasText(u.Window(), "ej fastställd") {
		t.Error("the versions are not shown side by side")
	}
}

// decided classifies asset a with the information types ts and decides
// it as by on day at, through the use cases the workshop calls.
func decided(t *testing.T, u *UI, a *domain.Asset, by string, at domain.Date, ts ...domain.InfoType) *domain.Classification {
	t.Helper()
	ws, err := u.svc.OpenWorkshop(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ts {
		if err := u.svc.AddInfoType(ws.Classification.ID, &ts[i]); err != nil {
			t.Fatal(err)
		}
	}
	if at.Time().Before(ws.Classification.Date.Time()) {
		// A decision lies on or after the day its classification began.
		ws.Classification.Date = at
		if err := u.svc.UpdateClassification(ws.Classification); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := u.svc.Decide(ws.Classification.ID, domain.OwnerDecision{By: by, At: at}); err != nil {
		t.Fatal(err)
	}
	c, err := u.svc.Classification(ws.Classification.ID)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
