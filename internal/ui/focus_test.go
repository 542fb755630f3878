package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/domain"
)

// The keyboard as the desktop driver delivers it: a focused control gets
// the key, otherwise the window does; Tab moves the focus unless the
// focused control keeps it; a shortcut goes to a focused control that
// takes shortcuts, otherwise to the window.

func pressRune(u *UI, r rune) {
	c := u.win.Canvas()
	if f := c.Focused(); f != nil {
		f.TypedRune(r)
	} else if c.OnTypedRune() != nil {
		c.OnTypedRune()(r)
	}
}

func pressKey(u *UI, name fyne.KeyName) {
	c := u.win.Canvas()
	if name == fyne.KeyTab {
		if t, ok := c.Focused().(fyne.Tabbable); !ok || !t.AcceptsTab() {
			c.FocusNext()
			return
		}
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: name})
	} else if c.OnTypedKey() != nil {
		c.OnTypedKey()(&fyne.KeyEvent{Name: name})
	}
}

func pressShortcut(u *UI, s *desktop.CustomShortcut) {
	if f, ok := u.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	u.shortcut(s) // the window's shortcuts
}

func typeKeys(u *UI, text string) {
	for _, r := range text {
		pressRune(u, r)
	}
}

// twoTypes opens the classification step of an asset with two
// information types.
func twoTypes(t *testing.T) (*UI, *workshopScreen) {
	t.Helper()
	u, w := workshopWithType(t)
	if err := w.addInfoType("Semesterlistor"); err != nil {
		t.Fatal(err)
	}
	w.show(stepClassify)
	return u, w
}

// TestLevelKeysWorkOnArrival presses 1–4 right after arriving at step 3
// and right after Ctrl+Enter: each picks the level without a click.
func TestLevelKeysWorkOnArrival(t *testing.T) {
	u, w := twoTypes(t)
	if u.win.Canvas().Focused() != w.classify.picker {
		t.Fatal("arriving at Klassning does not give the keyboard to the level cards")
	}
	pressRune(u, '3')
	pressShortcut(u, keyNextAspect)
	pressRune(u, '2')
	got, _ := u.svc.Classification(w.c.ID)
	if k, r := got.InfoTypes[0].Ratings[domain.Confidentiality].Level, got.InfoTypes[0].Ratings[domain.Integrity].Level; k != 3 || r != 2 {
		t.Errorf("K%d R%d, want K3 R2", k, r)
	}
}

// TestMotivationBelongsToItsAspect rates the last aspect of one type,
// writes its motivation, moves on with Ctrl+Enter and presses 2: the 2
// chooses the next type's level, and no motivation leaks into another.
func TestMotivationBelongsToItsAspect(t *testing.T) {
	u, w := twoTypes(t)
	w.classify.goTo(0, 3) // Scheman, S
	pressRune(u, '2')
	pressKey(u, fyne.KeyTab)
	if u.win.Canvas().Focused() != w.classify.motivation {
		t.Fatal("Tab does not go to the motivation")
	}
	typeKeys(u, "Loggar räcker")
	pressShortcut(u, keyNextAspect) // to Semesterlistor, K
	pressRune(u, '2')
	typeKeys(u, "3") // a second digit changes the level; it is never text
	pressShortcut(u, keyPrevAspect)
	pressShortcut(u, keyNextAspect)
	got, _ := u.svc.Classification(w.c.ID)
	s := got.InfoTypes[0].Ratings[domain.Traceability]
	k := got.InfoTypes[1].Ratings[domain.Confidentiality]
	if s.Level != 2 || s.Motivation != "Loggar räcker" {
		t.Errorf("Scheman S: %v %q, want S2 %q", s.Level, s.Motivation, "Loggar räcker")
	}
	if k.Level != 3 || k.Motivation != "" {
		t.Errorf("Semesterlistor K: %v %q, want K3 and no motivation", k.Level, k.Motivation)
	}
}

// TestKeysNeverReachAHiddenStep types in a participant's name, moves on
// with Ctrl+PageDown and types again: the name keeps what was typed in
// its own step.
func TestKeysNeverReachAHiddenStep(t *testing.T) {
	u, w := workshopWithType(t)
	w.show(stepScope)
	name := findEntries(u.win, "Namn")[0]
	u.win.Canvas().Focus(name)
	pressKey(u, fyne.KeyEnd)
	typeKeys(u, " Lund")
	pressShortcut(u, keyNextStep)
	if w.current != stepTypes {
		t.Fatalf("Ctrl+PageDown shows step %d", w.current+1)
	}
	typeKeys(u, "Test")
	pressShortcut(u, keyNextStep)
	typeKeys(u, "4")
	got, _ := u.svc.Classification(w.c.ID)
	if p := got.Participants[0].Name; p != "Maria Lindqvist Lund" {
		t.Errorf("the participant is %q", p)
	}
	if d := got.InfoTypes[0].Description; d != "" {
		t.Errorf("keys typed after the step changed reached a description: %q", d)
	}
	if l := got.InfoTypes[0].Ratings[domain.Confidentiality].Level; l != 4 {
		t.Errorf("4 on arriving at Klassning gave K%d", l)
	}
}

// TestKeysWaitBehindADialog opens the help with F1: a level key and a
// step shortcut do nothing behind it, Ctrl+N opens no second dialog, and
// Esc closes it.
func TestKeysWaitBehindADialog(t *testing.T) {
	u, w := workshopWithType(t)
	pressRune(u, '3')
	pressKey(u, fyne.KeyF1)
	if !u.dialogOpen() {
		t.Fatal("F1 opened no help")
	}
	pressRune(u, '4')
	pressShortcut(u, keyNextStep)
	pressShortcut(u, keyNew)
	if n := len(u.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open", n)
	}
	if w.current != stepClassify {
		t.Errorf("Ctrl+PageDown behind the help changed the step to %d", w.current+1)
	}
	got, _ := u.svc.Classification(w.c.ID)
	if l := got.InfoTypes[0].Ratings[domain.Confidentiality].Level; l != 3 {
		t.Errorf("4 behind the help changed K3 to K%d", l)
	}
	pressKey(u, fyne.KeyEscape)
	if u.dialogOpen() {
		t.Error("Esc did not close the help")
	}
}

// TestEnterConfirmsAndEscCancels answers a confirmation by keyboard.
func TestEnterConfirmsAndEscCancels(t *testing.T) {
	u := newDemoUI(t)
	for _, c := range []struct {
		key  fyne.KeyName
		want bool
	}{{fyne.KeyEscape, false}, {fyne.KeyReturn, true}, {fyne.KeyEnter, true}} {
		answer := -1
		dialog.ShowConfirm("Fråga", "Fortsätta?", func(ok bool) {
			answer = 0
			if ok {
				answer = 1
			}
		}, u.win)
		pressKey(u, c.key)
		if got := answer == 1; answer < 0 || got != c.want || u.dialogOpen() {
			t.Errorf("%s: answer %d, dialog open %v", c.key, answer, u.dialogOpen())
		}
	}
}

// TestTabLeavesEveryField presses Tab in a multi-line field: the focus
// moves on, and no tab character is typed.
func TestTabLeavesEveryField(t *testing.T) {
	u, w := workshopWithType(t)
	w.show(stepScope)
	scope := findEntry(t, u.win, "Vad ingår").(*field)
	u.win.Canvas().Focus(scope)
	typeKeys(u, "Hela systemet")
	pressKey(u, fyne.KeyTab)
	if u.win.Canvas().Focused() == scope || scope.Text != "Hela systemet" {
		t.Errorf("Tab in the scope: focus %T, text %q", u.win.Canvas().Focused(), scope.Text)
	}
}

// TestMeetingClockStopsWithItsScreen starts the meeting clock, leaves the
// workshop and finds the clock's goroutine stopped and its time kept.
func TestMeetingClockStopsWithItsScreen(t *testing.T) {
	u, w := workshopWithType(t)
	t.Cleanup(u.stopTicking) // the test driver would run the ticks on the clock's goroutine
	_, btn := u.timerControls()
	btn.OnTapped()
	if u.timer.stop == nil || !u.timer.running {
		t.Fatal("the clock did not start")
	}
	stop := u.timer.stop
	u.showRegister()
	if u.timer.stop != nil {
		t.Fatal("the clock still ticks after its screen went")
	}
	select {
	case <-stop:
	default:
		t.Fatal("the clock's goroutine was not told to stop")
	}
	u.showWorkshop(w.asset.ID)
	if u.timer.stop == nil {
		t.Error("the running clock does not tick again in the workshop")
	}
}

// TestSearchEnterOpensTheWorkshop finds an asset with Ctrl+F and a few
// letters, and opens its workshop with Enter.
func TestSearchEnterOpensTheWorkshop(t *testing.T) {
	u := newDemoUI(t)
	pressShortcut(u, keyFind)
	if u.win.Canvas().Focused() != u.register.search {
		t.Fatal("Ctrl+F does not focus the search")
	}
	typeKeys(u, "roapp")
	pressKey(u, fyne.KeyReturn)
	if u.workshop == nil || u.workshop.asset.Name != "Förskolans närvaroapp" {
		t.Fatalf("Enter opened %+v", u.workshop)
	}
}

// TestTabContinuesTheMotivation: Tab into a motivation that has text
// puts the cursor after it, so what is typed goes on from there.
func TestTabContinuesTheMotivation(t *testing.T) {
	u, w := workshopWithType(t)
	pressRune(u, '2')
	pressKey(u, fyne.KeyTab)
	typeKeys(u, "Scheman")
	pressKey(u, fyne.KeyEscape)
	pressKey(u, fyne.KeyTab)
	typeKeys(u, " är interna.")
	u.flushFocused()
	got, _ := u.svc.Classification(w.c.ID)
	if m := got.InfoTypes[0].Ratings[domain.Confidentiality].Motivation; m != "Scheman är interna." {
		t.Errorf("the motivation is %q", m)
	}
}

// TestSearchShowsHitsFromTheTop scrolls the list to its end, searches,
// and finds the hits shown from the first.
func TestSearchShowsHitsFromTheTop(t *testing.T) {
	u := newDemoUI(t)
	u.win.Resize(fyne.NewSize(1280, 720))
	r := u.register
	r.list.ScrollToBottom()
	if r.list.GetScrollOffset() == 0 {
		t.Fatal("the list did not scroll")
	}
	u.win.Canvas().Focus(r.search)
	typeKeys(u, "system")
	if off := r.list.GetScrollOffset(); off != 0 {
		t.Errorf("the hits are shown from offset %v, not from the top", off)
	}
}

// TestSilentVoteInTheWorkshopByKeyboard runs a silent vote in Klassning,
// in presentation mode, with the keys as the window delivers them: R,
// a digit per participant, Enter to show; then a digit chooses the
// group's level as usual.
func TestSilentVoteInTheWorkshopByKeyboard(t *testing.T) {
	u, w := workshopWithType(t)
	if err := u.svc.AddParticipant(w.c.ID, &domain.Participant{Name: "Li Berg", Role: domain.RoleISAM}); err != nil {
		t.Fatal(err)
	}
	u.showWorkshopStep(w.asset.ID, stepClassify)
	u.togglePresentation()
	w = u.workshop
	pressRune(u, 'r')
	pressRune(u, '2')
	pressRune(u, '4')
	got, _ := u.svc.Classification(w.c.ID)
	if l := got.InfoTypes[0].Ratings[domain.Confidentiality].Level; l != domain.Unset {
		t.Fatalf("a vote chose the level K%d", l)
	}
	pressKey(u, fyne.KeyReturn)
	votes, _ := u.svc.Votes(w.c.ID)
	if len(votes) != 1 || !votes[0].Revealed || votes[0].Spread() != 2 || !votes[0].Discuss() {
		t.Fatalf("votes %+v", votes)
	}
	pressRune(u, '3')
	got, _ = u.svc.Classification(w.c.ID)
	if l := got.InfoTypes[0].Ratings[domain.Confidentiality].Level; l != 3 {
		t.Errorf("after the vote 3 chose K%d", l)
	}
}

// TestWheelOverAFieldScrollsThePage turns the mouse wheel over a text
// field in the tall Tröskelanalys step: the page scrolls. The driver gives
// the wheel to the innermost scrollable object under the pointer, which is
// the field's wheel catcher.
func TestWheelOverAFieldScrollsThePage(t *testing.T) {
	u := newDemoUI(t)
	u.win.Resize(fyne.NewSize(1280, 720))
	for _, s := range u.register.shown {
		if s.Status == domain.StatusOngoing {
			u.showWorkshopStep(s.Asset.ID, stepThreshold)
			break
		}
	}
	comment := findEntries(u.win, "Kommentar")[0].(*field)
	objs := test.WidgetRenderer(comment).Objects()
	catcher, ok := objs[len(objs)-1].(fyne.Scrollable)
	if !ok || comment.page == nil {
		t.Fatalf("the field has no wheel catcher on top (%T) or no page (%v)", objs[len(objs)-1], comment.page)
	}
	before := comment.page.Offset
	catcher.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -120)})
	if comment.page.Offset.Y <= before.Y {
		t.Errorf("the wheel over a field did not scroll the page: %v → %v", before, comment.page.Offset)
	}
}
