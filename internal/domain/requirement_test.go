package domain

import (
	"strings"
	"testing"
)

func TestRequirementCatalogue(t *testing.T) {
	c := Requirements()
	seen := map[string]bool{}
	for _, r := range c.Requirements {
		if seen[r.ID] {
			t.Errorf("duplicate %s", r.ID)
		}
		seen[r.ID] = true
		if !strings.HasPrefix(r.Shall, "Leverantören ska") || r.Area == "" || r.Title == "" {
			t.Errorf("%s is incomplete: %+v", r.ID, r)
		}
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

func TestRequirementsFor(t *testing.T) {
	ids := func(rs []Requirement) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.ID)
		}
		return strings.Join(s, ",")
	}
	c := Requirements()
	tests := []struct {
		name string
		eff  map[Aspect]Level
		want string
	}{
		{"nothing", map[Aspect]Level{}, ""},
		{"all level 1", map[Aspect]Level{Confidentiality: 1, Integrity: 1, Availability: 1, Traceability: 1}, ""},
		{"K2", map[Aspect]Level{Confidentiality: 2}, "K-01,K-02,K-06,G-01"},
		{"K3", map[Aspect]Level{Confidentiality: 3}, "K-01,K-02,K-03,K-04,K-05,K-06,K-07,G-01,G-02"},
		{"T4", map[Aspect]Level{Availability: 4}, "T-01,T-02,T-03,T-04,T-05,G-01,G-02"},
		{"R3 S2", map[Aspect]Level{Integrity: 3, Traceability: 2}, "R-01,R-02,R-03,R-04,S-01,G-01,G-02"},
		{"S2 alone gives G-01", map[Aspect]Level{Traceability: 2, Confidentiality: 1}, "S-01,G-01"},
		{"S3", map[Aspect]Level{Traceability: 3}, "S-01,S-02,S-03,G-01,G-02"},
		{"K4 adds K-08", map[Aspect]Level{Confidentiality: 4}, "K-01,K-02,K-03,K-04,K-05,K-06,K-07,K-08,G-01,G-02"},
		{"unset levels give nothing", map[Aspect]Level{Confidentiality: Unset, Availability: Unset}, ""},
	}
	for _, tt := range tests {
		if got := ids(c.For(tt.eff)); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestSeparateAnalyses(t *testing.T) {
	tests := []struct {
		name string
		eff  map[Aspect]Level
		want []Aspect
	}{
		{"none below 4", map[Aspect]Level{Confidentiality: 3, Integrity: 3, Availability: 3, Traceability: 3}, nil},
		{"nothing", nil, nil},
		{"T4", map[Aspect]Level{Availability: 4}, []Aspect{Availability}},
		{"in aspect order", map[Aspect]Level{Traceability: 4, Confidentiality: 3, Availability: 4}, []Aspect{Availability, Traceability}},
		{"all four", map[Aspect]Level{Confidentiality: 4, Integrity: 4, Availability: 4, Traceability: 4}, AllAspects},
	}
	for _, tt := range tests {
		sa := SeparateAnalyses(tt.eff)
		if len(sa) != len(tt.want) {
			t.Errorf("%s: %+v, want %v", tt.name, sa, tt.want)
			continue
		}
		for i, a := range tt.want {
			s := sa[i]
			if s.Aspect != a {
				t.Errorf("%s: analysis %d for %s, want %s", tt.name, i, s.Aspect, a)
			}
			if !strings.Contains(s.Message, "särskild skyddsanalys") || !strings.Contains(s.Message, a.Name()) {
				t.Errorf("%s: message %q", tt.name, s.Message)
			}
			if !strings.Contains(s.Responsible, "Informationsägaren") {
				t.Errorf("%s: responsible %q", tt.name, s.Responsible)
			}
		}
	}
	want := "Tillgänglighet på nivå 4 (allvarlig): kravkatalogen räcker inte. En särskild skyddsanalys ska göras för tillgänglighet innan upphandling."
	if got := SeparateAnalyses(map[Aspect]Level{Availability: 4})[0].Message; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}
