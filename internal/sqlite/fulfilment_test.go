package sqlite

import (
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestFulfilment(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Skolplattform"}
	must(t, db.CreateAsset(ctx, a))
	must(t, db.SetFulfilment(ctx, a.ID, domain.Fulfilment{RequirementID: "K-01", Status: domain.FulfilMet, How: "Konton per person via AD"}))
	must(t, db.SetFulfilment(ctx, a.ID, domain.Fulfilment{RequirementID: "K-03", Status: domain.FulfilPartly, How: "BankID för administratörer"}))
	if db.SetFulfilment(ctx, a.ID, domain.Fulfilment{RequirementID: "K-04", Status: domain.FulfilNotApplicable}) == nil {
		t.Error("ej tillämpligt without reason stored")
	}
	if db.SetFulfilment(ctx, 9999, domain.Fulfilment{RequirementID: "K-04", Status: domain.FulfilMet}) == nil {
		t.Error("fulfilment of a missing asset stored")
	}
	must(t, db.SetFulfilment(ctx, a.ID, domain.Fulfilment{RequirementID: "K-06", Status: domain.FulfilNotApplicable, How: " Inga  personuppgifter "}))

	// Ej tillämpligt is the exclusion, read by both.
	ex, _ := db.RequirementExclusions(ctx, a.ID)
	if ex["K-06"] != "Inga personuppgifter" || len(ex) != 1 {
		t.Errorf("exclusions %v", ex)
	}
	// An exclusion set the old way reads as Ej tillämpligt.
	must(t, db.SetRequirementExclusion(ctx, a.ID, "R-02", "Ingen lagring"))
	fs, _ := db.Fulfilments(ctx, a.ID)
	want := map[string]domain.Fulfilment{
		"K-01": {RequirementID: "K-01", Status: domain.FulfilMet, How: "Konton per person via AD"},
		"K-03": {RequirementID: "K-03", Status: domain.FulfilPartly, How: "BankID för administratörer"},
		"K-06": {RequirementID: "K-06", Status: domain.FulfilNotApplicable, How: "Inga personuppgifter"},
		"R-02": {RequirementID: "R-02", Status: domain.FulfilNotApplicable, How: "Ingen lagring"},
	}
	if len(fs) != len(want) {
		t.Errorf("fulfilments %v", fs)
	}
	for id, w := range want {
		if fs[id] != w {
			t.Errorf("%s: %+v, want %+v", id, fs[id], w)
		}
	}
	// Applying again removes the exclusion; clearing removes the record.
	must(t, db.SetFulfilment(ctx, a.ID, domain.Fulfilment{RequirementID: "K-06", Status: domain.FulfilNotMet, How: "PUB-avtal saknas"}))
	must(t, db.SetFulfilment(ctx, a.ID, domain.Fulfilment{RequirementID: "K-01"}))
	ex, _ = db.RequirementExclusions(ctx, a.ID)
	fs, _ = db.Fulfilments(ctx, a.ID)
	if _, ok := ex["K-06"]; ok || fs["K-06"].Status != domain.FulfilNotMet {
		t.Errorf("K-06 %+v, exclusions %v", fs["K-06"], ex)
	}
	if _, ok := fs["K-01"]; ok {
		t.Errorf("K-01 kept %+v", fs["K-01"])
	}
	all, _ := db.AllFulfilments(ctx)
	if len(all[a.ID]) != 3 {
		t.Errorf("all %v", all)
	}
	hist, _ := db.History(ctx, a.ID)
	found := map[string]bool{}
	for _, h := range hist {
		found[h.Field+"="+h.New] = true
	}
	for _, k := range []string{"K-03.fulfilment_status=delvis", "K-03.fulfilment_how=BankID för administratörer", "K-06.fulfilment_status=ej_uppfyllt"} {
		if !found[k] {
			t.Errorf("history lacks %s: %v", k, found)
		}
	}

	// The separate analysis of a level-4 aspect.
	rec := domain.AnalysisRecord{Aspect: domain.Confidentiality, Date: domain.NewDate(2026, 5, 1), Reference: "Dnr 2026/7"}
	must(t, db.SetSeparateAnalysis(ctx, a.ID, rec))
	db = reopen(t, db)
	rs, _ := db.SeparateAnalyses(ctx, a.ID)
	if rs[domain.Confidentiality] != rec {
		t.Errorf("analysis %+v", rs)
	}
	must(t, db.SetSeparateAnalysis(ctx, a.ID, domain.AnalysisRecord{Aspect: domain.Confidentiality}))
	if rs, _ := db.SeparateAnalyses(ctx, a.ID); len(rs) != 0 {
		t.Errorf("cleared analysis kept %+v", rs)
	}
}
