package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// newDemoUI opens the UI on the demo district.
func newDemoUI(t *testing.T) *UI {
	t.Helper()
	u, _ := newTestUI(t)
	if err := u.svc.FillDemo(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	u.showRegister()
	return u
}

func TestPrioritisedList(t *testing.T) {
	u := newDemoUI(t)
	r := u.register
	if len(r.shown) != 14 {
		t.Fatalf("%d rows", len(r.shown))
	}
	for i, s := range r.shown {
		if s.Rank != i+1 {
			t.Fatalf("row %d has rank %d", i, s.Rank)
		}
		if i > 0 && s.Priority.Score > r.shown[i-1].Priority.Score {
			t.Fatalf("row %d scores above the row before it", i)
		}
	}
	top := r.shown[0]
	if top.Priority.Score == 0 || len(top.Priority.Reasons) == 0 {
		t.Fatalf("top of the list has no reasons: %+v", top.Priority)
	}
	if !screenHasText(u.Window(), top.Priority.Reasons[0].String()) {
		t.Errorf("the reasons %q are not visible in the list", top.Priority.Reasons[0])
	}

	r.status.SetSelected(domain.StatusCancelled.Label())
	if len(r.shown) != 2 {
		t.Errorf("%d cancelled, want 2", len(r.shown))
	}
	r.status.SetSelectedIndex(0)
	r.order.SetSelected("Namn")
	if r.shown[0].Asset.Name != "Bemanning vård- och omsorgsboende" || r.shown[len(r.shown)-1].Asset.Name != "Ärendehantering försörjningsstöd" {
		t.Errorf("by name: %s … %s", r.shown[0].Asset.Name, r.shown[len(r.shown)-1].Asset.Name)
	}
	r.order.SetSelected("Nästa uppföljning")
	if r.shown[0].NextReview.IsZero() || !r.shown[len(r.shown)-1].NextReview.IsZero() {
		t.Error("by review date: dated rows first")
	}
	r.owner.SetSelected("Sofia Ahmed")
	for _, s := range r.shown {
		if s.Asset.OwnerName != "Sofia Ahmed" {
			t.Errorf("owner filter shows %s", s.Asset.OwnerName)
		}
	}
	r.owner.SetSelectedIndex(0)
	test.Tap(r.due)
	for _, s := range r.shown {
		if !domain.DueIn(s, testToday.Year()) {
			t.Errorf("%s is not due this year", s.Asset.Name)
		}
	}
	test.Tap(r.due)
	r.level.SetSelected("Nivå 4 – Allvarlig")
	for _, s := range r.shown {
		if s.Overall != 4 {
			t.Errorf("level filter shows %s at %d", s.Asset.Name, s.Overall)
		}
	}
	test.Type(r.search, "zzz")
	if len(r.shown) != 0 || !strings.HasPrefix(r.count.Text, "0 av") {
		t.Errorf("search: %d shown, count %q", len(r.shown), r.count.Text)
	}
}

func TestCancelNeedsReason(t *testing.T) {
	u := newDemoUI(t)
	a, _ := u.svc.AssetByName("Felanmälan för boende")
	if err := u.svc.SetStatus(a.ID, domain.StatusCancelled, ""); err == nil {
		t.Fatal("cancelled without a reason")
	}
	if err := u.svc.SetStatus(a.ID, domain.StatusCancelled, "Tjänsten avvecklas"); err != nil {
		t.Fatal(err)
	}
	h, _ := u.svc.History(a.ID)
	if len(h) == 0 || h[0].User == "" {
		t.Error("status change without history")
	}
}

func TestPlan(t *testing.T) {
	u := newDemoUI(t)
	u.showPlan(2027)
	w := u.Window()
	test.Tap(findButton(t, w, "Föreslå tillgångar som förfaller 2027"))
	items, err := u.svc.PlanItems(2027)
	if err != nil || len(items) == 0 {
		t.Fatalf("no proposal: %v", err)
	}
	for _, it := range items {
		if it.State != domain.PlanProposed {
			t.Errorf("proposal state %s", it.State)
		}
	}
	// Choosing a quarter on the first row accepts it.
	var quarters []*widget.Select
	for _, o := range objects(w) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) == 5 {
			quarters = append(quarters, s)
		}
	}
	if len(quarters) == 0 {
		t.Fatal("no quarter selects")
	}
	quarters[0].SetSelectedIndex(2)
	items, _ = u.svc.PlanItems(2027)
	accepted := 0
	for _, it := range items {
		if it.State == domain.PlanAccepted && it.Quarter == 2 {
			accepted++
		}
	}
	if accepted != 1 {
		t.Errorf("%d accepted in Q2, want 1: %+v", accepted, items)
	}
	// A past year is shown read only.
	u.svc.SetPlanItems(domain.PlanItem{Year: 2025, AssetID: items[0].AssetID, State: domain.PlanAccepted, Quarter: 3})
	u.showPlan(2025)
	if !screenHasText(w, "avslutad") {
		t.Error("a past plan is not marked as closed")
	}
	for _, o := range objects(w) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) == 5 && !s.Disabled() {
			t.Error("a past plan can be edited")
		}
	}
}

// BenchmarkRegister10k opens a database of 10,000 assets and shows the
// prioritised list with the test driver.
func BenchmarkRegister10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "stor.db")
	svc, err := app.Open(path, app.WithClock(app.FixedDay(testToday)))
	if err != nil {
		b.Fatal(err)
	}
	if err := svc.FillDemo(context.Background(), 10000); err != nil {
		b.Fatal(err)
	}
	svc.Close()
	a := test.NewTempApp(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		u := New(a)
		u.Clock = app.FixedDay(testToday)
		if err := u.Open(path); err != nil {
			b.Fatal(err)
		}
		u.Window().Resize(fyne.NewSize(1280, 800))
		if len(u.register.shown) != 10000 {
			b.Fatalf("%d rows", len(u.register.shown))
		}
		u.svc.Close()
		u.Window().Close()
	}
}
