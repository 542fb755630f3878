package demo

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
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
	now, set := MovableClock(time.Now)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "demo.db"), sqlite.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	today := domain.NewDate(2026, 11, 23)
	if err := Fill(context.Background(), db, set, today, 0); err != nil {
		t.Fatal(err)
	}
	years := map[int]domain.YearFigures{}
	for _, y := range []int{2024, 2025, 2026} {
		in, err := db.ReviewInput(context.Background(), y, time.Local)
		if err != nil {
			t.Fatal(err)
		}
		years[y] = domain.ComputeYear(in)
	}
	y24, y25, y26 := years[2024], years[2025], years[2026]
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
	as, err := db.Assets(context.Background())
	if err != nil || len(as) != len(district) {
		t.Fatalf("%d assets, %v", len(as), err)
	}
	for _, a := range as {
		if !a.CreatedAt.Before(today.Time()) {
			t.Errorf("%s registered %s", a.Name, a.CreatedAt)
		}
	}
	if err := db.IntegrityCheck(context.Background()); err != nil {
		t.Error(err)
	}
}
