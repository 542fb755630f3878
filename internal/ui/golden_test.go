package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestGoldenScreens renders the register, every workshop step and the
// presentation mode at the common municipal laptop's 1366×768 and a
// projector's 1280×720, and compares each with its golden image in
// testdata/golden. A changed screen writes its new image to
// testdata/failed; look at it, and copy it over the golden one when the
// change is meant.
func TestGoldenScreens(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(1366, 768), fyne.NewSize(1280, 720)} {
		u := newDemoUI(t)
		w := u.Window()
		w.Resize(size)
		name := func(screen string) string {
			return fmt.Sprintf("golden/%s-%.0fx%.0f.png", screen, size.Width, size.Height)
		}
		test.AssertImageMatches(t, name("register"), w.Canvas().Capture())
		var ongoing int64 // a classification under way: every step has something to show
		for _, s := range u.register.shown {
			if s.Status == domain.StatusOngoing {
				ongoing = s.Asset.ID
				break
			}
		}
		u.showWorkshop(ongoing)
		for i := range u.workshop.steps {
			u.workshop.show(i)
			test.AssertImageMatches(t, name(fmt.Sprintf("step%d", i+1)), w.Canvas().Capture())
		}
		u.workshop.show(stepClassify)
		u.togglePresentation()
		test.AssertImageMatches(t, name("presentation"), w.Canvas().Capture())
		u.togglePresentation()
	}
}
