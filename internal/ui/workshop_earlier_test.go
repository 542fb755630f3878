package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"
)

// TestWorkshopEarlierClassification: the workshop of an asset classified
// in a hand-kept list says the classification was made outside Infoklass
// and starts a follow-up from it with one tap.
func TestWorkshopEarlierClassification(t *testing.T) {
	u, _ := newTestUI(t)
	w := u.Window()
	f := excelize.NewFile()
	header := []any{"System", "Ägare", "K", "R", "T", "Senast klassad"}
	row := []any{"Lönesystem", "Anna Berg", 3, 2, 2, "2025-03-01"}
	f.SetSheetRow("Sheet1", "A1", &header)
	f.SetSheetRow("Sheet1", "A2", &row)
	path := filepath.Join(t.TempDir(), "förteckning.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ctx := context.Background()
	p, err := u.svc.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p)
	}
	if err := u.svc.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	sums, _ := u.svc.Register()
	u.showWorkshop(sums[0].Asset.ID)
	if u.workshop == nil {
		t.Fatal("workshop did not open")
	}
	if got := labels(w); !strings.Contains(got, "Klassad enligt tidigare förteckning 2025-03-01 (K3 R2 T2), från förteckning.xlsx rad 2") ||
		!strings.Contains(got, "gjordes utanför Infoklass") {
		t.Errorf("the workshop says:\n%s", got)
	}
	test.Tap(findButton(t, w, "Starta uppföljning från den"))
	c := u.workshop.c
	if c.Decided() || len(c.InfoTypes) != 1 || c.InfoTypes[0].Ratings["K"].Level != 3 {
		t.Errorf("follow-up %+v", c)
	}
	if strings.Contains(labels(w), "gjordes utanför Infoklass") {
		t.Error("the banner stays over the follow-up")
	}
}
