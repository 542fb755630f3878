package domain

import (
	"strings"
	"testing"
)

func TestRequirementCatalogue(t *testing.T) {
	c := Requirements()
	seen := map[string]bool{}
	grades := map[string]Requirement{}
	for _, r := range c.Requirements {
		if seen[r.ID] {
			t.Errorf("duplicate %s", r.ID)
		}
		seen[r.ID] = true
		word := map[Strength]string{Must: "Leverantören ska", Should: "Leverantören bör"}[r.Strength]
		if word == "" || !strings.HasPrefix(r.Shall, word) || r.Area == "" || r.Title == "" {
			t.Errorf("%s is incomplete or its text does not match %q: %+v", r.ID, r.Strength, r)
		}
		if len(r.Verify) == 0 {
			t.Errorf("%s: no verification", r.ID)
		}
		for _, v := range r.Verify {
			if v.Label() == string(v) {
				t.Errorf("%s: unknown verification %q", r.ID, v)
			}
		}
		for _, tr := range r.Triggers {
			if !(Applicability{Personal: true, Sensitive: true, ProtectedIdentity: true, ThirdCountry: true}).holds(tr) {
				t.Errorf("%s: unknown trigger %q", r.ID, tr)
			}
		}
		if g, ok := grades[r.Grade]; r.Grade != "" && ok && (g.Aspect != r.Aspect || g.Area != r.Area || g.MinLevel >= r.MinLevel) {
			t.Errorf("%s: grade %q mixes aspects or areas, or is out of level order", r.ID, r.Grade)
		}
		grades[r.Grade] = r
		if !strings.HasPrefix(r.Have, "Vi har ") && !strings.HasPrefix(r.Have, "Kommunen har ") {
			t.Errorf("%s: är-krav %q does not start with \"Vi har\" or \"Kommunen har\"", r.ID, r.Have)
		}
		if !strings.HasSuffix(r.Shall, ".") || !strings.HasSuffix(r.Have, ".") {
			t.Errorf("%s: texts do not end with a full stop", r.ID)
		}
		if prefix := string(r.Aspect) + "-"; r.Aspect != AnyAspect && !strings.HasPrefix(r.ID, prefix) || r.Aspect == AnyAspect && !strings.HasPrefix(r.ID, "G-") {
			t.Errorf("%s: id does not match aspect %q", r.ID, r.Aspect)
		}
		if r.Aspect != AnyAspect && !r.Aspect.Valid() || !r.MinLevel.Valid() {
			t.Errorf("%s: aspect %q level %d", r.ID, r.Aspect, r.MinLevel)
		}
	}
	if len(seen) != 22 {
		t.Errorf("%d requirements, want 22", len(seen))
	}
}

// outsideModel is the default model with level 4 outside the catalogue,
// as KLASSA's Synnerligen allvarlig is.
func outsideModel() *Model {
	m := *DefaultModel()
	m.Levels = append([]LevelInfo(nil), m.Levels...)
	m.Levels[3].OutsideCatalogue = true
	return &m
}

func TestRequirementsFor(t *testing.T) {
	ids := func(rs []Requirement) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.ID)
		}
		return strings.Join(s, ",")
	}
	c := Requirements()
	pd := func(eff map[Aspect]Level) Applicability { return Applicability{Effective: eff, Personal: true} }
	tests := []struct {
		name string
		in   Applicability
		want string
	}{
		{"nothing", Applicability{}, ""},
		{"all level 1", pd(map[Aspect]Level{Confidentiality: 1, Integrity: 1, Availability: 1, Traceability: 1}), ""},
		{"K2 with personal data", pd(map[Aspect]Level{Confidentiality: 2}), "K-01,K-02,K-06,G-01"},
		{"K2 without personal data: no PUB-avtal", Applicability{Effective: map[Aspect]Level{Confidentiality: 2}}, "K-01,K-02,G-01"},
		{"K3", pd(map[Aspect]Level{Confidentiality: 3}), "K-01,K-02,K-03,K-04,K-05,K-06,K-07,G-01,G-02"},
		{"T4 gets one outage requirement", Applicability{Effective: map[Aspect]Level{Availability: 4}}, "T-01,T-04,T-05,G-01,G-02"},
		{"T3", Applicability{Effective: map[Aspect]Level{Availability: 3}}, "T-01,T-03,T-05,G-01,G-02"},
		{"T2", Applicability{Effective: map[Aspect]Level{Availability: 2}}, "T-01,T-02,T-05,G-01"},
		{"R3 S2", pd(map[Aspect]Level{Integrity: 3, Traceability: 2}), "R-01,R-02,R-03,R-04,S-01,G-01,G-02"},
		{"S2 alone gives G-01", pd(map[Aspect]Level{Traceability: 2, Confidentiality: 1}), "S-01,G-01"},
		{"S3 with personal data", pd(map[Aspect]Level{Traceability: 3}), "S-01,S-02,S-03,G-01,G-02"},
		{"S3 without personal data", Applicability{Effective: map[Aspect]Level{Traceability: 3}}, "S-01,S-03,G-01,G-02"},
		{"K4 without protected identities", pd(map[Aspect]Level{Confidentiality: 4}), "K-01,K-02,K-03,K-04,K-05,K-06,K-07,G-01,G-02"},
		{"K4 with protected identities adds K-08", Applicability{Effective: map[Aspect]Level{Confidentiality: 4}, ProtectedIdentity: true},
			"K-01,K-02,K-03,K-04,K-05,K-06,K-07,K-08,G-01,G-02"},
		{"an aspect outside the catalogue gets none of its own", ApplicabilityOf(AssetSummary{
			Effective: map[Aspect]Level{Confidentiality: 4, Availability: 2}, Asset: Asset{PersonalData: true}}, outsideModel()),
			"T-01,T-02,T-05,G-01,G-02"},
		{"unset levels give nothing", Applicability{Effective: map[Aspect]Level{Confidentiality: Unset, Availability: Unset}}, ""},
	}
	for _, tt := range tests {
		if got := ids(c.For(tt.in)); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestSeparateAnalyses(t *testing.T) {
	all4 := map[Aspect]Level{Confidentiality: 4, Integrity: 4, Availability: 4, Traceability: 4}
	if sa := SeparateAnalyses(DefaultModel(), all4); len(sa) != 0 {
		t.Errorf("the 1–4 model covers its level 4 in the catalogue, yet: %+v", sa)
	}
	m := outsideModel()
	tests := []struct {
		name string
		eff  map[Aspect]Level
		want []Aspect
	}{
		{"none below 4", map[Aspect]Level{Confidentiality: 3, Integrity: 3, Availability: 3, Traceability: 3}, nil},
		{"nothing", nil, nil},
		{"T4", map[Aspect]Level{Availability: 4}, []Aspect{Availability}},
		{"in aspect order", map[Aspect]Level{Traceability: 4, Confidentiality: 3, Availability: 4}, []Aspect{Availability, Traceability}},
		{"all four", all4, AllAspects},
	}
	for _, tt := range tests {
		sa := SeparateAnalyses(m, tt.eff)
		if len(sa) != len(tt.want) {
			t.Errorf("%s: %+v, want %v", tt.name, sa, tt.want)
			continue
		}
		for i, a := range tt.want {
			s := sa[i]
			if s.Aspect != a {
				t.Errorf("%s: analysis %d for %s, want %s", tt.name, i, s.Aspect, a)
			}
			if !strings.Contains(s.Message, "särskild analys av skyddsbehovet") || !strings.Contains(s.Message, a.Name()) {
				t.Errorf("%s: message %q", tt.name, s.Message)
			}
			if !strings.Contains(s.Responsible, "Informationsägaren") {
				t.Errorf("%s: responsible %q", tt.name, s.Responsible)
			}
		}
	}
	want := "Tillgänglighet på nivå 4 (allvarlig) ligger utanför kravkatalogen. En särskild analys av skyddsbehovet ska göras för tillgänglighet innan upphandling, och säkerhetsskyddschefen ska rådfrågas."
	if got := SeparateAnalyses(m, map[Aspect]Level{Availability: 4})[0].Message; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}
