package domain

import "testing"

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

func TestLevelAndAspect(t *testing.T) {
	if Label(Confidentiality, 3) != "K3" || Label(Traceability, Unset) != "S–" {
		t.Error("Label")
	}
	if Level(0).Valid() || !Level(4).Valid() || Level(5).Valid() {
		t.Error("Valid")
	}
	if !Aspect("R").Valid() || Aspect("X").Valid() || Availability.Name() != "Tillgänglighet" {
		t.Error("Aspect")
	}
}
