package domain

import "testing"

func kinds(ps []Problem) map[ProblemKind]int {
	out := map[ProblemKind]int{}
	for _, p := range ps {
		out[p.Kind]++
	}
	return out
}

func TestProblems(t *testing.T) {
	m := DefaultModel()
	tests := []struct {
		name     string
		c        Classification
		want     map[ProblemKind]int
		blocking int
		warnings int
	}{
		{
			name:     "empty classification",
			c:        Classification{},
			want:     map[ProblemKind]int{ProblemNoInfoTypes: 1},
			blocking: 1,
		},
		{
			name: "complete and motivated",
			c:    Classification{InfoTypes: []InfoType{rated("Kontakter", []Flag{FlagPersonal}, 2, 2, 2, 2)}},
			want: map[ProblemKind]int{},
		},
		{
			name: "levels not chosen",
			c:    Classification{InfoTypes: []InfoType{rated("Kontakter", nil, 2, 0, 0, 2)}},
			want: map[ProblemKind]int{ProblemNoLevel: 2}, blocking: 2,
		},
		{
			name: "motivation required for every chosen level",
			c: Classification{InfoTypes: []InfoType{{Name: "Loggar", Ratings: map[Aspect]Rating{
				Confidentiality: {Level: 2}, Integrity: {Level: 2, Motivation: "  "},
				Availability: {Level: 1, Motivation: "ok"}, Traceability: {Level: 3, Motivation: "ok"}}}}},
			want: map[ProblemKind]int{ProblemNoMotivation: 2}, blocking: 2,
		},
		{
			name: "below a floor with motivation warns",
			c:    Classification{InfoTypes: []InfoType{rated("Journal", []Flag{FlagSensitive}, 2, 2, 2, 3)}},
			want: map[ProblemKind]int{ProblemBelowFloor: 1}, warnings: 1,
		},
		{
			name: "below a floor without motivation blocks",
			c: Classification{InfoTypes: []InfoType{{Name: "Adresser", Flags: []Flag{FlagProtectedIdentity}, Ratings: map[Aspect]Rating{
				Confidentiality: {Level: 3}, Integrity: {Level: 1, Motivation: "x"},
				Availability: {Level: 1, Motivation: "x"}, Traceability: {Level: 1, Motivation: "x"}}}}},
			want:     map[ProblemKind]int{ProblemNoMotivation: 1, ProblemBelowFloorNoWhy: 1},
			blocking: 2,
		},
		{
			name: "säkerhetsskydd is noticed, not classified",
			c:    Classification{InfoTypes: []InfoType{{Name: "Skyddsobjekt", Flags: []Flag{FlagSecurityProtect}}}},
			want: map[ProblemKind]int{ProblemSecurityProtect: 1},
		},
		{
			name: "no name",
			c:    Classification{InfoTypes: []InfoType{rated(" ", nil, 1, 1, 1, 1)}},
			want: map[ProblemKind]int{ProblemNoName: 1}, blocking: 1,
		},
		{
			name: "raise not above calculated",
			c: Classification{InfoTypes: []InfoType{rated("A", nil, 3, 1, 1, 1)},
				Raises: map[Aspect]Raise{Confidentiality: {Level: 2, Reason: RaiseOther, Explanation: "x"}}},
			want: map[ProblemKind]int{ProblemRaiseNotAbove: 1}, blocking: 1,
		},
		{
			name: "raise needs reason and explanation",
			c: Classification{InfoTypes: []InfoType{rated("A", nil, 2, 1, 1, 1)},
				Raises: map[Aspect]Raise{Confidentiality: {Level: 3, Reason: RaiseAccumulation}, Integrity: {Level: 2, Explanation: "x"}}},
			want: map[ProblemKind]int{ProblemRaiseNoReason: 2}, blocking: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := tt.c.Problems(m)
			got := kinds(ps)
			if len(got) != len(tt.want) {
				t.Errorf("problems %v, want %v", got, tt.want)
			}
			for k, n := range tt.want {
				if got[k] != n {
					t.Errorf("%s: %d, want %d (all: %v)", k, got[k], n, got)
				}
			}
			blocking := 0
			for _, p := range ps {
				if p.Blocking() {
					blocking++
				}
				if p.Message == "" {
					t.Errorf("problem %s has no message", p.Kind)
				}
			}
			if blocking != tt.blocking {
				t.Errorf("%d blocking, want %d", blocking, tt.blocking)
			}
			if w := len(tt.c.Result(m).Warnings); w != tt.warnings {
				t.Errorf("%d warnings in the result, want %d", w, tt.warnings)
			}
		})
	}
}

func TestFloors(t *testing.T) {
	m := DefaultModel()
	tests := []struct {
		flags []Flag
		a     Aspect
		want  Level
		n     int // how many floors set it
	}{
		{nil, Confidentiality, Unset, 0},
		{[]Flag{FlagPersonal}, Confidentiality, 2, 1},
		{[]Flag{FlagPersonal}, Traceability, 2, 1},
		{[]Flag{FlagPersonal}, Integrity, Unset, 0},
		{[]Flag{FlagPersonal, FlagSensitive}, Confidentiality, 3, 1},
		{[]Flag{FlagSensitive, FlagSecrecy, FlagVulnerable}, Confidentiality, 3, 3},
		{[]Flag{FlagSecrecy, FlagProtectedIdentity}, Confidentiality, 4, 1},
		{[]Flag{FlagCriminal}, Traceability, 3, 1},
		{[]Flag{FlagPINBulk}, Confidentiality, 3, 1},
		{[]Flag{FlagAuthority}, Integrity, 3, 1},
		{[]Flag{FlagCritical}, Availability, 3, 1},
		{[]Flag{FlagSecurityProtect}, Confidentiality, Unset, 0},
	}
	for _, tt := range tests {
		got, from := m.FloorFor(tt.flags, tt.a)
		if got != tt.want || len(from) != tt.n {
			t.Errorf("FloorFor(%v, %s) = %d from %d floors, want %d from %d", tt.flags, tt.a, got, len(from), tt.want, tt.n)
		}
	}
}

func TestProblemMessages(t *testing.T) {
	m := DefaultModel()
	c := Classification{InfoTypes: []InfoType{
		{Name: "Elevakter", Flags: []Flag{FlagSecrecy, FlagVulnerable}, Ratings: map[Aspect]Rating{
			Confidentiality: {Level: 2}, Integrity: {Level: 2, Motivation: "x"}, Availability: {Level: 2, Motivation: "x"}}},
	}}
	want := map[ProblemKind]string{
		ProblemNoMotivation:    "'Elevakter': K2 saknar motivering.",
		ProblemBelowFloorNoWhy: "'Elevakter': K2 är under golvet K3 (Sekretess enligt OSL (t.ex. socialtjänst, hälso- och sjukvård, skola); Uppgifter om barn eller andra sårbara personer). Motivera varför en lägre nivå räcker.",
		ProblemNoLevel:         "'Elevakter': ingen nivå vald för spårbarhet.",
	}
	ps := c.Problems(m)
	if len(ps) != len(want) {
		t.Errorf("problems %+v, want %d", ps, len(want))
	}
	for _, p := range ps {
		if w, ok := want[p.Kind]; !ok || p.Message != w {
			t.Errorf("%s: %q, want %q", p.Kind, p.Message, w)
		}
		if p.InfoType != "Elevakter" || p.Aspect == "" {
			t.Errorf("%s: info type %q aspect %q", p.Kind, p.InfoType, p.Aspect)
		}
		if p.Kind == ProblemBelowFloorNoWhy && p.Floor != 3 {
			t.Errorf("floor %d, want 3", p.Floor)
		}
	}
}

func TestLevelsOutsideTheScale(t *testing.T) {
	m := DefaultModel()
	c := Classification{InfoTypes: []InfoType{rated("Loggar", nil, 2, 2, 2, 2)},
		Raises: map[Aspect]Raise{Integrity: {Level: 5, Reason: RaiseOther, Explanation: "x"}}}
	c.InfoTypes[0].Ratings[Availability] = Rating{Level: 7, Motivation: "x"}
	got := kinds(c.Problems(m))
	if got[ProblemLevelOutOfScale] != 2 {
		t.Errorf("problems %v, want two levels outside the scale", got)
	}
	for _, p := range c.Problems(m) {
		if p.Kind == ProblemLevelOutOfScale && !p.Blocking() {
			t.Error("a level outside the scale does not block")
		}
	}
}
