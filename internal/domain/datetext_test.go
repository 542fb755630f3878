package domain

import (
	"strings"
	"testing"
)

func TestParseDateLoose(t *testing.T) {
	want := NewDate(2025, 3, 1)
	for _, s := range []string{"2025-03-01", " 2025-3-1 ", "2025/03/01", "20250301", "1/3/2025", "01.03.2025",
		"1 mars 2025", "1 MARS 2025", "1 mar 2025", "1 mar. 2025", "45717", "45717.5", " 45717\t",
		"1. mars 2025", "den 1 mars 2025", "1 mars, 2025", "01-mar-2025", "1.mar.2025", "1 March 2025", "01-Mar-2025",
		"2025-03-01 00:00:00", "2025-03-01T08:30:00", "2025-03-01 08:30", "2025-03-01T00:00:00Z", "1/03/2025", "1.3.2025"} {
		d, err := ParseDateLoose(s)
		if err != nil || !d.Equal(want) {
			t.Errorf("%q: %v %v, want 2025-03-01", s, d, err)
		}
	}
	if d, err := ParseDateLoose(""); err != nil || !d.IsZero() {
		t.Errorf("empty: %v %v", d, err)
	}
	for s, want := range map[string]Date{
		"18264":       NewDate(1950, 1, 1), // the first day accepted
		"73051":       NewDate(2100, 1, 1),
		"29/2/2024":   NewDate(2024, 2, 29),
		"31 dec 1999": NewDate(1999, 12, 31),
		"1 maj 2026":  NewDate(2026, 5, 1),
		"15 okt 2026": NewDate(2026, 10, 15),
		"15 oct 2026": NewDate(2026, 10, 15),
		"3 sept 2026": NewDate(2026, 9, 3),
	} {
		if d, err := ParseDateLoose(s); err != nil || !d.Equal(want) {
			t.Errorf("%q: %v %v, want %v", s, d, err, want)
		}
	}
	for _, s := range []string{"igår", "2025-02-30", "31/2/2025", "1 smarch 2025", "2025-13-01", "1/3/25", "1800-01-01", "9999-01-01", "12", "-5", "3.5.7",
		"1 mars 25", "1 mars +2025", "+1/3/2025", "2025-03-01 25:00", "2025-03-01 kl 8", "mars 2025", "1 mars 2025 2026",
		"0", "NaN", "Inf", "1e4", "0x10", "18263", "2025-03-01-", "1-mar", "32 mars 2025", "29 feb 2025"} {
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
		"Nivå 3": 3, "nivå 1": 1, "Level 2": 2, "K3 - Betydande": 3, "t4 – allvarlig": 4, "FÖRSUMBAR": 1, "Måttlig": 2,
		"Significant": 3, "serious": 4, "3:": 3, "04": 4,
	}
	for s, want := range tests {
		if got, err := ParseLevelLoose(s, m); err != nil || got != want {
			t.Errorf("%q: %d %v, want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"0", "5", "K5", "hög", "3 - Allvarlig", "2.5", "-1", "x3",
		"K", "Nivå", "nivå 5", "K3 - Måttlig", "33", "3 3", "Betydande!", "1 - Negligible - extra", "K 3x"} {
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
		if loose, err := ParseDateLoose(d.String()); err != nil || !loose.Equal(d) {
			t.Fatalf("%q → %v does not round-trip loosely: %v %v", s, d, loose, err)
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
