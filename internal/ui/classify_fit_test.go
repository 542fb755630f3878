package ui

import (
	"testing"

	"fmt"

	"fyne.io/fyne/v2"
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
