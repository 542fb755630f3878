package demo_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/demo"
	"github.com/infoklass/infoklass/internal/domain"
)

func names(f domain.Figure) string {
	var ns []string
	for _, it := range f.Items {
		ns = append(ns, it.Asset)
	}
	return strings.Join(ns, ", ")
}

// TestHistory checks that the demo district has three years for
// Ledningens genomgång to count, and that today's state is unchanged.
func TestHistory(t *testing.T) {
	svc := filled(t, 0)
	r, err := svc.Review(2026)
	if err != nil {
		t.Fatal(err)
	}
	y24, y25, y26 := r.Previous[0], r.Previous[1], r.Figures
	for _, c := range []struct {
		name      string
		got, want string
	}{
		{"2024 decided", names(y24.Decided.All()), "Ekonomisystem, Verksamhetssystem för hemtjänst, Ärendehantering försörjningsstöd"},
		{"2024 thresholds", names(y24.Thresholds), "Verksamhetssystem för hemtjänst, Ärendehantering försörjningsstöd"},
		{"2025 cancelled", names(y25.Cancelled), "Säkra digitala möten, Säkra meddelanden"},
		{"2025 DPIAs done, per processing", names(y25.DPIADone), "Handläggning av ekonomiskt bistånd, Social dokumentation i hemtjänsten"},
		{"2025 DPIAs with a risk analysis", names(y25.DPIAWithRiskAnalysis), "Handläggning av ekonomiskt bistånd, Social dokumentation i hemtjänsten"},
		{"2024 DPIAs planned", names(y24.DPIAPlanned), "Handläggning av ekonomiskt bistånd, Social dokumentation i hemtjänsten"},
		{"2026 DPIAs ongoing", names(y26.DPIAOngoing), "Kameraövervakning av skolgård, Social dokumentation i hemtjänsten"},
		{"2025 follow-ups done", names(y25.FollowUpsDone), "Verksamhetssystem för hemtjänst, Ärendehantering försörjningsstöd"},
		{"2025 overdue", names(y25.FollowUpsOverdue), "Ekonomisystem"},
		{"2026 overdue", names(y26.FollowUpsOverdue), "Ärendehantering försörjningsstöd"},
		{"2026 in progress", names(y26.InProgress.All()), "Förskolans närvaroapp"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
	if y26.Decided.Total() < 3 || y25.Decided.Total() < 3 {
		t.Errorf("decided: 2025 %d, 2026 %d", y25.Decided.Total(), y26.Decided.Total())
	}
	sums, err := svc.Register()
	if err != nil || len(sums) != demo.DistrictSize {
		t.Fatalf("%d assets, %v", len(sums), err)
	}
	for _, s := range sums {
		if !s.Asset.CreatedAt.Before(today.Time()) {
			t.Errorf("%s registered %s", s.Asset.Name, s.Asset.CreatedAt)
		}
	}
	if probs, err := svc.Check(); err != nil || len(probs) != 0 {
		t.Errorf("check: %v %v", probs, err)
	}
}

// TestHistoryInOrder: every asset's history, as the history dialog lists
// it (newest first), runs back in time with no step forward, and the
// asset's registration is its oldest entry; a decision's time is its
// decision date.
func TestHistoryInOrder(t *testing.T) {
	svc := filled(t, 0)
	sums, err := svc.Register()
	if err != nil {
		t.Fatal(err)
	}
	decisions := 0
	for _, s := range sums {
		h, err := svc.History(s.Asset.ID)
		if err != nil || len(h) == 0 {
			t.Fatalf("%s: %d changes, %v", s.Asset.Name, len(h), err)
		}
		for i := 1; i < len(h); i++ {
			if h[i].At.After(h[i-1].At) {
				t.Errorf("%s: %s %s.%s after %s %s.%s", s.Asset.Name, h[i].At, h[i].Entity, h[i].Field, h[i-1].At, h[i-1].Entity, h[i-1].Field)
			}
		}
		if last := h[len(h)-1]; !last.At.Equal(s.Asset.CreatedAt) || last.Entity != "asset" {
			t.Errorf("%s: oldest change %s %s.%s, registered %s", s.Asset.Name, last.At, last.Entity, last.Field, s.Asset.CreatedAt)
		}
		cs, err := svc.Classifications(s.Asset.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Decided() {
				decisions++
				if domain.DateOf(c.DecidedOn) != c.DecidedAt || c.DecidedAt.Before(c.Date) {
					t.Errorf("%s: decided on %s, dated %s, started %s", s.Asset.Name, c.DecidedOn, c.DecidedAt, c.Date)
				}
			}
		}
	}
	if decisions < 8 {
		t.Errorf("%d decisions in the district", decisions)
	}
}

// TestDeterministic: two fills on the same day give the same register
// and the same history.
func TestDeterministic(t *testing.T) {
	read := func() ([]string, []string) {
		svc, err := app.Open(filepath.Join(t.TempDir(), "d.db"), app.WithClock(app.FixedDay(today)))
		if err != nil {
			t.Fatal(err)
		}
		defer svc.Close()
		if err := svc.FillDemo(context.Background(), 20); err != nil {
			t.Fatal(err)
		}
		sums, _ := svc.Register()
		var reg, hist []string
		for _, s := range sums {
			reg = append(reg, fmt.Sprint(s.Asset.Name, s.Status, s.Priority.Score, s.Overall, s.Asset.CreatedAt))
			h, _ := svc.History(s.Asset.ID)
			for _, c := range h {
				hist = append(hist, c.At.String()+" "+c.Entity+" "+c.Field+" "+c.Old+" → "+c.New)
			}
		}
		return reg, hist
	}
	r1, h1 := read()
	r2, h2 := read()
	if !reflect.DeepEqual(r1, r2) || !reflect.DeepEqual(h1, h2) {
		t.Error("two demo fills differ")
	}
}
