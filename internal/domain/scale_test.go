package domain

import (
	"encoding/json"
	"testing"
)

// klassaModel is the shipped KLASSA model: five levels numbered 0–4,
// the fifth (4, Synnerligen allvarlig) outside the catalogue.
func klassaModel(t *testing.T) *Model {
	t.Helper()
	k, ok := ShippedModel("klassa")
	if !ok {
		t.Fatal("no KLASSA model")
	}
	return k
}

// TestModelValid: a level is valid when the model has it, not by a
// fixed scale of four.
func TestModelValid(t *testing.T) {
	k := klassaModel(t)
	msb, _ := ShippedModel("msb")
	tests := []struct {
		l          Level
		msb, klass bool
	}{
		{Unset, false, false}, {-1, false, false}, {1, true, true}, {4, true, true},
		{5, false, true}, {6, false, false}, {MaxScale + 1, false, false},
	}
	for _, tt := range tests {
		if got := msb.Valid(tt.l); got != tt.msb {
			t.Errorf("MSB Valid(%d) = %v", tt.l, got)
		}
		if got := k.Valid(tt.l); got != tt.klass {
			t.Errorf("KLASSA Valid(%d) = %v", tt.l, got)
		}
	}
}

// TestFiveLevelRules runs the rules on KLASSA's fifth level: the maximum
// principle, a raise to it, the floors, the priority's level factor and
// the catalogue's applicability.
func TestFiveLevelRules(t *testing.T) {
	k := klassaModel(t)
	msb, _ := ShippedModel("msb")
	top := k.MaxLevel() // KLASSA 4, Synnerligen allvarlig
	c := &Classification{InfoTypes: []InfoType{
		rated("Skyddade adresser", []Flag{FlagProtectedIdentity}, top, 2, 2, 3),
		rated("Kontakter", []Flag{FlagPersonal}, 2, 3, 4, 2),
	}, Raises: map[Aspect]Raise{Availability: {Level: top, Reason: RaiseAccumulation, Explanation: "Allt på ett ställe"}}}
	res := c.Result(k)
	if got := res.Aspect(Confidentiality); got.Calculated != top || got.Effective != top {
		t.Errorf("K by the maximum principle: %+v, want %d", got, top)
	}
	if got := res.Aspect(Availability); got.Calculated != 4 || got.Effective != top {
		t.Errorf("T raised to KLASSA 4: %+v", got)
	}
	if res.Overall != top || k.NumberText(res.Overall) != "4" {
		t.Errorf("overall %d (%s), want KLASSA 4", res.Overall, k.NumberText(res.Overall))
	}
	for _, p := range c.Problems(k) {
		t.Errorf("KLASSA: unexpected problem %s: %s", p.Kind, p.Message)
	}
	// Under MSB 1–4 the same fifth level lies outside the scale.
	if ps := c.Problems(msb); !hasProblem(ps, ProblemLevelOutOfScale) {
		t.Errorf("MSB: no out-of-scale problem for level 5: %+v", ps)
	}
	// The floor of protected identities is KLASSA's K3 (place 4): a K2 there is below it.
	below := &Classification{InfoTypes: []InfoType{rated("Skyddade adresser", []Flag{FlagProtectedIdentity}, 3, 1, 1, 1)}}
	if f, _ := k.FloorFor([]Flag{FlagProtectedIdentity}, Confidentiality); k.LevelLabel(Confidentiality, f) != "K3" {
		t.Errorf("protected identity floor %s, want K3", k.LevelLabel(Confidentiality, f))
	}
	if ps := below.Problems(k); !hasProblem(ps, ProblemBelowFloor) {
		t.Errorf("K2 under the K3 floor: %+v", ps)
	}
	// The priority's level factor: the highest factor not above the level.
	p := Priorities().Prioritize(PriorityInput{Asset: Asset{Name: "X", Status: StatusDecided}, Classified: true,
		NextReview: NewDate(2030, 1, 1), Effective: map[Aspect]Level{Confidentiality: top}}, NewDate(2026, 6, 1))
	if p.Score != 3 {
		t.Errorf("priority at KLASSA 4: %d (%s), want the level-4 factor's +3", p.Score, p.Text())
	}
	// The catalogue: KLASSA 4 gets no K requirements but a separate
	// analysis; KLASSA 3 (place 4) gets the strongest K requirements.
	ids := func(rs []Requirement, prefix string) (n int) {
		for _, r := range rs {
			if r.ID[:2] == prefix {
				n++
			}
		}
		return n
	}
	at := func(l Level) []Requirement {
		return Requirements().For(ApplicabilityOf(AssetSummary{Effective: map[Aspect]Level{Confidentiality: l}, Asset: Asset{PersonalData: true}}, k))
	}
	if n := ids(at(top), "K-"); n != 0 {
		t.Errorf("KLASSA K4 got %d catalogue K requirements, want none", n)
	}
	if n := ids(at(4), "K-"); n < 7 {
		t.Errorf("KLASSA K3 got %d K requirements, want the strongest (at least 7)", n)
	}
	if sa := SeparateAnalyses(k, map[Aspect]Level{Confidentiality: top, Availability: 4}); len(sa) != 1 || sa[0].Aspect != Confidentiality {
		t.Errorf("separate analyses: %+v, want one for K", sa)
	}
}

// TestFiveLevelNormAndVote: a norm at KLASSA 4 is valid, lowering below
// it needs a reason and an approver, and a vote may be cast at 5.
func TestFiveLevelNormAndVote(t *testing.T) {
	k := klassaModel(t)
	top := k.MaxLevel()
	if d := (Origin{Level: top}).Deviation(4); d != LoweredFromNorm {
		t.Errorf("below a KLASSA 4 norm: %v", d)
	}
	n := testNorm(1)
	r := n.InfoTypes[0].Ratings[Confidentiality]
	r.Level = top
	n.InfoTypes[0].Ratings[Confidentiality] = r
	if err := n.Validate(k); err != nil {
		t.Errorf("a norm at level 5: %v", err)
	}
	var v VoteRound
	if err := v.Cast(Participant{ID: 1, Name: "Eva"}, top, k); err != nil {
		t.Errorf("vote at KLASSA 4: %v", err)
	}
	if err := v.Cast(Participant{ID: 2, Name: "Per"}, top, DefaultModel()); err == nil {
		t.Error("a vote at 5 in MSB 1–4 was taken")
	}
}

func hasProblem(ps []Problem, kind ProblemKind) bool {
	for _, p := range ps {
		if p.Kind == kind {
			return true
		}
	}
	return false
}

// TestModelWithoutS: a model that switches S off keeps its floors for S
// without an error; they do not apply, and its results have no S.
func TestModelWithoutS(t *testing.T) {
	k := klassaModel(t)
	var aspects []AspectInfo
	for _, a := range k.Aspects {
		if a.Code != Traceability {
			aspects = append(aspects, a)
		}
	}
	b, _ := json.Marshal(Model{ID: "utan-s", Version: 1, Name: "Utan spårbarhet", NumberFrom: k.NumberFrom,
		Aspects: aspects, Levels: k.Levels, Floors: k.Floors})
	m, err := ParseModel(b)
	if err != nil {
		t.Fatalf("a model without S: %v", err)
	}
	c := &Classification{InfoTypes: []InfoType{rated("Kontakter", []Flag{FlagPersonal}, 3, 2, 2, Unset)}}
	for _, p := range c.Problems(m) {
		t.Errorf("problem without S: %s", p.Message)
	}
	if _, ok := m.Aspect(Traceability); ok {
		t.Error("S is on")
	}
}
