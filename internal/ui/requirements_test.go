package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestRequirementFulfilmentEditing sets a requirement's status and how it
// is met in the asset's requirement view. In the 1–4 model a T4 asset
// gets the catalogue's strongest outage requirement and no separate
// analysis.
func TestRequirementFulfilmentEditing(t *testing.T) {
	test.NewTempApp(t)
	translationsOnce.Do(loadTranslations)
	svc := libraryService(t, true)
	sums, err := svc.Register()
	if err != nil {
		t.Fatal(err)
	}
	s := sums[0]
	s.Effective[domain.Availability] = 4 // as if T were 4: the strongest outage requirement
	s.Overall = 4
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	var errs []error
	box, err := requirementsView(svc, win, s, func(_ string, err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatal(err)
	}
	win.SetContent(box)
	win.Resize(fyne.NewSize(1000, 4000))
	if !strings.Contains(labels(win), "höjer tillgången i prioriteringslistan") || strings.Contains(labels(win), "Tillgänglighet på nivå 4") ||
		!strings.Contains(labels(win), "T-04") || strings.Contains(labels(win), "T-03") {
		t.Errorf("view:\n%s", labels(win))
	}
	var selects []*widget.Select
	var hows, dates, refs []*field
	for _, o := range test.LaidOutObjects(win.Canvas().Content()) {
		switch x := o.(type) {
		case *widget.Select:
			selects = append(selects, x)
		case *field:
			switch {
			case strings.HasPrefix(x.PlaceHolder, "Hur uppfylls"):
				hows = append(hows, x)
			case strings.HasPrefix(x.PlaceHolder, "Gjord den"):
				dates = append(dates, x)
			case strings.HasPrefix(x.PlaceHolder, "Diarienummer"):
				refs = append(refs, x)
			}
		}
	}
	rows, _, _ := svc.Requirements(s)
	if len(selects) != len(rows) || len(hows) != len(rows) || len(dates) != 0 || len(refs) != 0 {
		t.Fatalf("%d selects, %d text fields for %d requirements; %d date fields", len(selects), len(hows), len(rows), len(dates))
	}
	id0, id1 := rows[0].Requirement.ID, rows[1].Requirement.ID
	test.Type(hows[0], "Individuella konton i AD")
	hows[0].Flush()
	selects[0].SetSelected("Delvis")
	// Ej tillämpligt without a reason is refused and the status stays.
	selects[1].SetSelected("Ej tillämpligt")
	if selects[1].Selected != "Ej bedömt" {
		t.Errorf("status without reason: %q", selects[1].Selected)
	}
	for _, o := range win.Canvas().Overlays().List() {
		o.Hide()
	}
	test.Type(hows[1], "Ingen lagring")
	selects[1].SetSelected("Ej tillämpligt")
	if len(errs) != 0 {
		t.Fatalf("errors %v", errs)
	}
	fs, _ := svc.Fulfilments(s.Asset.ID)
	if fs[id0] != (domain.Fulfilment{RequirementID: id0, Status: domain.FulfilPartly, How: "Individuella konton i AD"}) {
		t.Errorf("%s: %+v", id0, fs[id0])
	}
	if ex, _ := svc.RequirementExclusions(s.Asset.ID); ex[id1] != "Ingen lagring" || fs[id1].Status != domain.FulfilNotApplicable {
		t.Errorf("%s: %+v, exclusions %v", id1, fs[id1], ex)
	}
}
