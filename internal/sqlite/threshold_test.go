package sqlite

import (
	"reflect"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestThresholdRoundTripAndHistory(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Hemtjänst"}
	must(t, db.CreateAsset(ctx, a))
	c := fullClassification(a.ID)
	must(t, db.CreateClassification(ctx, c))

	first := domain.NewThresholdAnalysis(a.ID, c.ID, domain.NewDate(2025, 2, 1))
	first.Responses["B7"] = domain.Response{Answer: domain.AnswerYes, Comment: "Förskolebarn 👶"}
	must(t, db.CreateThreshold(ctx, first))
	first.Decision, first.DecisionReason = domain.DecisionRequired, "Många barn"
	first.DPIAStatus, first.DPIADate, first.DPIAReference = domain.DPIADone, domain.NewDate(2025, 4, 1), "DPIA-2025-03"
	must(t, db.UpdateThreshold(ctx, first))

	second := domain.NewThresholdAnalysis(a.ID, c.ID, domain.NewDate(2026, 2, 1))
	must(t, db.CreateThreshold(ctx, second))
	for id, ans := range map[string]domain.Answer{"A2": domain.AnswerYes, "B4": domain.AnswerYes, "B5": domain.AnswerYes, "B7": domain.AnswerYes, "B1": domain.AnswerNo} {
		must(t, db.SetThresholdAnswer(ctx, second.ID, id, domain.Response{Answer: ans, Comment: "kommentar " + id}))
	}
	if err := db.SetThresholdAnswer(ctx, second.ID, "Z9", domain.Response{Answer: domain.AnswerYes}); err == nil {
		t.Error("unknown question accepted")
	}
	if err := db.SetThresholdAnswer(ctx, second.ID, "B2", domain.Response{Answer: "kanske"}); err == nil {
		t.Error("unknown answer accepted")
	}

	db = reopen(t, db)
	cur, err := db.CurrentThreshold(ctx, a.ID)
	if err != nil || cur == nil || cur.ID != second.ID {
		t.Fatalf("current %+v %v", cur, err)
	}
	if cur.Outcome() != domain.OutcomeRequired || len(cur.Responses) != 5 || cur.Responses["B4"].Comment != "kommentar B4" {
		t.Errorf("current analysis %+v", cur)
	}
	all, err := db.Thresholds(ctx, a.ID)
	if err != nil || len(all) != 2 {
		t.Fatalf("history %d %v", len(all), err)
	}
	old := all[1]
	old.CreatedAt, old.UpdatedAt, first.CreatedAt, first.UpdatedAt = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	first.Current = false
	if !reflect.DeepEqual(old, *first) {
		t.Errorf("history entry\n got %+v\nwant %+v", old, *first)
	}
	sums, _ := db.Summaries(ctx, domain.NewDate(2026, 3, 1))
	if sums[0].Threshold != domain.OutcomeRequired || !sums[0].DPIAMissing() {
		t.Errorf("register: %s %s missing=%v", sums[0].Threshold, sums[0].DPIA, sums[0].DPIAMissing())
	}
	cur.DPIAStatus = domain.DPIADone
	must(t, db.UpdateThreshold(ctx, cur))
	sums, _ = db.Summaries(ctx, domain.NewDate(2026, 3, 1))
	if sums[0].DPIAMissing() {
		t.Error("a finished DPIA still marked missing")
	}
	h, _ := db.History(ctx, a.ID)
	found := false
	for _, c := range h {
		if c.Field == "answer" && len(c.Args) == 1 && c.Args[0] == "B4" && c.New == "ja" {
			found = true
		}
	}
	if !found {
		t.Error("threshold answer not in the history")
	}
}
