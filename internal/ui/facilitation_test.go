package ui

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// workshopWithType opens the workshop of a new asset with one information
// type, at the classification step.
func workshopWithType(t *testing.T) (*UI, *workshopScreen) {
	t.Helper()
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Bemanning", OwnerName: "Maria Lindqvist"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(a.ID)
	w := u.workshop
	if err := w.addInfoType("Scheman"); err != nil {
		t.Fatal(err)
	}
	w.show(stepClassify)
	return u, w
}

// TestKeyboardClassification classifies one information type using only
// keys: 1–4 for the level, Tab to the motivation, typing, Ctrl+Enter on.
func TestKeyboardClassification(t *testing.T) {
	u, w := workshopWithType(t)
	c := u.Window().Canvas()
	levels := []rune{'3', '2', '4', '1'}
	for i, a := range domain.AllAspects {
		c.Unfocus()
		test.TypeOnCanvas(c, string(levels[i]))
		u.typedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		f, ok := c.Focused().(*field)
		if !ok || f != w.classify.motivation {
			t.Fatalf("%s: Tab did not focus the motivation", a)
		}
		test.Type(f, "Motiverat med tangentbordet")
		f.TypedShortcut(keyNextAspect)
	}
	if w.current != stepResult {
		t.Fatalf("after the last aspect the workshop is on step %d, want Resultat", w.current+1)
	}
	got, _ := u.svc.Classification(w.c.ID)
	for i, a := range domain.AllAspects {
		r := got.InfoTypes[0].Ratings[a]
		if r.Level != domain.Level(levels[i]-'0') || r.Motivation != "Motiverat med tangentbordet" {
			t.Errorf("%s: %v %q", a, r.Level, r.Motivation)
		}
	}
	u.shortcut(keyPrevStep)
	if w.current != stepClassify {
		t.Errorf("Ctrl+PageUp went to step %d", w.current+1)
	}
	u.showHelp()
	if !screenHasText(u.Window(), "Välj nivå för aspekten som visas") {
		t.Error("the help overlay does not list the shortcuts")
	}
}

// TestPresentationLayout checks presentation mode at 1280×720 against a
// golden image: larger text, the question dominant, no side panels.
func TestPresentationLayout(t *testing.T) {
	u, w := workshopWithType(t)
	w.classify.choose(3)
	u.Window().Resize(fyne.NewSize(1280, 720))
	u.togglePresentation()
	if !u.presenting || u.theme.scale != presentationScale {
		t.Fatal("presentation mode is not on")
	}
	for _, o := range objects(u.Window()) {
		if b, ok := o.(*widget.Button); ok && strings.HasPrefix(b.Text, "Scheman ") {
			t.Error("the information type panel is still shown")
		}
		if l, ok := o.(*widget.Label); ok && l.Text == "Steg" {
			t.Error("the step list is still shown")
		}
	}
	test.AssertImageMatches(t, "presentation-1280x720.png", u.Window().Canvas().Capture())
	u.shortcut(keyPresent)
	if u.presenting || u.theme.scale != 1 {
		t.Error("presentation mode did not switch off")
	}
}

// TestParkedQuestions parks two questions, sees them in the decision
// step, resolves one, and finds both in the protocol.
func TestParkedQuestionsAndProtocol(t *testing.T) {
	u, w := workshopWithType(t)
	w.park("Vem äger loggarna hos leverantören?")
	w.park("Omfattas vikarier?")
	if w.parkBtn.Text != "Parkera fråga (2 öppna)" {
		t.Errorf("park button says %q", w.parkBtn.Text)
	}
	w.show(stepDecision)
	if !screenHasText(u.Window(), "Parkerade frågor (2)") {
		t.Error("the decision step does not list the parked questions")
	}
	var checks []*widget.Check
	for _, o := range objects(u.Window()) {
		if c, ok := o.(*widget.Check); ok && c.Text == "Omfattas vikarier?" {
			checks = append(checks, c)
		}
	}
	if len(checks) != 1 {
		t.Fatal("no check box for the parked question")
	}
	test.Tap(checks[0])
	stored, _ := u.svc.ParkedQuestions(w.c.ID)
	if len(stored) != 2 || stored[0].Resolved || !stored[1].Resolved {
		t.Errorf("stored %+v", stored)
	}

	w.c.Scope = "Hela schemaläggningen"
	w.c.Participants = []domain.Participant{{Name: "Maria Lindqvist", Role: domain.RoleOwner}, {Name: "Nils Åberg", Role: domain.RoleISAM}}
	var buf bytes.Buffer
	if err := xlsx.ExportProtocol(&buf, xlsx.Protocol{Model: w.d.svc.Model(), Asset: *w.asset, Classification: w.c, Parked: stored}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(xlsx.SheetProtocol)
	var all []string
	for _, r := range rows {
		all = append(all, strings.Join(r, " | "))
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"Protokoll från informationsklassning", "Informationstillgång | Bemanning", "Hela schemaläggningen",
		"Nils Åberg, Informationssäkerhetssamordnare (ISAM)", "Scheman", "Vem äger loggarna hos leverantören?", "2 (löst) | Omfattas vikarier?",
		"Ingen tröskelanalys gjordes.", "Underskrift", "Nästa uppföljning"} {
		if !strings.Contains(text, want) {
			t.Errorf("protocol lacks %q:\n%s", want, text)
		}
	}
}
