package domain

import (
	"strings"
	"testing"
)

// TestStarterLibrary checks the shipped starter library: every flag is
// one the models know, every floor names a level of both shipped models
// and is no lower than the floor its own flags imply there, no name is
// there twice, and every text has its English translation.
func TestStarterLibrary(t *testing.T) {
	l := Starter()
	if n := len(l.Types); n < 25 || n > 40 {
		t.Errorf("%d types; the library holds 25–40", n)
	}
	for _, a := range l.Areas {
		if a.Name == "" || a.NameEN == "" || a.NameEN == a.Name {
			t.Errorf("area %q lacks a name or its English", a.ID)
		}
	}
	used := map[string]bool{}
	for _, typ := range l.Types {
		used[typ.Area] = true
		for _, s := range []string{typ.Name, typ.NameEN, typ.Description, typ.DescriptionEN} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%q: a text or its English is empty", typ.Name)
			}
		}
		if typ.Description == typ.DescriptionEN {
			t.Errorf("%q: the English description is the Swedish one", typ.Name)
		}
		if len(typ.Floors) == 0 {
			t.Errorf("%q suggests no floor", typ.Name)
		}
		for _, name := range ShippedModelNames() {
			m, _ := ShippedModel(name)
			checkStarterType(t, m, typ)
		}
	}
	for _, a := range l.Areas {
		if !used[a.ID] {
			t.Errorf("area %q has no types", a.ID)
		}
	}
}

func checkStarterType(t *testing.T, m *Model, typ StarterType) {
	t.Helper()
	for _, f := range typ.Flags {
		fl, ok := m.Floor(f)
		if !ok {
			t.Errorf("%q: flag %q is unknown to %s", typ.Name, f, m.Name)
		}
		if fl.Refer {
			t.Errorf("%q: flag %q refers the type elsewhere; the library has only types classified here", typ.Name, f)
		}
	}
	floors, err := typ.FloorLevels(m)
	if err != nil {
		t.Error(err)
		return
	}
	for _, a := range m.AspectCodes() {
		min, _ := m.FloorFor(typ.Flags, a)
		if floors[a] < min {
			t.Errorf("%q in %s: %s suggested below the floor %s its flags imply", typ.Name, m.Name,
				m.LevelLabel(a, floors[a]), m.LevelLabel(a, min))
		}
	}
}

// TestStarterFloorsSameLevelInBothModels: a floor names a level, which
// is the same place on both shipped scales and numbered as each numbers it.
func TestStarterFloorsSameLevelInBothModels(t *testing.T) {
	typ, ok := Starter().Type("journalanteckningar")
	if !ok {
		t.Fatal("no Journalanteckningar")
	}
	msb, _ := ShippedModel("msb")
	klassa, _ := ShippedModel("klassa")
	a, _ := typ.FloorLevels(msb)
	b, _ := typ.FloorLevels(klassa)
	if a[Confidentiality] != 3 || b[Confidentiality] != 3 {
		t.Fatalf("K floors %v and %v, want Betydande in both", a, b)
	}
	if got := msb.LevelLabel(Confidentiality, a[Confidentiality]) + " " + klassa.LevelLabel(Confidentiality, b[Confidentiality]); got != "K3 K2" {
		t.Errorf("numbered %q, want K3 K2", got)
	}
	it, err := typ.InfoType(klassa)
	if err != nil || !HasFlag(it.Flags, FlagSensitive) || it.Ratings[Traceability].Level != 3 || it.Ratings[Traceability].Motivation != "" {
		t.Errorf("information type %+v, %v", it, err)
	}
}

func TestParseStarterRefuses(t *testing.T) {
	for name, js := range map[string]string{
		"repeated name": `{"areas":[{"id":"a","name":"A","name_en":"A"}],"types":[{"area":"a","name":"Loggar"},{"area":"a","name":" loggar"}]}`,
		"unknown area":  `{"areas":[],"types":[{"area":"b","name":"Loggar"}]}`,
		"unknown field": `{"areas":[],"types":[],"extra":1}`,
		"no name":       `{"areas":[{"id":"a"}],"types":[{"area":"a","name":" "}]}`,
	} {
		if _, err := ParseStarter([]byte(js)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	bad := StarterType{Name: "X", Floors: map[Aspect]string{Confidentiality: "Jättehög"}}
	if _, err := bad.FloorLevels(DefaultModel()); err == nil {
		t.Error("a floor naming no level was accepted")
	}
}
