package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
)

// projector is the content area of a 1280×720 projector's screen, less
// the window's title bar and menu: every screen fits it without
// scrolling sideways or cutting a control off.
var projector = fyne.NewSize(1280, 640)

// TestScreensFitAProjector opens every screen and workshop step of the
// demo, in the normal and the presentation mode, and checks that none
// needs more room than a 1280×720 projector gives it.
func TestScreensFitAProjector(t *testing.T) {
	u := newDemoUI(t)
	check := func(name string) {
		t.Helper()
		if m := u.screen.MinSize(); m.Width > projector.Width || m.Height > projector.Height {
			t.Errorf("%s needs %.0f×%.0f, more than %v×%v", name, m.Width, m.Height, projector.Width, projector.Height)
		}
	}
	check("the register")
	u.register.list.Select(0)
	check("the register with an asset selected")
	for _, present := range []bool{false, true} {
		for _, s := range u.register.shown[:3] {
			u.showWorkshop(s.Asset.ID)
			if present != u.presenting {
				u.togglePresentation()
			}
			for i := range u.workshop.steps {
				u.workshop.show(i)
				check(fmt.Sprintf("%s, step %d (presentation %v)", s.Asset.Name, i+1, present))
			}
		}
	}
	if u.presenting {
		u.togglePresentation()
	}
	u.showRegister()
	u.showPlan(testToday.Year() + 1)
	check("Årsplan")
}

func TestFitSize(t *testing.T) {
	for _, c := range []struct{ want, area, fit fyne.Size }{
		{fyne.NewSize(1280, 800), fyne.NewSize(1366, 768), fyne.NewSize(1280, 728)},
		{fyne.NewSize(1280, 800), fyne.NewSize(1280, 720), fyne.NewSize(1280, 680)},
		{fyne.NewSize(1474, 969), fyne.NewSize(1024, 600), fyne.NewSize(1024, 560)},
		{fyne.NewSize(1000, 600), fyne.NewSize(1920, 1080), fyne.NewSize(1000, 600)},
		{fyne.NewSize(1280, 800), fyne.Size{}, fyne.NewSize(1280, 800)},
	} {
		if got := fitSize(c.want, c.area); got != c.fit {
			t.Errorf("fitSize(%v, %v) = %v, want %v", c.want, c.area, got, c.fit)
		}
	}
}
