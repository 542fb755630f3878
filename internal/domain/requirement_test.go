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
		if !strings.HasPrefix(r.Shall, "Leverantören ska") || r.Have == "" || r.Area == "" || r.Title == "" {
			t.Errorf("%s is incomplete: %+v", r.ID, r)
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
	}
	for _, tt := range tests {
		if got := ids(c.For(tt.eff)); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	sa := SeparateAnalyses(map[Aspect]Level{Availability: 4, Confidentiality: 3, Traceability: 4})
	if len(sa) != 2 || sa[0].Aspect != Availability || sa[1].Aspect != Traceability || sa[0].Responsible == "" {
		t.Errorf("separate analyses %+v", sa)
	}
}
