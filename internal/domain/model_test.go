package domain

import (
	"fmt"
	"testing"
)

func TestDefaultModel(t *testing.T) {
	m := DefaultModel()
	if m.ID == "" || m.Version != 1 {
		t.Errorf("model %s v%d", m.ID, m.Version)
	}
	if got := len(m.AspectCodes()); got != 4 {
		t.Fatalf("%d aspects", got)
	}
	labels := []string{"Försumbar", "Måttlig", "Betydande", "Allvarlig"}
	for i, l := range m.Levels {
		if l.Label != labels[i] || len(l.Color) != 7 || l.Meaning == "" {
			t.Errorf("level %d: %+v", i+1, l)
		}
		for _, a := range AllAspects {
			if l.Descriptions[a] == "" || l.DescriptionsEN[a] == "" {
				t.Errorf("level %d lacks a description of %s", l.Level, a)
			}
		}
	}
	for _, a := range m.Aspects {
		if a.Question == "" || a.QuestionEN == "" {
			t.Errorf("aspect %s lacks its guiding question", a.Code)
		}
	}
	if len(m.Floors) != 10 {
		t.Errorf("%d floors, want the 10 of model.md", len(m.Floors))
	}
	if f, ok := m.Floor(FlagSecurityProtect); !ok || !f.Refer {
		t.Error("säkerhetsskydd is not a referral")
	}
	if m.MaxLevel() != 4 {
		t.Errorf("max level %d", m.MaxLevel())
	}
}

func TestParseModelRejects(t *testing.T) {
	for name, js := range map[string]string{
		"not json":        "{",
		"no id":           `{"version":1,"aspects":[{"code":"K"}],"levels":[{"level":1,"descriptions":{"K":"x"}}]}`,
		"levels in order": `{"id":"x","version":1,"aspects":[{"code":"K"}],"levels":[{"level":2,"descriptions":{"K":"x"}}]}`,
		"description":     `{"id":"x","version":1,"aspects":[{"code":"K"}],"levels":[{"level":1,"descriptions":{}}]}`,
	} {
		if _, err := ParseModel([]byte(js)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestDefaultFloors checks the floor table against model.md, flag by flag.
func TestDefaultFloors(t *testing.T) {
	m := DefaultModel()
	tests := []struct {
		flag  Flag
		min   map[Aspect]Level
		refer bool
		text  string
	}{
		{FlagPersonal, map[Aspect]Level{Confidentiality: 2, Traceability: 2}, false, "K2, S2"},
		{FlagSensitive, map[Aspect]Level{Confidentiality: 3, Traceability: 3}, false, "K3, S3"},
		{FlagCriminal, map[Aspect]Level{Confidentiality: 3, Traceability: 3}, false, "K3, S3"},
		{FlagPINBulk, map[Aspect]Level{Confidentiality: 3}, false, "K3"},
		{FlagSecrecy, map[Aspect]Level{Confidentiality: 3}, false, "K3"},
		{FlagProtectedIdentity, map[Aspect]Level{Confidentiality: 4}, false, "K4"},
		{FlagVulnerable, map[Aspect]Level{Confidentiality: 3}, false, "K3"},
		{FlagAuthority, map[Aspect]Level{Integrity: 3}, false, "R3"},
		{FlagCritical, map[Aspect]Level{Availability: 3}, false, "T3"},
		{FlagSecurityProtect, nil, true, ""},
	}
	if len(m.Floors) != len(tests) {
		t.Errorf("%d floors, want the %d of model.md", len(m.Floors), len(tests))
	}
	for _, tt := range tests {
		f, ok := m.Floor(tt.flag)
		if !ok {
			t.Errorf("no floor for %s", tt.flag)
			continue
		}
		if f.Refer != tt.refer || f.Label == "" || f.LabelEN == "" {
			t.Errorf("floor %s: %+v", tt.flag, f)
		}
		for _, a := range AllAspects {
			if f.Min[a] != tt.min[a] {
				t.Errorf("floor %s on %s = %d, want %d", tt.flag, a, f.Min[a], tt.min[a])
			}
		}
		if got := f.MinText(DefaultModel()); got != tt.text {
			t.Errorf("floor %s MinText = %q, want %q", tt.flag, got, tt.text)
		}
	}
	if _, ok := m.Floor("okänd"); ok {
		t.Error("floor for an unknown flag")
	}
}

// TestDefaultColours checks that the levels go green, yellow, orange, red.
func TestDefaultColours(t *testing.T) {
	m := DefaultModel()
	rgb := func(hex string) (r, g, b int) {
		if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
			t.Fatalf("colour %q: %v", hex, err)
		}
		return r, g, b
	}
	tests := []struct {
		l    Level
		name string
		ok   func(r, g, b int) bool
	}{
		{1, "green", func(r, g, b int) bool { return g > r && g > b }},
		{2, "yellow", func(r, g, b int) bool { return r > 180 && g > 160 && b < 100 }},
		{3, "orange", func(r, g, b int) bool { return r > 180 && g > 80 && g < 170 && b < 80 }},
		{4, "red", func(r, g, b int) bool { return r > 150 && g < 80 && b < 80 }},
	}
	for _, tt := range tests {
		info, ok := m.Level(tt.l)
		if !ok {
			t.Fatalf("no level %d", tt.l)
		}
		if r, g, b := rgb(info.Color); !tt.ok(r, g, b) {
			t.Errorf("level %d colour %s is not %s", tt.l, info.Color, tt.name)
		}
	}
	for _, l := range []Level{Unset, 5} {
		if _, ok := m.Level(l); ok {
			t.Errorf("model has level %d", l)
		}
	}
}

func TestModelAspects(t *testing.T) {
	m := DefaultModel()
	want := []Aspect{Confidentiality, Integrity, Availability, Traceability}
	got := m.AspectCodes()
	for i, a := range want {
		if i >= len(got) || got[i] != a {
			t.Fatalf("aspects %v, want %v", got, want)
		}
		info, ok := m.Aspect(a)
		if !ok || info.Name == "" || info.NameEN == "" {
			t.Errorf("aspect %s: %+v", a, info)
		}
	}
	if s, _ := m.Aspect(Traceability); !s.Optional {
		t.Error("spårbarhet is not optional")
	}
	if k, _ := m.Aspect(Confidentiality); k.Optional {
		t.Error("konfidentialitet is optional")
	}
	if _, ok := m.Aspect("X"); ok {
		t.Error("unknown aspect found")
	}
}
