package domain

import (
	"strings"
	"testing"
)

// rated returns an information type with the given levels for K, R, T, S,
// each motivated.
func rated(name string, flags []Flag, k, r, t, s Level) InfoType {
	it := InfoType{Name: name, Flags: flags, Ratings: map[Aspect]Rating{}}
	for i, l := range []Level{k, r, t, s} {
		if l != Unset {
			it.Ratings[AllAspects[i]] = Rating{Level: l, Motivation: "motiverat"}
		}
	}
	return it
}

func TestMaximumPrinciple(t *testing.T) {
	m := DefaultModel()
	tests := []struct {
		name   string
		types  []InfoType
		raises map[Aspect]Raise
		want   map[Aspect]Level
		from   map[Aspect][]string
		total  Level
	}{
		{
			name:  "no information types",
			want:  map[Aspect]Level{Confidentiality: 0, Integrity: 0, Availability: 0, Traceability: 0},
			total: 0,
		},
		{
			name:  "one type",
			types: []InfoType{rated("Kontakter", nil, 2, 1, 3, 1)},
			want:  map[Aspect]Level{Confidentiality: 2, Integrity: 1, Availability: 3, Traceability: 1},
			from:  map[Aspect][]string{Availability: {"Kontakter"}},
			total: 3,
		},
		{
			name: "highest per aspect across types",
			types: []InfoType{
				rated("Skyddade adresser", nil, 4, 2, 2, 3),
				rated("Scheman", nil, 2, 3, 4, 2),
				rated("Loggar", nil, 1, 3, 1, 3),
			},
			want:  map[Aspect]Level{Confidentiality: 4, Integrity: 3, Availability: 4, Traceability: 3},
			from:  map[Aspect][]string{Confidentiality: {"Skyddade adresser"}, Integrity: {"Scheman", "Loggar"}, Traceability: {"Skyddade adresser", "Loggar"}},
			total: 4,
		},
		{
			name: "säkerhetsskydd is left out",
			types: []InfoType{
				rated("Skyddsobjekt", []Flag{FlagSecurityProtect}, 4, 4, 4, 4),
				rated("Kontakter", nil, 2, 2, 2, 2),
			},
			want:  map[Aspect]Level{Confidentiality: 2, Integrity: 2, Availability: 2, Traceability: 2},
			total: 2,
		},
		{
			name:   "raise above calculated counts",
			types:  []InfoType{rated("Ärenden", nil, 3, 2, 2, 2)},
			raises: map[Aspect]Raise{Confidentiality: {Level: 4, Reason: RaiseAggregation, Explanation: "sammanställt"}},
			want:   map[Aspect]Level{Confidentiality: 4, Integrity: 2},
			total:  4,
		},
		{
			name:   "raise at or below calculated is ignored",
			types:  []InfoType{rated("Ärenden", nil, 3, 3, 2, 2)},
			raises: map[Aspect]Raise{Confidentiality: {Level: 3, Reason: RaiseOther, Explanation: "x"}, Integrity: {Level: 1, Reason: RaiseOther, Explanation: "x"}},
			want:   map[Aspect]Level{Confidentiality: 3, Integrity: 3},
			total:  3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Classification{InfoTypes: tt.types, Raises: tt.raises}
			res := c.Result(m)
			for a, l := range tt.want {
				if got := res.Aspect(a).Effective; got != l {
					t.Errorf("%s effective = %d, want %d", a, got, l)
				}
				if res.Aspect(a).Effective < res.Aspect(a).Calculated {
					t.Errorf("%s effective below calculated", a)
				}
			}
			for a, names := range tt.from {
				if got := strings.Join(res.Aspect(a).From, "|"); got != strings.Join(names, "|") {
					t.Errorf("%s from %q, want %q", a, got, names)
				}
			}
			if res.Overall != tt.total {
				t.Errorf("overall %d, want %d", res.Overall, tt.total)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	m := DefaultModel()
	c := &Classification{InfoTypes: []InfoType{
		rated("Skyddade adresser", nil, 4, 2, 2, 2),
		rated("Scheman", nil, 2, 2, 3, 2),
		rated("Loggar", nil, 2, 2, 3, 2),
	}, Raises: map[Aspect]Raise{Integrity: {Level: 3, Reason: RaiseIntegration, Explanation: "kopplat till journalsystemet"}}}
	res := c.Result(m)
	tests := map[Aspect]string{
		Confidentiality: "K4 från 'Skyddade adresser'",
		Availability:    "T3 från 'Scheman' och 'Loggar'",
		Integrity:       "R3 höjd från R2 ('Skyddade adresser', 'Scheman' och 'Loggar') på grund av integration: kopplat till journalsystemet",
	}
	for a, want := range tests {
		if got := res.Aspect(a).Explain(DefaultModel()); got != want {
			t.Errorf("%s: %q, want %q", a, got, want)
		}
	}
	empty := (&Classification{}).Result(m)
	if got := empty.Aspect(Confidentiality).Explain(DefaultModel()); !strings.Contains(got, "ingen nivå") {
		t.Errorf("unset: %q", got)
	}
}

// TestExplainRaiseWithoutParts: a raise explained while its reason or
// its explanation is still empty reads as a sentence, never "på grund av :".
func TestExplainRaiseWithoutParts(t *testing.T) {
	m := DefaultModel()
	for _, tt := range []struct {
		raise Raise
		want  string
	}{
		{Raise{Level: 3}, "R3 höjd från R2 ('Scheman')"},
		{Raise{Level: 3, Reason: RaiseAggregation}, "R3 höjd från R2 ('Scheman') på grund av aggregering"},
		{Raise{Level: 3, Explanation: "  kopplat  "}, "R3 höjd från R2 ('Scheman'): kopplat"},
		{Raise{Level: 3, Reason: RaiseOther, Explanation: "x"}, "R3 höjd från R2 ('Scheman') på grund av annat: x"},
	} {
		c := &Classification{InfoTypes: []InfoType{rated("Scheman", nil, 2, 2, 3, 2)}, Raises: map[Aspect]Raise{Integrity: tt.raise}}
		got := c.Result(m).Aspect(Integrity).Explain(m)
		if got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.raise, got, tt.want)
		}
		if strings.Contains(got, " :") || strings.HasSuffix(got, ":") || strings.HasSuffix(got, " ") {
			t.Errorf("%+v: %q is built from an empty part", tt.raise, got)
		}
	}
}

func TestFollowUpCopies(t *testing.T) {
	m := DefaultModel()
	c := &Classification{ID: 7, AssetID: 3, Scope: "Allt", DecidedBy: "Ägaren", DecidedAt: NewDate(2025, 1, 1),
		Participants: []Participant{{ID: 1, Name: "A", Role: RoleOwner}},
		InfoTypes:    []InfoType{rated("Typ", []Flag{FlagPersonal}, 2, 2, 2, 2)},
		Raises:       map[Aspect]Raise{Confidentiality: {Level: 3, Reason: RaiseOther, Explanation: "x"}}}
	c.InfoTypes[0].ID = 9
	n := FollowUp(c, m, NewDate(2026, 1, 1))
	if n.ID != 0 || n.Decided() || n.Kind != KindFollowUp || n.AssetID != 3 || n.Scope != "Allt" {
		t.Errorf("follow-up %+v", n)
	}
	if n.Participants[0].ID != 0 || n.InfoTypes[0].ID != 0 || n.InfoTypes[0].Ratings[Integrity].Level != 2 {
		t.Errorf("copied children %+v", n)
	}
	n.InfoTypes[0].Ratings[Integrity] = Rating{Level: 4}
	n.InfoTypes[0].Flags[0] = FlagCritical
	if c.InfoTypes[0].Ratings[Integrity].Level != 2 || c.InfoTypes[0].Flags[0] != FlagPersonal {
		t.Error("editing the follow-up changed the decided classification")
	}
}

func TestRaise(t *testing.T) {
	m := DefaultModel()
	types := []InfoType{rated("Ärenden", nil, 2, 2, 2, 2)}
	tests := []struct {
		name      string
		raise     Raise
		effective Level
		counts    bool
	}{
		{"above", Raise{Level: 3, Reason: RaiseAccumulation, Explanation: "alla ärenden i ett register"}, 3, true},
		{"to the top", Raise{Level: 4, Reason: RaiseIntegration, Explanation: "kopplat till journalen"}, 4, true},
		{"equal is ignored", Raise{Level: 2, Reason: RaiseOther, Explanation: "x"}, 2, false},
		{"below is ignored", Raise{Level: 1, Reason: RaiseOther, Explanation: "x"}, 2, false},
		{"beyond the scale is ignored", Raise{Level: 5, Reason: RaiseOther, Explanation: "x"}, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Classification{InfoTypes: types, Raises: map[Aspect]Raise{Confidentiality: tt.raise}}
			ar := c.Result(m).Aspect(Confidentiality)
			if ar.Calculated != 2 || ar.Effective != tt.effective {
				t.Errorf("calculated %d effective %d, want 2 and %d", ar.Calculated, ar.Effective, tt.effective)
			}
			if (ar.Raise != nil) != tt.counts {
				t.Fatalf("raise kept = %v, want %v", ar.Raise != nil, tt.counts)
			}
			if tt.counts && (ar.Raise.Reason != tt.raise.Reason || ar.Raise.Explanation != tt.raise.Explanation) {
				t.Errorf("raise %+v, want %+v", *ar.Raise, tt.raise)
			}
			if tt.counts && !strings.Contains(ar.Explain(DefaultModel()), tt.raise.Explanation) {
				t.Errorf("explanation %q lacks %q", ar.Explain(DefaultModel()), tt.raise.Explanation)
			}
		})
	}
}

func TestResultWarningsAndReferrals(t *testing.T) {
	m := DefaultModel()
	c := &Classification{InfoTypes: []InfoType{
		rated("Journalanteckningar", []Flag{FlagSensitive}, 2, 3, 3, 3),
		rated("Skyddade adresser", []Flag{FlagProtectedIdentity}, 4, 2, 2, 2),
		rated("Skyddsobjekt", []Flag{FlagSecurityProtect}, 1, 1, 1, 1),
	}}
	res := c.Result(m)
	if len(res.Warnings) != 1 {
		t.Fatalf("warnings %+v, want one", res.Warnings)
	}
	w := res.Warnings[0]
	if w.Kind != ProblemBelowFloor || w.InfoType != "Journalanteckningar" || w.Aspect != Confidentiality || w.Floor != 3 || w.Blocking() {
		t.Errorf("warning %+v", w)
	}
	if !strings.Contains(w.Message, "K2") || !strings.Contains(w.Message, "K3") {
		t.Errorf("warning message %q does not name the level and the floor", w.Message)
	}
	if len(res.Referred) != 1 || res.Referred[0] != "Skyddsobjekt" {
		t.Errorf("referred %v", res.Referred)
	}
	eff := res.Effective()
	want := map[Aspect]Level{Confidentiality: 4, Integrity: 3, Availability: 3, Traceability: 3}
	for a, l := range want {
		if eff[a] != l {
			t.Errorf("effective %s = %d, want %d", a, eff[a], l)
		}
	}
	if res.Overall != 4 {
		t.Errorf("overall %d", res.Overall)
	}
	if got := res.Aspect("X"); got.Effective != Unset || got.Aspect != "X" {
		t.Errorf("unknown aspect %+v", got)
	}
}
