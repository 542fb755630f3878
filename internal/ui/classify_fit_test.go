package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// classifyInView reports what of the classification step is not shown
// whole: a level card (its whole description and "Vald nivå"), the
// question or the motivation.
func classifyInView(u *UI) []string {
	settleWindow(u.win)
	s := u.workshop.classify
	var out []string
	for _, c := range s.cards {
		if !inView(u.win, c) {
			at, shown, _ := placement(u.win, c)
			out = append(out, fmt.Sprintf("card %d at %s shown %s", c.Level, fmtRect(at), fmtRect(shown)))
		}
	}
	if !inView(u.win, s.motivation) {
		out = append(out, "the motivation")
	}
	return out
}

func fmtRect(r rect) string {
	return fmt.Sprintf("(%.0f,%.0f)–(%.0f,%.0f)", r.x0, r.y0, r.x1, r.y1)
}

// TestClassifyCardsInView: at the laptop's 1366×768, and presenting at
// 1366×768 and a projector's 1280×720, every level card of every aspect
// of the demo's workshops is shown whole beside the motivation, with
// nothing to scroll; on the laptop, after a silent vote is run by keys
// and shown, the cards stay in view with the outcome above them.
func TestClassifyCardsInView(t *testing.T) {
	u := newDemoUI(t)
	_, ongoing, _ := demoAssets(u)
	cases := []struct {
		size    fyne.Size
		present bool
	}{{screenSizes[0], true}, {screenSizes[1], true}, {screenSizes[0], false}}
	for _, c := range cases {
		if u.presenting != c.present {
			u.togglePresentation()
		}
		u.showRegister()
		u.win.Resize(contentSize(c.size, u.presenting))
		u.showWorkshopStep(ongoing.Asset.ID, stepClassify)
		s := u.workshop.classify
		for i := range u.workshop.c.InfoTypes {
			for j := range u.workshop.d.model.Aspects {
				s.goTo(i, j)
				for _, p := range classifyInView(u) {
					t.Errorf("%v×%v presenting %v, type %d aspect %d: %s", c.size.Width, c.size.Height, c.present, i, j, p)
				}
			}
		}
	}
	s := u.workshop.classify
	s.goTo(0, 0)
	s = u.workshop.classify
	s.picker.TypedRune('r') // as the keyboard runs a vote
	for k := range u.workshop.c.Participants {
		s.picker.TypedRune(rune('2' + k%2))
	}
	s.picker.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !s.vote.round.Revealed || !s.vote.outcome.Visible() {
		t.Fatal("the vote is not shown")
	}
	for _, p := range classifyInView(u) {
		t.Errorf("1366×768, after a vote: %s", p)
	}
	if !inView(u.win, s.vote.spread) {
		t.Error("the vote's spread is not in view")
	}
}

// TestClassifyCardsInViewKlassa: KLASSA's five cards, the model a new
// database is offered first, are shown whole too when presenting, on the
// laptop and on the projector. (Outside presentation at 1366×768 the
// longest description, K at level 4, still needs its box scrolled by a
// line.)
func TestClassifyCardsInViewKlassa(t *testing.T) {
	u := newKlassaUI(t)
	if err := u.svc.FillDemo(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	u.showRegister()
	_, ongoing, _ := demoAssets(u)
	for _, c := range []struct {
		size    fyne.Size
		present bool
	}{{screenSizes[0], true}, {screenSizes[1], true}} {
		if u.presenting != c.present {
			u.togglePresentation()
		}
		u.showRegister()
		u.win.Resize(contentSize(c.size, u.presenting))
		u.showWorkshopStep(ongoing.Asset.ID, stepClassify)
		cs := u.workshop.classify
		if len(cs.cards) != 5 {
			t.Fatalf("%d cards, want KLASSA's five", len(cs.cards))
		}
		for i := range u.workshop.c.InfoTypes {
			for j := range u.workshop.d.model.Aspects {
				cs.goTo(i, j)
				for _, p := range classifyInView(u) {
					t.Errorf("%v×%v presenting %v, type %d aspect %d: %s", c.size.Width, c.size.Height, c.present, i, j, p)
				}
			}
		}
	}
}

// newKlassaUI opens the window on a new database made with the KLASSA
// model (0–4), as a municipality choosing the suggestion has.
func newKlassaUI(t *testing.T) *UI {
	t.Helper()
	klassa, _ := domain.ShippedModel("klassa")
	path := filepath.Join(t.TempDir(), "klassa.db")
	s, err := app.NewDatabase(path, klassa)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	u := New(test.NewTempApp(t))
	u.Clock = app.FixedDay(testToday)
	if err := u.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { u.jobs.Wait(); u.stopTicking(); u.svc.Close() })
	return u
}
