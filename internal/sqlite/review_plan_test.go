package sqlite

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestISAMActivities keeps a year's activities in order, blank ones
// left out, and replaces them whole.
func TestISAMActivities(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	if err := db.SetISAMActivities(ctx, 2026, []string{" Revidera den lokala anvisningen ", "", "Årshjul för dataskydd"}); err != nil {
		t.Fatal(err)
	}
	got, err := db.ISAMActivities(ctx, 2026)
	if err != nil || !reflect.DeepEqual(got, []string{"Revidera den lokala anvisningen", "Årshjul för dataskydd"}) {
		t.Fatalf("2026: %q, %v", got, err)
	}
	if err := db.SetISAMActivities(ctx, 2026, []string{"Översyn av behörighetshantering"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.ISAMActivities(ctx, 2026); len(got) != 1 {
		t.Errorf("replaced: %q", got)
	}
	if got, _ := db.ISAMActivities(ctx, 2027); len(got) != 0 {
		t.Errorf("2027: %q", got)
	}
	if err := db.SetISAMActivities(ctx, 1999, []string{"x"}); err == nil {
		t.Error("year 1999 accepted")
	}
}

// TestDPIARiskAnalysisInReview records a DPIA's risk analysis on 31
// December: the review of that year counts it, the year before does not
// see it.
func TestDPIARiskAnalysisInReview(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	db.now = func() time.Time { return time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC) }
	a := &domain.Asset{Name: "Hemtjänst", PersonalData: true}
	if err := db.CreateAsset(ctx, a); err != nil {
		t.Fatal(err)
	}
	th := domain.NewThresholdAnalysis(a.ID, 0, domain.NewDate(2025, 3, 1))
	th.DPIAStatus, th.DPIADate = domain.DPIADone, domain.NewDate(2025, 6, 1)
	if err := db.CreateThreshold(ctx, th); err != nil {
		t.Fatal(err)
	}
	if err := db.SetDPIARiskAnalysis(ctx, th.ID, domain.NewDate(2025, 12, 31), "Dnr 2025/9"); err != nil {
		t.Fatal(err)
	}
	db.now = func() time.Time { return time.Date(2026, 2, 1, 12, 0, 0, 0, time.UTC) }
	in, err := db.ReviewInput(ctx, 2025, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	y := domain.ComputeYear(in)
	if y.DPIADone.Count() != 1 || y.DPIAWithRiskAnalysis.Count() != 1 {
		t.Errorf("2025: %d done, %d with risk analysis", y.DPIADone.Count(), y.DPIAWithRiskAnalysis.Count())
	}
	if err := db.SetDPIARiskAnalysis(ctx, th.ID, domain.Date{}, ""); err != nil {
		t.Fatal(err)
	}
	in, _ = db.ReviewInput(ctx, 2025, time.UTC)
	if y := domain.ComputeYear(in); y.DPIAWithRiskAnalysis.Count() != 0 {
		t.Error("a removed risk analysis still counts")
	}
	if err := db.SetDPIARiskAnalysis(ctx, 999, domain.NewDate(2025, 1, 1), ""); err == nil {
		t.Error("a risk analysis of no threshold analysis accepted")
	}
}
