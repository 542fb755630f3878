package domain

import (
	"strings"
	"testing"
)

func TestParseDateLoose(t *testing.T) {
	want := NewDate(2025, 3, 1)
	for _, s := range []string{"2025-03-01", " 2025-3-1 ", "2025/03/01", "20250301", "1/3/2025", "01.03.2025",
		"1 mars 2025", "1 MARS 2025", "1 mar 2025", "1 mar. 2025", "45717", "45717.5"} {
		d, err := ParseDateLoose(s)
		if err != nil || !d.Equal(want) {
			t.Errorf("%q: %v %v, want 2025-03-01", s, d, err)
		}
	}
	if d, err := ParseDateLoose(""); err != nil || !d.IsZero() {
		t.Errorf("empty: %v %v", d, err)
	}
	for _, s := range []string{"igår", "2025-02-30", "31/2/2025", "1 smarch 2025", "2025-13-01", "1/3/25", "1800-01-01", "9999-01-01", "12", "-5", "3.5.7"} {
		if d, err := ParseDateLoose(s); err == nil {
			t.Errorf("%q accepted as %v", s, d)
		} else if !strings.Contains(err.Error(), s) {
			t.Errorf("%q: message %q does not quote the input", s, err)
		}
	}
}

func TestParseLevelLoose(t *testing.T) {
	m := DefaultModel()
	tests := map[string]Level{
		"": Unset, "1": 1, " 3 ": 3, "K3": 3, "k2": 2, "s4": 4, "3 - Betydande": 3, "3 – Betydande": 3,
		"Betydande": 3, "betydande": 3, "ALLVARLIG": 4, "Moderate": 2, "2.0": 2, "4 Allvarlig": 4,
	}
	for s, want := range tests {
		if got, err := ParseLevelLoose(s, m); err != nil || got != want {
			t.Errorf("%q: %d %v, want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"0", "5", "K5", "hög", "3 - Allvarlig", "2.5", "-1", "x3"} {
		if got, err := ParseLevelLoose(s, m); err == nil {
			t.Errorf("%q accepted as %d", s, got)
		}
	}
}

func FuzzParseDateLoose(f *testing.F) {
	for _, s := range []string{"2025-03-01", "1/3/2025", "1 mars 2025", "45717", "", "31.12.1999", "2025-02-29"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDateLoose(s)
		if err != nil {
			return
		}
		if d.IsZero() {
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q parsed to the zero date", s)
			}
			return
		}
		back, err := ParseDate(d.String())
		if err != nil || !back.Equal(d) {
			t.Fatalf("%q → %v does not round-trip: %v", s, d, err)
		}
	})
}

func FuzzParseLevelLoose(f *testing.F) {
	for _, s := range []string{"3", "K3", "Betydande", "3 - Betydande", "", "5", "Serious"} {
		f.Add(s)
	}
	m := DefaultModel()
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseLevelLoose(s, m)
		if err == nil && l != Unset && !l.Valid() {
			t.Fatalf("%q gave the invalid level %d", s, l)
		}
	})
}
