package domain

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShippedModels: KLASSA's numbering 0–4 with its 4 outside the
// catalogue, and MSB's 1–4 with all four inside; both with the same
// floors, as places on the scale.
func TestShippedModels(t *testing.T) {
	k, ok := ShippedModel("klassa")
	if !ok {
		t.Fatal("no KLASSA model")
	}
	m, _ := ShippedModel("MSB")
	if k.Range() != "0–4" || m.Range() != "1–4" || k.MaxLevel() != 5 || m.MaxLevel() != 4 {
		t.Fatalf("ranges %s %s", k.Range(), m.Range())
	}
	for n, want := range map[int]string{0: "Försumbar", 1: "Måttlig", 2: "Betydande", 3: "Allvarlig", 4: "Synnerligen allvarlig"} {
		l, ok := k.LevelByNumber(n)
		info, _ := k.Level(l)
		if !ok || info.Label != want || k.Number(l) != n {
			t.Errorf("KLASSA %d: %v %q", n, ok, info.Label)
		}
		if info.OutsideCatalogue != (n == 4) {
			t.Errorf("KLASSA %d outside the catalogue: %v", n, info.OutsideCatalogue)
		}
	}
	if _, ok := k.LevelByNumber(5); ok {
		t.Error("KLASSA has a 5")
	}
	if _, ok := m.LevelByNumber(0); ok {
		t.Error("MSB has a 0")
	}
	for _, l := range m.Levels {
		if l.OutsideCatalogue {
			t.Errorf("MSB level %d outside the catalogue", l.Level)
		}
	}
	if got := k.LevelLabel(Confidentiality, 3); got != "K2" {
		t.Errorf("KLASSA's Betydande is %s", got)
	}
	kp, _ := k.Floor(FlagProtectedIdentity)
	mp, _ := m.Floor(FlagProtectedIdentity)
	if kp.Min[Confidentiality] != mp.Min[Confidentiality] || k.LevelLabel(Confidentiality, kp.Min[Confidentiality]) != "K3" {
		t.Errorf("protected identity floors %v %v", kp.Min, mp.Min)
	}
	// A list's numbers are read in the model's numbering.
	for _, c := range []struct {
		m    *Model
		in   string
		want Level
		ok   bool
	}{
		{k, "2", 3, true}, {k, "K2", 3, true}, {k, "0", 1, true}, {k, "4", 5, true}, {k, "5", Unset, false},
		{m, "2", 2, true}, {m, "0", Unset, false}, {m, "4", 4, true},
		{k, "Synnerligen allvarlig", 5, true}, {m, "Severe", 4, true},
	} {
		got, err := ParseLevelLoose(c.in, c.m)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("%s in %s: %v %v, want %v", c.in, c.m.ID, got, err, c.want)
		}
	}
	if _, err := ParseLevelLoose("0", m); err == nil || !strings.Contains(err.Error(), "1–4") {
		t.Errorf("0 in MSB: %v", err)
	}
}

// TestModelFileErrors: a broken model file is refused with a Swedish
// message that says where and what.
func TestModelFileErrors(t *testing.T) {
	good, _ := modelFiles.ReadFile("models/klassa.json")
	if _, err := ParseModel(good); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct{ js, want string }{
		"syntax":        {"{\n  \"id\": \"x\",\n  \"version\": 1,,\n}", "rad 3"},
		"unknown field": {strings.Replace(string(good), `"number_from"`, `"numberfrom"`, 1), `fältet "numberfrom" finns inte`},
		"wrong type":    {strings.Replace(string(good), `"version": 2`, `"version": "ett"`, 1), `fel slags värde`},
		"description":   {strings.Replace(string(good), `"R": "Fel kan ge synnerligen`, `"X": "Fel kan ge synnerligen`, 1), "nivå 4 saknar beskrivning för R"},
		"floor":         {strings.Replace(string(good), `"T": 3`, `"T": 7`, 1), "T7, som inte finns"},
		"no T":          {strings.Replace(string(good), `"code": "T",`, `"code": "S",`, 1), "aspekten S finns två gånger"},
	} {
		_, err := ParseModel([]byte(c.js))
		var me *ModelError
		if !errors.As(err, &me) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want a ModelError with %q", name, err, c.want)
		}
	}
	// A misspelt field is named at its line and column.
	lines := strings.Split(string(good), "\n")
	for i, l := range lines {
		if strings.Contains(l, `"label": "Måttlig"`) {
			broken := strings.Replace(string(good), `"label": "Måttlig"`, `"lable": "Måttlig"`, 1)
			_, err := ParseModel([]byte(broken))
			var me *ModelError
			col := strings.Index(l, `"label"`) + 1
			if !errors.As(err, &me) || me.Line != i+1 || me.Column != col {
				t.Errorf("misspelt field: %v, want line %d column %d", err, i+1, col)
			}
			break
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "umea.json")
	os.WriteFile(path, []byte("{"), 0o644)
	if _, err := LoadModel(path); err == nil || !strings.Contains(err.Error(), "umea.json") {
		t.Errorf("broken file: %v", err)
	}
	if _, err := LoadModel(filepath.Join(dir, "saknas.json")); err == nil || !strings.Contains(err.Error(), "filen finns inte; ange klassa, msb") {
		t.Errorf("missing file: %v", err)
	}
	os.WriteFile(path, good, 0o644)
	if m, err := LoadModel(path); err != nil || m.ID != "klassa-0-4" {
		t.Errorf("good file: %v", err)
	}
}
