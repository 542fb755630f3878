package app

import (
	"context"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestRequirementsAndScoring(t *testing.T) {
	s := openTempService(t)
	c := decidedSocial(t, s, 3, "Känsligt") // K3 R3 T3 (raised) S3
	sums, err := s.Register()
	must(t, err)
	x := sums[0]
	rows, analyses, err := s.Requirements(x)
	must(t, err)
	if len(rows) == 0 || len(analyses) != 0 {
		t.Fatalf("%d requirements, %d analyses", len(rows), len(analyses))
	}
	must(t, s.SetFulfilment(c.AssetID, domain.Fulfilment{RequirementID: "K-03", Status: domain.FulfilPartly, How: "BankID för administratörer, inte för handläggare"}))
	must(t, s.SetFulfilment(c.AssetID, domain.Fulfilment{RequirementID: "K-04", Status: domain.FulfilNotMet}))
	must(t, s.SetFulfilment(c.AssetID, domain.Fulfilment{RequirementID: "K-01", Status: domain.FulfilMet, How: "AD-konton"}))
	rows, _, _ = s.Requirements(x)
	for _, r := range rows {
		if r.Fulfilment.RequirementID != r.Requirement.ID {
			t.Errorf("row %s has fulfilment of %q", r.Requirement.ID, r.Fulfilment.RequirementID)
		}
		if r.Requirement.ID == "K-03" && r.Fulfilment.Status != domain.FulfilPartly {
			t.Errorf("K-03 %+v", r.Fulfilment)
		}
	}
	counts, err := s.UnmetCounts(sums)
	must(t, err)
	if counts[x.Asset.ID] != 2 {
		t.Errorf("unmet %v, want 2", counts)
	}
	in := x.PriorityInput()
	in.Unmet = counts[x.Asset.ID]
	p := domain.Priorities().Prioritize(in, s.Today())
	found := false
	for _, r := range p.Reasons {
		if r.Factor == domain.FactorUnmet && r.String() == "+2 säkerhetskrav är inte uppfyllda trots nivå 3 eller högre" {
			found = true
		}
	}
	if !found {
		t.Errorf("reasons %s", p.Text())
	}
	// In the 1–4 model level 4 is covered by the catalogue: no separate analysis.
	k4 := x
	k4.Effective = map[domain.Aspect]domain.Level{domain.Confidentiality: 4}
	if rows, analyses, _ := s.Requirements(k4); len(analyses) != 0 || len(rows) == 0 {
		t.Errorf("K4 in the 1–4 model: %d requirements, analyses %+v", len(rows), analyses)
	}
	// A level the model puts outside the catalogue keeps its notice, with the record.
	m := *s.model
	m.Levels = append([]domain.LevelInfo(nil), m.Levels...)
	m.Levels[3].OutsideCatalogue = true
	s.model = &m
	must(t, s.SetSeparateAnalysis(x.Asset.ID, domain.AnalysisRecord{Aspect: domain.Confidentiality, Date: domain.NewDate(2026, 5, 1), Reference: "Dnr 7"}))
	rows, analyses, _ = s.Requirements(k4)
	if len(analyses) != 1 || !analyses[0].Record.Done() || analyses[0].Notice.Aspect != domain.Confidentiality {
		t.Errorf("analyses %+v", analyses)
	}
	for _, r := range rows {
		if r.Requirement.Aspect == domain.Confidentiality {
			t.Errorf("%s applies to a K outside the catalogue", r.Requirement.ID)
		}
	}
}

func TestVoteService(t *testing.T) {
	s := openTempService(t)
	a := &domain.Asset{Name: "Lön"}
	must(t, s.db.CreateAsset(context.Background(), a))
	c := domain.NewClassification(a.ID, s.model, s.Today())
	c.Participants = []domain.Participant{{Name: "A"}, {Name: "B"}}
	c.InfoTypes = []domain.InfoType{{Name: "Löner"}}
	must(t, s.db.CreateClassification(context.Background(), c))
	v, err := s.StartVote(c.InfoTypes[0].ID, domain.Integrity)
	must(t, err)
	must(t, s.CastVote(v.ID, c.Participants[0].ID, 1))
	must(t, s.CastVote(v.ID, c.Participants[1].ID, 3))
	if h, _ := s.VoteRound(v.ID); h.Revealed {
		t.Error("revealed before Visa")
	}
	r, err := s.RevealVote(v.ID)
	must(t, err)
	if !r.Revealed || r.Spread() != 2 || !r.Discuss() {
		t.Errorf("round %+v", r)
	}
	if l, _ := s.LatestVote(c.InfoTypes[0].ID, domain.Integrity); l == nil || l.ID != v.ID {
		t.Errorf("latest %+v", l)
	}
	if all, _ := s.Votes(c.ID); len(all) != 1 {
		t.Errorf("votes %d", len(all))
	}
}
