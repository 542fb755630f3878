package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/fixture"
)

// openReviewFixture opens a copy of testdata/review/review.db.
func openReviewFixture(t *testing.T) *Service {
	t.Helper()
	s, err := Open(fixture.Copy(t, "review", "review.db"), WithClock(FixedDay(domain.NewDate(2026, 1, 20))))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	old := ReviewLocation
	ReviewLocation = time.FixedZone("CET", 3600)
	t.Cleanup(func() { ReviewLocation = old })
	return s
}

func TestReview(t *testing.T) {
	s := openReviewFixture(t)
	r, err := s.Review(2025)
	if err != nil {
		t.Fatal(err)
	}
	if r.Year != 2025 || len(r.Previous) != 2 || r.Previous[0].Year != 2023 || r.Previous[1].Year != 2024 {
		t.Fatalf("years: %d, previous %+v", r.Year, len(r.Previous))
	}
	if n, f := r.Figures.Handled.Count(), r.Figures.HandledFollowUps.Count(); n != 5 || f != 2 || r.Figures.FollowedUp.Count() != f {
		t.Errorf("2025 handled %d, of which follow-ups %d, followed up %d: want 5, 2, 2", n, f, r.Figures.FollowedUp.Count())
	}
	if n := r.Previous[1].Cancelled.Count(); n != 2 {
		t.Errorf("2024 cancelled %d, want 2", n)
	}
	if !strings.HasPrefix(r.Sentences[0], "Under 2025 har 5 informationsklassningar hanterats eller är i slutfasen, varav 2 normerande och 2 uppföljningar av tidigare genomförda klassningar.") {
		t.Errorf("first sentence %q", r.Sentences[0])
	}
	if len(r.Risks) != 3 {
		t.Errorf("%d risks: %+v", len(r.Risks), r.Risks)
	}
	if len(r.Plan) != 3 || r.Plan[0].Year != 2026 || r.Plan[2].Year != 2028 {
		t.Fatalf("plan %+v", r.Plan)
	}
	p := r.Plan[0]
	if len(p.Accepted[1]) != 1 || p.Accepted[1][0].Asset != "Förskoleappen" || len(p.Accepted[3]) != 1 {
		t.Errorf("2026 accepted %+v", p.Accepted)
	}
	if len(r.Plan[1].Proposed) != 1 || r.Plan[1].Proposed[0].Asset != "Lärplattform" {
		t.Errorf("2027 proposed %+v", r.Plan[1].Proposed)
	}
	if _, err := s.Review(1800); err == nil {
		t.Error("year 1800 accepted")
	}
}

func TestExportReview(t *testing.T) {
	s := openReviewFixture(t)
	path := filepath.Join(t.TempDir(), "lg-2025.xlsx")
	if err := s.ExportReview(context.Background(), path, 2025); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"Genomgång", "Text", "Plan", "Underlag"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets %v", got)
	}
	if v, _ := f.GetCellValue("Genomgång", "D5"); v != "2025" {
		t.Errorf("D5 %q", v)
	}
	if v, _ := f.GetCellValue("Text", "A5"); !strings.HasPrefix(v, "Under 2025 har 5") {
		t.Errorf("first sentence %q", v)
	}
	if err := s.ExportReview(context.Background(), s.Path(), 2025); err == nil {
		t.Error("export onto the database accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.ExportReview(ctx, filepath.Join(t.TempDir(), "x.xlsx"), 2025); err == nil {
		t.Error("cancelled export went through")
	}
}
