package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"
)

// TestPlanExport: Årsplan's Exportera till Excel… is disabled while the
// plan is empty; after Föreslå it opens the save dialog with the plan's
// file name, and what it writes holds the proposed assets.
func TestPlanExport(t *testing.T) {
	u := newDemoUI(t)
	w := u.Window()
	w.Resize(fyne.NewSize(1366, 728))
	year := testToday.Year() + 1
	u.showPlan(year)
	var export *widget.Button
	for _, o := range objects(w) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Exportera till Excel…" {
			export = b
		}
	}
	if export == nil || !export.Disabled() {
		t.Fatalf("the export of an empty plan is %v", export)
	}
	test.Tap(findButton(t, w, "Föreslå"))
	test.Tap(findButton(t, w, "Exportera till Excel…"))
	if len(w.Canvas().Overlays().List()) == 0 {
		t.Fatal("Exportera till Excel… opened no dialog")
	}
	name := false
	for _, o := range objects(w) {
		if e, ok := o.(*widget.Entry); ok && e.Text == "Årsplan 2027.xlsx" {
			name = true
		}
	}
	if !name {
		t.Error("the save dialog does not suggest Årsplan 2027.xlsx")
	}
	closeOverlays(u)
	items, _ := u.svc.PlanItems(year)
	path := filepath.Join(t.TempDir(), "plan.xlsx")
	if err := planWriter(u.svc, year)(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Årsplan 2027")
	if len(items) == 0 || len(rows) != len(items)+1 {
		t.Errorf("%d rows for %d plan items", len(rows), len(items))
	}
}
