package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/fixture"
)

// newReviewTest shows the review screen on a copy of the fixture
// testdata/review/review.db, in a window of the laptop's size.
func newReviewTest(t *testing.T) (*reviewScreen, fyne.Window, *[]string) {
	t.Helper()
	test.NewTempApp(t)
	svc, err := app.Open(fixture.Copy(t, "review", "review.db"), app.WithClock(app.FixedDay(domain.NewDate(2026, 1, 20))))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	old := app.ReviewLocation
	app.ReviewLocation = time.FixedZone("CET", 3600)
	t.Cleanup(func() { app.ReviewLocation = old })

	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	var errs []string
	report := func(title string, err error) { errs = append(errs, title+": "+err.Error()) }
	var saved []string
	s := newReviewScreen(svc, w, report, func(name string, write func(ctx context.Context, path string) error) {
		p := filepath.Join(t.TempDir(), name)
		if err := write(context.Background(), p); err != nil {
			t.Errorf("export: %v", err)
		}
		saved = append(saved, p)
	})
	w.SetContent(s.content)
	w.Resize(fyne.NewSize(1366, 768))
	t.Cleanup(func() {
		if len(errs) > 0 {
			t.Errorf("errors shown: %v", errs)
		}
	})
	return s, w, &saved
}

// figureButton returns the button of the measure's row for a year.
func figureButton(t *testing.T, s *reviewScreen, id string, year int) *widget.Button {
	t.Helper()
	card := s.body.Objects[0].(*fyne.Container).Objects[0].(*widget.Card)
	grid := card.Content.(*fyne.Container)
	years := s.review.Years()
	for i := 2; i+1 < len(grid.Objects); i += 2 {
		if grid.Objects[i].(*widget.Label).Text != reviewLabel(s.review.Figures.Model, id) {
			continue
		}
		for j, y := range years {
			if y.Year == year {
				return grid.Objects[i+1].(*fyne.Container).Objects[j].(*widget.Button)
			}
		}
	}
	t.Fatalf("no figure %s for %d", id, year)
	return nil
}

func TestReviewScreen(t *testing.T) {
	s, w, saved := newReviewTest(t)
	if s.year != 2025 {
		t.Fatalf("in January the screen opens on the year before, not %d", s.year)
	}
	if !screenHasText(w, "Ledningens genomgång") {
		t.Error("no heading")
	}
	// The comparison side by side: 2023, 2024 and 2025.
	for _, c := range []struct {
		id   string
		year int
		want string
	}{
		{"handled", 2023, "4"}, {"handled", 2024, "3"}, {"handled", 2025, "5"},
		{"handled_followup", 2024, "1"}, {"handled_followup", 2025, "2"}, {"followed_up", 2025, "2"},
		{"cancelled", 2024, "2"}, {"dpia_done", 2024, "1"}, {"level3", 2025, "2"},
	} {
		if got := figureButton(t, s, c.id, c.year).Text; got != c.want {
			t.Errorf("%s %d shows %q, want %q", c.id, c.year, got, c.want)
		}
	}
	// A figure opens to the assets behind it.
	test.Tap(figureButton(t, s, "cancelled", 2024))
	if !screenHasText(w, "Bemanning") || !screenHasText(w, "Osäkra förhållanden: den centrala upphandlingen pågår") {
		t.Error("the cancelled assets and their reasons are not listed")
	}
	test.Tap(findButton(t, w, "Stäng"))

	// Charts drawn with the canvas, two of them.
	charts := 0
	for _, o := range objects(w) {
		if _, ok := o.(*barChart); ok {
			charts++
		}
	}
	if charts != 2 {
		t.Errorf("%d charts", charts)
	}
	// The sentences, selectable and copyable.
	if !s.text.Selectable || !strings.HasPrefix(s.text.Text, "Under 2025 har 5 informationsklassningar hanterats eller är i slutfasen, varav 2 normerande och 2 uppföljningar av tidigare genomförda klassningar.") {
		t.Errorf("sentences %q", s.text.Text)
	}
	test.Tap(findButton(t, w, "Kopiera texten"))
	got := fyne.CurrentApp().Clipboard().Content()
	for _, want := range []string{s.text.Text, "Risker:\n• 1 informationstillgång på nivå 4", "– Hemtjänst, konsekvensbedömning ej påbörjad", "Plan för 2026: 6 informationstillgångar"} {
		if !strings.Contains(got, want) {
			t.Errorf("the clipboard lacks %q:\n%s", want, got)
		}
	}
	// Risks and the plan.
	for _, want := range []string{"1 klassning har inte följts upp i tid.", "Kvartal 1: Förskoleappen", "Kvartal 3: Säkra meddelanden", "Föreslagna: Lärplattform"} {
		if !screenHasText(w, want) {
			t.Errorf("no %q on screen", want)
		}
	}

	// Another year, past ones included.
	s.years.SetSelected("2024")
	if s.year != 2024 || figureButton(t, s, "handled", 2024).Importance != widget.MediumImportance {
		t.Errorf("year %d after choosing 2024", s.year)
	}
	if !strings.HasPrefix(s.text.Text, "Under 2024 har 3 informationsklassningar") {
		t.Errorf("2024 sentences %q", s.text.Text)
	}

	// Export through the save function.
	test.Tap(findButton(t, w, "Excel-bilaga…"))
	test.Tap(findButton(t, w, "Word-dokument…"))
	if len(*saved) != 2 || filepath.Base((*saved)[0]) != "lg-2024.xlsx" || filepath.Base((*saved)[1]) != "Ledningens genomgång 2024.docx" {
		t.Fatalf("saved %v", *saved)
	}
	if st, err := os.Stat((*saved)[1]); err != nil || st.Size() == 0 {
		t.Errorf("document %v", err)
	}
	if st, err := os.Stat((*saved)[0]); err != nil || st.Size() == 0 {
		t.Errorf("workbook %v", err)
	}
}

func TestReviewScreenReportsErrors(t *testing.T) {
	test.NewTempApp(t)
	svc, err := app.Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	defer w.Close()
	var shown error
	defer svc.Close()
	s := newReviewScreen(svc, w, func(_ string, err error) { shown = err }, nil)
	s.show(1800)
	if shown == nil {
		t.Error("a failing review showed no error")
	}
	shown = nil
	s.export()
	if shown == nil {
		t.Error("export without a save function showed no error")
	}
}

// TestReviewScreenActivities writes the ISAM's activities for the last
// plan year through the dialog the Aktiviteter button opens: they are
// stored, in order, and shown in the plan.
func TestReviewScreenActivities(t *testing.T) {
	s, w, _ := newReviewTest(t)
	test.Tap(findButton(t, w, "Aktiviteter…"))
	var entry *widget.Entry
	for _, o := range objects(w) {
		if e, ok := o.(*widget.Entry); ok && e.MultiLine {
			entry = e
		}
	}
	if entry == nil {
		t.Fatal("no entry for the activities")
	}
	entry.SetText("Revidera den lokala anvisningen\n\nÅrshjul för dataskydd")
	test.Tap(findButton(t, w, "Spara"))
	got, err := s.svc.ISAMActivities(context.Background(), s.year+3) // findButton finds the last year's button
	if err != nil || strings.Join(got, "|") != "Revidera den lokala anvisningen|Årshjul för dataskydd" {
		t.Fatalf("stored %q, %v", got, err)
	}
	if !screenHasText(w, "Aktiviteter: Revidera den lokala anvisningen; Årshjul för dataskydd") {
		t.Error("the plan does not show the activities")
	}
}
