package ui

import (
	"context"
	"image/color"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// voteFixture opens a service with a classification of four participants
// and one information type, and a window showing the vote panel for K.
func voteFixture(t *testing.T) (*app.Service, fyne.Window, *domain.Classification, *votePanel, *[]error) {
	t.Helper()
	test.NewTempApp(t)
	translationsOnce.Do(loadTranslations)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "rost.db"))
	if err != nil {
		t.Fatal(err)
	}
	svc := app.New(db)
	t.Cleanup(func() { svc.Close() })
	a := &domain.Asset{Name: "Hemtjänstplanering"}
	if err := db.CreateAsset(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	c := domain.NewClassification(a.ID, svc.Model(), domain.NewDate(2026, 11, 2))
	c.Participants = []domain.Participant{{Name: "Eva Ek", Role: domain.RoleOwner}, {Name: "Per Ås", Role: domain.RoleISAM},
		{Name: "Li Berg", Role: domain.RoleDSO}, {Name: "Omar Said", Role: domain.RoleRepresentative}}
	c.InfoTypes = []domain.InfoType{{Name: "Besöksscheman"}}
	if err := db.CreateClassification(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	var errs []error
	p := newVotePanel(svc, win, c, &c.InfoTypes[0], domain.Confidentiality, func(_ string, err error) { errs = append(errs, err) })
	win.SetContent(container.NewVBox(p.outcome, p.content)) // as the screen shows them: the outcome above the cards
	win.Resize(fyne.NewSize(900, 600))
	return svc, win, c, p, &errs
}

// labels returns the texts on screen, of labels and of drawn text such
// as the level badges, one a line.
func labels(w fyne.Window) string {
	var s []string
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		switch x := o.(type) {
		case *widget.Label:
			if x.Visible() {
				s = append(s, x.Text)
			}
		case *canvas.Text:
			if x.Visible() {
				s = append(s, x.Text)
			}
		}
	}
	return strings.Join(s, "\n")
}

// dots counts the hidden votes drawn on screen: filled and empty.
func dots(w fyne.Window) (filled, empty int) {
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if c, ok := o.(*canvas.Circle); ok && c.Visible() {
			if c.FillColor == color.Transparent {
				empty++
			} else {
				filled++
			}
		}
	}
	return filled, empty
}

// TestSilentVoteByKeyboard runs a silent vote by keyboard alone: R
// starts it, 1–4 enter each participant's vote in list order (hidden as
// dots), Backspace corrects the last, Enter shows them with the spread,
// flagged for discussion at two levels or more.
func TestSilentVoteByKeyboard(t *testing.T) {
	svc, win, c, p, errs := voteFixture(t)
	if p.Voting() || p.TypedRune('3') {
		t.Fatal("1–4 taken before a vote was started")
	}
	if !p.TypedRune('r') || !p.Voting() {
		t.Fatal("R did not start a vote")
	}
	for _, r := range "234" {
		p.TypedRune(r)
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace}) // Li Berg meant 3
	p.TypedRune('3')
	if f, e := dots(win); f != 3 || e != 1 {
		t.Errorf("%d filled and %d empty dots with three votes of four", f, e)
	}
	p.TypedRune('4')
	text := labels(win)
	if f, e := dots(win); f != 4 || e != 0 || strings.Contains(text, "K2") || strings.Contains(text, "K4") {
		t.Fatalf("votes not hidden before Visa (%d dots):\n%s", f, text)
	}
	if !strings.Contains(text, "4 av 4 har röstat.") {
		t.Errorf("count missing:\n%s", text)
	}
	if !p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) || p.Voting() {
		t.Fatal("Enter did not show the votes")
	}
	text = labels(win)
	for _, want := range []string{"K2", "K3", "K4", "Spridning – diskutera: 2 nivåer (K2–K4)", "Röster: K2: 1, K3: 2, K4: 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("after Visa lacks %q:\n%s", want, text)
		}
	}
	if f, e := dots(win); f+e != 0 {
		t.Error("dots remain after Visa")
	}
	got, _ := svc.Votes(c.ID)
	if len(got) != 1 || !got[0].Revealed || got[0].Spread() != 2 || got[0].Summary(svc.Model()) != "4 röster: 2, 3, 3, 4; spridning 2 – diskutera" {
		t.Errorf("stored %+v", got)
	}
	// Keys after Visa go back to the cards; R starts again.
	if p.TypedRune('2') || p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) {
		t.Error("the panel took keys after Visa")
	}
	p.TypedRune('R')
	p.TypedRune('1')
	p.TypedRune('2')
	p.TypedRune('V')
	if p.round.Spread() != 1 || p.round.Discuss() || !strings.Contains(labels(win), "Spridning: 1 (K1–K2)") {
		t.Errorf("second round %+v\n%s", p.round, labels(win))
	}
	if len(*errs) != 0 {
		t.Errorf("errors %v", *errs)
	}
	// A new panel shows the latest vote, revealed.
	q := newVotePanel(svc, win, c, &c.InfoTypes[0], domain.Confidentiality, func(string, error) {})
	if q.round == nil || q.round.ID != p.round.ID || q.Voting() {
		t.Errorf("reopened panel %+v", q.round)
	}
}

// TestSilentVoteByTapping enters votes with a tap per participant.
func TestSilentVoteByTapping(t *testing.T) {
	_, win, _, p, _ := voteFixture(t)
	test.Tap(findButton(t, win, "Starta tyst röstning"))
	var digits []*widget.Button
	for _, o := range test.LaidOutObjects(win.Canvas().Content()) {
		if b, ok := o.(*widget.Button); ok && b.Visible() && len(b.Text) == 1 {
			digits = append(digits, b)
		}
	}
	if len(digits) != 16 {
		t.Fatalf("%d digit buttons, want 4 per participant", len(digits))
	}
	test.Tap(digits[3])  // Eva 4
	test.Tap(digits[4])  // Per 1
	test.Tap(digits[10]) // Li 3 (tapping skips nobody: Omar has not voted)
	test.Tap(findButton(t, win, "Visa"))
	if p.round.Spread() != 3 || len(p.round.Votes) != 3 || !strings.Contains(labels(win), "röstade inte") {
		t.Errorf("round %+v\n%s", p.round, labels(win))
	}
}

// TestSilentVoteLocked: a decided classification takes no votes.
func TestSilentVoteLocked(t *testing.T) {
	_, _, c, p, _ := voteFixture(t)
	c.DecidedOn = time.Now()
	p.refresh()
	if p.TypedRune('r') || p.Voting() || !p.start.Disabled() {
		t.Error("a vote started on a decided classification")
	}
}
