package sqlite

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/fixture"
)

// openReviewFixture opens a copy of testdata/review/review.db (written by
// testdata/review/gen.go), so that the committed file is never migrated.
func openReviewFixture(t *testing.T) *DB {
	t.Helper()
	db, err := Open(fixture.Copy(t, "review", "review.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func itemNames(f domain.Figure) string {
	var ns []string
	for _, it := range f.Items {
		ns = append(ns, it.Asset)
	}
	return strings.Join(ns, ", ")
}

// TestReviewFixture checks every figure of the fixture's three years
// against the events gen.go wrote (times in CET).
func TestReviewFixture(t *testing.T) {
	db := openReviewFixture(t)
	cet := time.FixedZone("CET", 3600)
	figures := map[int]domain.YearFigures{}
	for _, y := range []int{2023, 2024, 2025} {
		in, err := db.ReviewInput(ctx, y, cet)
		if err != nil {
			t.Fatal(err)
		}
		figures[y] = domain.ComputeYear(in)
	}
	rows := reviewFixtureRows()
	for _, r := range rows {
		for i, year := range []int{2023, 2024, 2025} {
			y := figures[year]
			if got := itemNames(r.get(&y)); got != r.want[i] {
				t.Errorf("%d %s: %q, want %q", year, r.name, got, r.want[i])
			}
		}
	}
	y := figures[2025]
	if got := itemNames(y.DPIAOpen); got != "Förskoleappen, Hemtjänst" {
		t.Errorf("2025 open DPIAs: %q", got)
	}
	if y.Critical != 3 {
		t.Errorf("2025 critical assets: %d", y.Critical)
	}
	y24 := figures[2024]
	if got := y24.Cancelled.Items; got[0].Date != domain.NewDate(2024, 12, 31) || got[0].Detail != "Tjänsten byts ut centralt" {
		t.Errorf("2024 cancellation on 31 December: %+v", got[0])
	}
	if got := y24.DPIADone.Items[0]; got.Date != domain.NewDate(2024, 1, 1) || got.Detail != "Dnr 2023/0412" {
		t.Errorf("2024 DPIA: %+v", got)
	}

	// The fixture's edits of January 2026 show in 2026 only; editing
	// 2026 further changes nothing before it.
	db.now = func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, cet) }
	a, err := db.AssetByName(ctx, "Hemtjänst")
	if err != nil || a == nil {
		t.Fatal(a, err)
	}
	a.Name, a.RSACritical = "Hemtjänst Plus", false
	mustR(t, db.UpdateAsset(ctx, a))
	db.now = func() time.Time { return time.Date(2026, 3, 2, 12, 0, 0, 0, cet) }
	for _, year := range []int{2023, 2024, 2025} {
		in, err := db.ReviewInput(ctx, year, cet)
		mustR(t, err)
		if got := domain.ComputeYear(in); !reflect.DeepEqual(got, figures[year]) {
			t.Errorf("%d changed by edits in 2026", year)
		}
	}
	in, err := db.ReviewInput(ctx, 2026, cet)
	mustR(t, err)
	y26 := domain.ComputeYear(in)
	if itemNames(y26.DPIADone) != "Förskoleappen" || itemNames(y26.Cancelled) != "Bemanning" || itemNames(y26.Levels[4]) != "Hemtjänst Plus" {
		t.Errorf("2026: done %q, cancelled %q, level 4 %q", itemNames(y26.DPIADone), itemNames(y26.Cancelled), itemNames(y26.Levels[4]))
	}
}

// fixtureRow is one figure of the review fixture, with the asset names
// behind it in 2023, 2024 and 2025, counted by hand from gen.go.
type fixtureRow struct {
	name string
	get  func(*domain.YearFigures) domain.Figure
	want [3]string // 2023, 2024, 2025
}

func reviewFixtureRows() []fixtureRow {
	return []fixtureRow{
		{"started local", func(y *domain.YearFigures) domain.Figure { return y.Started.Local },
			[3]string{"Förskoleappen, Hemtjänst, Säkra meddelanden", "", "Webbformulär"}},
		{"started normative", func(y *domain.YearFigures) domain.Figure { return y.Started.Normative },
			[3]string{"Ekonomisystem", "Lärplattform", "Bemanning"}},
		{"started follow-up", func(y *domain.YearFigures) domain.Figure { return y.Started.FollowUp },
			[3]string{"", "Hemtjänst", "Ekonomisystem, Hemtjänst"}},
		{"in progress", func(y *domain.YearFigures) domain.Figure { return y.InProgress.All() },
			[3]string{"Förskoleappen, Säkra meddelanden", "Lärplattform", "Bemanning"}},
		{"decided local", func(y *domain.YearFigures) domain.Figure { return y.Decided.Local },
			[3]string{"Hemtjänst", "Förskoleappen", "Webbformulär"}},
		{"decided normative", func(y *domain.YearFigures) domain.Figure { return y.Decided.Normative },
			[3]string{"Ekonomisystem", "", "Lärplattform"}},
		{"decided follow-up", func(y *domain.YearFigures) domain.Figure { return y.Decided.FollowUp },
			[3]string{"", "Hemtjänst", "Ekonomisystem, Hemtjänst"}},
		{"handled", func(y *domain.YearFigures) domain.Figure { return y.Handled },
			[3]string{"Ekonomisystem, Förskoleappen, Hemtjänst, Säkra meddelanden", "Förskoleappen, Hemtjänst, Lärplattform",
				"Bemanning, Ekonomisystem, Hemtjänst, Lärplattform, Webbformulär"}},
		{"handled, of which follow-ups", func(y *domain.YearFigures) domain.Figure { return y.HandledFollowUps },
			[3]string{"", "Hemtjänst", "Ekonomisystem, Hemtjänst"}},
		{"cancelled", func(y *domain.YearFigures) domain.Figure { return y.Cancelled },
			[3]string{"", "Bemanning, Säkra meddelanden", ""}},
		{"follow-ups due", func(y *domain.YearFigures) domain.Figure { return y.FollowUpsDue },
			[3]string{"", "Ekonomisystem, Hemtjänst", "Förskoleappen, Hemtjänst"}},
		{"follow-ups done", func(y *domain.YearFigures) domain.Figure { return y.FollowUpsDone },
			[3]string{"", "Hemtjänst", "Hemtjänst"}},
		{"followed up", func(y *domain.YearFigures) domain.Figure { return y.FollowedUp },
			[3]string{"", "Hemtjänst", "Ekonomisystem, Hemtjänst"}},
		{"follow-ups overdue", func(y *domain.YearFigures) domain.Figure { return y.FollowUpsOverdue },
			[3]string{"", "Ekonomisystem", "Förskoleappen"}},
		{"threshold analyses", func(y *domain.YearFigures) domain.Figure { return y.Thresholds },
			[3]string{"Hemtjänst", "Förskoleappen", "Hemtjänst, Lärplattform"}},
		{"not applicable", func(y *domain.YearFigures) domain.Figure { return y.Outcome(domain.OutcomeNotApplicable) },
			[3]string{"", "", "Lärplattform"}},
		{"DPIA required", func(y *domain.YearFigures) domain.Figure { return y.DPIARequired },
			[3]string{"Hemtjänst", "Förskoleappen", "Hemtjänst"}},
		{"DPIA planned", func(y *domain.YearFigures) domain.Figure { return y.DPIAPlanned },
			[3]string{"", "Förskoleappen", ""}},
		{"DPIA ongoing", func(y *domain.YearFigures) domain.Figure { return y.DPIAOngoing },
			[3]string{"Hemtjänst", "", "Förskoleappen"}},
		{"DPIA done (1 January)", func(y *domain.YearFigures) domain.Figure { return y.DPIADone },
			[3]string{"", "Hemtjänst", ""}},
		{"level 4", func(y *domain.YearFigures) domain.Figure { return y.Levels[4] },
			[3]string{"Hemtjänst", "Hemtjänst", "Hemtjänst"}},
		{"level 3", func(y *domain.YearFigures) domain.Figure { return y.Levels[3] },
			[3]string{"", "Förskoleappen", "Förskoleappen, Lärplattform"}},
		{"level 2", func(y *domain.YearFigures) domain.Figure { return y.Levels[2] },
			[3]string{"Ekonomisystem", "Ekonomisystem", "Ekonomisystem"}},
		{"level 1", func(y *domain.YearFigures) domain.Figure { return y.Levels[1] },
			[3]string{"", "", "Webbformulär"}},
		{"no decided classification", func(y *domain.YearFigures) domain.Figure { return y.Levels[0] },
			[3]string{"Bemanning, Förskoleappen, Säkra meddelanden, Webbformulär", "Lärplattform, Webbformulär", "Bemanning"}},
		{"RSA or NIS2 unclassified", func(y *domain.YearFigures) domain.Figure { return y.CriticalUnclassified },
			[3]string{"Bemanning", "Bemanning, Lärplattform", "Bemanning"}},
		// The plan's first year: unclassified, in progress or overdue, or due
		// then by the next review or an earlier procurement date.
		{"due the year after", func(y *domain.YearFigures) domain.Figure { return y.Due[0] },
			[3]string{"Bemanning, Ekonomisystem, Förskoleappen, Hemtjänst, Säkra meddelanden, Webbformulär",
				"Ekonomisystem, Förskoleappen, Hemtjänst, Lärplattform, Webbformulär",
				"Bemanning, Ekonomisystem, Förskoleappen, Hemtjänst, Lärplattform, Webbformulär"}},
		{"due two years after", func(y *domain.YearFigures) domain.Figure { return y.Due[1] }, [3]string{"", "", ""}},
		{"ahead of procurement", func(y *domain.YearFigures) domain.Figure { return y.AheadOfProcurement },
			[3]string{"", "Hemtjänst", "Hemtjänst, Webbformulär"}},
	}
}
