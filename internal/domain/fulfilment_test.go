package domain

import "testing"

func TestFulfilmentStatus(t *testing.T) {
	tests := []struct {
		in    string
		want  FulfilmentStatus
		ok    bool
		unmet bool
	}{
		{"", FulfilUnknown, true, false},
		{"Ej bedömt", FulfilUnknown, true, false},
		{"Uppfyllt", FulfilMet, true, false},
		{"uppfyllt", FulfilMet, true, false},
		{" DELVIS ", FulfilPartly, true, true},
		{"Ej uppfyllt", FulfilNotMet, true, true},
		{"ej_uppfyllt", FulfilNotMet, true, true},
		{"Ej tillämpligt", FulfilNotApplicable, true, false},
		{"ej tillämplig", FulfilNotApplicable, true, false},
		{"kanske", FulfilUnknown, false, false},
	}
	for _, tt := range tests {
		got, ok := ParseFulfilmentStatus(tt.in)
		if got != tt.want || ok != tt.ok || got.Unmet() != tt.unmet {
			t.Errorf("%q: %q %v unmet %v, want %q %v %v", tt.in, got, ok, got.Unmet(), tt.want, tt.ok, tt.unmet)
		}
		if ok {
			if back, _ := ParseFulfilmentStatus(got.Label()); back != got {
				t.Errorf("label %q reads back as %q", got.Label(), back)
			}
		}
	}
	if (Fulfilment{RequirementID: "K-01", Status: FulfilNotApplicable}).Validate() == nil {
		t.Error("ej tillämpligt without reason accepted")
	}
	if (Fulfilment{RequirementID: "K-01", Status: "okänd"}).Validate() == nil {
		t.Error("unknown status accepted")
	}
	if (Fulfilment{RequirementID: "K-01", Status: FulfilNotApplicable, How: "inga personuppgifter"}).Validate() != nil {
		t.Error("ej tillämpligt with reason refused")
	}
}

func TestRequirementScoring(t *testing.T) {
	cat := Requirements()
	fs := map[string]Fulfilment{
		"K-01": {Status: FulfilMet},
		"K-03": {Status: FulfilPartly},
		"K-04": {Status: FulfilNotMet},
		"T-04": {Status: FulfilNotMet}, // applies only at T4
		"R-01": {Status: FulfilNotApplicable, How: "ingen inmatning"},
	}
	tests := []struct {
		name   string
		eff    map[Aspect]Level
		unmet  []string
		points int
		reason string
	}{
		{"level 2: unmet not counted", map[Aspect]Level{Confidentiality: 2, Integrity: 2}, nil, 0, ""},
		{"K3: partly and not met", map[Aspect]Level{Confidentiality: 3, Integrity: 2}, []string{"K-03", "K-04"}, 2 + 2,
			"+2 säkerhetskrav är inte uppfyllda trots nivå 3 eller högre"},
		{"T3 reaches the level, K2 holds no unmet", map[Aspect]Level{Confidentiality: 2, Availability: 3}, nil, 2, ""},
		{"T4 adds T-04", map[Aspect]Level{Confidentiality: 3, Availability: 4}, []string{"K-03", "K-04", "T-04"}, 3 + 2, ""},
	}
	for _, tt := range tests {
		got := UnmetRequirements(cat, Applicability{Effective: tt.eff}, fs)
		var ids []string
		for _, r := range got {
			ids = append(ids, r.ID)
		}
		if len(ids) != len(tt.unmet) {
			t.Errorf("%s: unmet %v, want %v", tt.name, ids, tt.unmet)
		} else {
			for i := range ids {
				if ids[i] != tt.unmet[i] {
					t.Errorf("%s: unmet %v, want %v", tt.name, ids, tt.unmet)
				}
			}
		}
		in := PriorityInput{Asset: Asset{Name: "X"}, Classified: true, NextReview: NewDate(2027, 6, 1), Effective: tt.eff, Unmet: len(got)}
		p := Priorities().Prioritize(in, NewDate(2026, 11, 1))
		if p.Score != tt.points {
			t.Errorf("%s: score %d (%s), want %d", tt.name, p.Score, p.Text(), tt.points)
		}
		if tt.reason != "" && p.Reasons[len(p.Reasons)-1].String() != tt.reason {
			t.Errorf("%s: reason %q, want %q", tt.name, p.Text(), tt.reason)
		}
	}
	// The factor needs the level as well as the count.
	p := Priorities().Prioritize(PriorityInput{Classified: true, Effective: map[Aspect]Level{Confidentiality: 2}, Unmet: 3}, NewDate(2026, 1, 1))
	if p.Score != 0 {
		t.Errorf("unmet at level 2 scored %d", p.Score)
	}
}

func TestAnalysisRecord(t *testing.T) {
	if (AnalysisRecord{Aspect: Confidentiality}).Done() {
		t.Error("empty record done")
	}
	r := AnalysisRecord{Aspect: Confidentiality, Date: NewDate(2026, 3, 1), Reference: " dnr KS 2026/14 "}
	if !r.Done() || r.Text() != "Särskild skyddsanalys gjord 2026-03-01 (dnr KS 2026/14)." {
		t.Errorf("%q", r.Text())
	}
}

func TestCountRequirements(t *testing.T) {
	cat := Requirements()
	a := Applicability{Effective: map[Aspect]Level{Confidentiality: 3, Integrity: 2, Availability: 2, Traceability: 2}}
	reqs := cat.For(a)
	if len(reqs) < 4 {
		t.Fatalf("%d requirements apply at K3", len(reqs))
	}
	fs := map[string]Fulfilment{
		reqs[0].ID: {Status: FulfilMet},
		reqs[1].ID: {Status: FulfilPartly},
		reqs[2].ID: {Status: FulfilNotMet},
	}
	ex := map[string]string{reqs[3].ID: "Ingen fjärråtkomst"}
	got := CountRequirements(cat, a, fs, ex)
	want := AssetRequirements{Met: 2, NotMet: 2, NotAssessed: len(reqs) - 4}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
