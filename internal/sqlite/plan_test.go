package sqlite

import (
	"errors"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestStatusPlanAndExclusions(t *testing.T) {
	db, _ := openTemp(t)
	db.user = "isam"
	a := &domain.Asset{Name: "Säkra meddelanden"}
	must(t, db.CreateAsset(ctx, a))
	if err := db.SetStatus(ctx, a.ID, domain.StatusCancelled, " "); !errors.Is(err, domain.ErrReasonRequired) {
		t.Errorf("cancel without reason: %v", err)
	}
	must(t, db.SetStatus(ctx, a.ID, domain.StatusCancelled, "Osäkra förutsättningar"))
	got, _ := db.Asset(ctx, a.ID)
	if got.Status != domain.StatusCancelled || got.StatusReason != "Osäkra förutsättningar" {
		t.Errorf("status %+v", got)
	}
	h, _ := db.History(ctx, a.ID)
	if len(h) == 0 || h[0].User != "isam" {
		t.Errorf("status change not in history: %+v", h)
	}
	got.PriorityAdjust = 2
	if err := db.UpdateAsset(ctx, got); !errors.Is(err, domain.ErrReasonRequired) {
		t.Errorf("adjustment without reason: %v", err)
	}

	must(t, db.SetPlanItems(ctx,
		domain.PlanItem{Year: 2027, AssetID: a.ID, State: domain.PlanAccepted, Quarter: 2},
	))
	must(t, db.SetPlanItems(ctx, domain.PlanItem{Year: 2026, AssetID: a.ID, State: domain.PlanMoved}))
	if err := db.SetPlanItems(ctx, domain.PlanItem{Year: 2026, AssetID: a.ID, State: domain.PlanAccepted, Quarter: 5}); err == nil {
		t.Error("quarter 5 accepted")
	}
	p27, _ := db.PlanItems(ctx, 2027)
	if len(p27) != 1 || p27[0].State != domain.PlanAccepted || p27[0].Quarter != 2 {
		t.Errorf("2027 plan %+v (moving from 2026 must not overwrite it)", p27)
	}
	years, _ := db.PlanYears(ctx)
	if len(years) != 2 || years[0] != 2027 {
		t.Errorf("years %v", years)
	}
	must(t, db.SetStatus(ctx, a.ID, domain.StatusPlanned, ""))
	sums, _ := db.Summaries(ctx, domain.NewDate(2026, 11, 23))
	if sums[0].PlannedQuarter != "2027 Q2" {
		t.Errorf("planned quarter %q", sums[0].PlannedQuarter)
	}

	must(t, db.SetRequirementExclusion(ctx, a.ID, "T-04", "Ingen dygnet runt-drift behövs"))
	ex, _ := db.RequirementExclusions(ctx, a.ID)
	if ex["T-04"] != "Ingen dygnet runt-drift behövs" {
		t.Errorf("exclusions %v", ex)
	}
	must(t, db.SetRequirementExclusion(ctx, a.ID, "T-04", ""))
	all, _ := db.AllRequirementExclusions(ctx)
	if len(all[a.ID]) != 0 {
		t.Errorf("exclusion not removed: %v", all)
	}
}
