package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// TestFirstRun: an empty register offers the three ways in, and "Prova
// med demodata" fills it; then the list stands in its place.
func TestFirstRun(t *testing.T) {
	u, _ := newTestUI(t)
	w := u.Window()
	r := u.register
	if r == nil {
		u.showRegister()
		r = u.register
	}
	list := container.NewStack()
	w.SetContent(r.withFirstRun(list))
	w.Resize(fyne.NewSize(1200, 800))
	for _, b := range []string{"Importera er befintliga lista…", "Ny informationstillgång", "Prova med demodata"} {
		findButton(t, w, b)
	}
	test.Tap(findButton(t, w, "Ny informationstillgång"))
	findButton(t, w, "Skapa")
	test.Tap(findButton(t, w, "Avbryt"))
	test.Tap(findButton(t, w, "Prova med demodata"))
	waitFor(t, u, "the demo data", func() bool { return u.register != nil && len(u.register.all) > 0 })
	sums, _ := u.svc.Register()
	if len(sums) == 0 {
		t.Fatal("no assets after Prova med demodata")
	}
	// With assets, the same wrapper shows the list.
	content := r.withFirstRun(list)
	w.SetContent(content)
	w.Resize(fyne.NewSize(1201, 800))
	if !list.Visible() {
		t.Error("the list is hidden in a register with assets")
	}
}
