package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// pressEnter sends Enter to the focused widget, as the keyboard would.
func pressEnter(t *testing.T, w fyne.Window) {
	t.Helper()
	f := w.Canvas().Focused()
	if f == nil {
		t.Fatal("nothing has the focus")
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// dialogSelect returns the select of the topmost dialog that offers option.
func dialogSelect(t *testing.T, w fyne.Window, option string) *widget.Select {
	t.Helper()
	var found *widget.Select
	for _, o := range objects(w) {
		if s, ok := o.(*widget.Select); ok {
			for _, opt := range s.Options {
				if opt == option {
					found = s
				}
			}
		}
	}
	if found == nil {
		t.Fatalf("no select offering %q", option)
	}
	return found
}

func overlays(w fyne.Window) int { return len(w.Canvas().Overlays().List()) }

// TestProcessingsInThresholdStep creates a processing from the threshold
// step with the keyboard, marks its DPIA done (refused without a date,
// the typed text kept), links it to a second asset through the link
// dialog, and sees both in the list of processings.
func TestProcessingsInThresholdStep(t *testing.T) {
	u, _ := newTestUI(t)
	win := u.Window()
	home := &domain.Asset{Name: "Verksamhetssystem för hemtjänst", PersonalData: true}
	ws := openWith(t, u, home, domain.InfoType{Name: "Journalanteckningar", Ratings: allRated(3)})
	ws.thr.full = true
	ws.show(4)
	if !screenHasText(win, "Ingen behandling är kopplad") {
		t.Fatal("the threshold step does not say that no processing is linked")
	}
	test.Tap(findButton(t, win, "Ny behandling…"))
	if overlays(win) != 1 {
		t.Fatal("no dialog for a new processing")
	}
	test.Type(win.Canvas().Focused(), "Social dokumentation i hemtjänsten")
	typeInto(win, findEntry(t, win, "t.ex. RF-"), "RF-2024-017")
	pressEnter(t, win)
	ps, err := u.svc.AssetProcessings(home.ID)
	if err != nil || len(ps) != 1 || ps[0].Name != "Social dokumentation i hemtjänsten" || ps[0].RecordRef != "RF-2024-017" {
		t.Fatalf("after Enter: %+v, %v", ps, err)
	}
	if overlays(win) != 0 || !screenHasText(win, "Registerförteckning RF-2024-017 · DPIA: Ej påbörjad") {
		t.Fatal("the new processing is not shown in the step")
	}

	// Done without a date: refused, explained, and the form back with the status kept.
	test.Tap(findButton(t, win, "Ändra…"))
	dialogSelect(t, win, "Genomförd").SetSelected("Genomförd")
	typeInto(win, findEntry(t, win, "Diarienummer"), "Dnr 2026/0412")
	pressEnter(t, win)
	if !screenHasText(win, "En genomförd konsekvensbedömning behöver ett datum.") {
		t.Fatal("a done DPIA without a date is not explained")
	}
	test.Tap(findButton(t, win, "OK"))
	if got := dialogSelect(t, win, "Genomförd").Selected; got != "Genomförd" {
		t.Fatalf("the form came back with %q", got)
	}
	typeInto(win, findEntry(t, win, "ÅÅÅÅ-MM-DD"), "2026-11-20")
	for _, o := range objects(win) {
		if c, ok := o.(*widget.Check); ok && c.Text == "Med tillhörande riskanalys" {
			c.SetChecked(true)
		}
	}
	typeInto(win, findEntry(t, win, "Diarienummer"), "")
	pressEnter(t, win)
	ps, _ = u.svc.AssetProcessings(home.ID)
	want := domain.ProcessingDPIA{Status: domain.DPIADone, Date: domain.NewDate(2026, 11, 20), Reference: "Dnr 2026/0412",
		RiskAnalysis: domain.NewDate(2026, 11, 20)}
	if len(ps) != 1 || ps[0].DPIA != want {
		t.Fatalf("DPIA stored: %+v", ps)
	}

	// A second asset links the processing by name, with Enter.
	staff := &domain.Asset{Name: "Bemanning hemtjänst", PersonalData: true}
	ws = openWith(t, u, staff, domain.InfoType{Name: "Scheman", Ratings: allRated(2)})
	ws.thr.full = true
	ws.show(4)
	test.Tap(findButton(t, win, "Koppla behandling…"))
	test.Type(win.Canvas().Focused(), "social dokumentation i hemtjänste")
	pressEnter(t, win) // not a whole name: nothing linked, the dialog stays
	if ps, _ = u.svc.AssetProcessings(staff.ID); len(ps) != 0 || overlays(win) != 1 {
		t.Fatalf("a part of a name linked %+v", ps)
	}
	test.Type(win.Canvas().Focused(), "n")
	pressEnter(t, win)
	ps, _ = u.svc.AssetProcessings(staff.ID)
	if len(ps) != 1 || len(ps[0].AssetIDs) != 2 {
		t.Fatalf("linked: %+v", ps)
	}
	// Linking again finds nothing left to link.
	test.Tap(findButton(t, win, "Koppla behandling…"))
	if !screenHasText(win, "Det finns inga andra behandlingar att koppla") {
		t.Error("the link dialog does not say that nothing is left to link")
	}
	test.Tap(findButton(t, win, "OK"))

	u.showRegister()
	u.register.selected = staff.ID
	u.register.showDetail()
	if !screenHasText(win, "Social dokumentation i hemtjänsten – RF-2024-017") {
		t.Error("the register's detail does not list the asset's processings")
	}
	u.showProcessings()
	for _, s := range []string{"Social dokumentation i hemtjänsten", "Registerförteckning RF-2024-017 · DPIA: Genomförd, 2026-11-20, Dnr 2026/0412, med riskanalys",
		"Informationstillgångar: Bemanning hemtjänst, Verksamhetssystem för hemtjänst", "1 behandling"} {
		if !screenHasText(win, s) {
			t.Errorf("the list of processings lacks %q", s)
		}
	}
}

// TestProcessingsScreenDialogs opens every dialog of the list of
// processings: a new processing from the list, a duplicate name refused
// with its words, and the edit dialog; the register's button opens the
// list.
func TestProcessingsScreenDialogs(t *testing.T) {
	u, _ := newTestUI(t)
	win := u.Window()
	u.showRegister()
	test.Tap(findButton(t, win, "Behandlingar"))
	if !screenHasText(win, "Inga behandlingar ännu") {
		t.Fatal("the register's button does not open the empty list")
	}
	for i, name := range []string{"Elevregistret", "elevregistret"} {
		test.Tap(findButton(t, win, "Ny behandling…"))
		test.Type(win.Canvas().Focused(), name)
		pressEnter(t, win)
		if i == 1 && !screenHasText(win, "Det finns redan en behandling med det namnet.") {
			t.Error("a second processing of the same name is not refused in words")
		}
	}
	test.Tap(findButton(t, win, "OK"))
	test.Tap(findButton(t, win, "Avbryt"))
	all, _ := u.svc.Processings()
	if len(all) != 1 || !screenHasText(win, "Ingen informationstillgång kopplad") {
		t.Fatalf("processings: %+v", all)
	}
	test.Tap(findButton(t, win, "Ändra…"))
	dialogSelect(t, win, "Krävs inte").SetSelected("Krävs inte")
	var reason *dialogArea
	for _, o := range objects(win) {
		if a, ok := o.(*dialogArea); ok && strings.HasPrefix(a.PlaceHolder, "Skäl") {
			reason = a
		}
	}
	typeInto(win, reason, "Omfattas av stadens gemensamma konsekvensbedömning (C1)")
	test.Tap(findButton(t, win, "Spara"))
	if all, _ = u.svc.Processings(); all[0].DPIA.Status != domain.DPIANotRequired || !screenHasText(win, "DPIA: Krävs inte, Omfattas av stadens") {
		t.Errorf("not required: %+v", all[0].DPIA)
	}
}

func TestMatchingNames(t *testing.T) {
	names := []string{"Social dokumentation i hemtjänsten", "Kameraövervakning av skolgård", "Närvarohantering i förskolan"}
	if got := matchingNames(names, " KAMERA"); len(got) != 1 || got[0] != names[1] {
		t.Errorf("kamera: %q", got)
	}
	if got := matchingNames(names, "sko"); len(got) != 2 {
		t.Errorf("sko: %q", got)
	}
	if got := matchingNames(names, "lön"); len(got) != 3 {
		t.Errorf("no match offers every name: %q", got)
	}
}
