package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/app"
)

// TestDemoBanner: the demo database says so above the register, and
// one click opens the user's own database, where nothing says demo.
func TestDemoBanner(t *testing.T) {
	u, own := newTestUI(t) // the user's own database, empty
	if screenHasText(u.win, "demodatabasen") {
		t.Fatal("the user's own database is shown as the demo")
	}
	demoPath := filepath.Join(t.TempDir(), "demo.db")
	u.DefaultDB = own
	svc, err := app.Open(demoPath, app.WithClock(app.FixedDay(testToday))) // infoklass demo -db demo.db
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.FillDemo(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	svc.Close()
	if err := u.Open(demoPath); err != nil { // as a plain start reopens the last file
		t.Fatal(err)
	}
	if !screenHasText(u.win, "Du arbetar i demodatabasen demo.db") {
		t.Fatal("the demo database is not named on the register")
	}
	pressShortcut(u, keyFind)
	if u.win.Canvas().Focused() != u.register.search {
		t.Errorf("Ctrl+F over the banner focuses %T", u.win.Canvas().Focused())
	}
	_, ongoing, _ := demoAssets(u)
	u.showWorkshopStep(ongoing.Asset.ID, stepClassify)
	u.showRegister()
	if !screenHasText(u.win, "Du arbetar i demodatabasen demo.db") {
		t.Error("the demo database is not named when the register is shown again")
	}
	test.Tap(findButton(t, u.win, "Öppna din egen databas"))
	if u.svc.Path() != own || screenHasText(u.win, "demodatabasen") {
		t.Errorf("after the click %s is open, banner %v", u.svc.Path(), screenHasText(u.win, "demodatabasen"))
	}
}
