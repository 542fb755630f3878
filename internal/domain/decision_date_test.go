package domain

import "testing"

func TestValidateDecisionDate(t *testing.T) {
	today := NewDate(2026, 3, 10)
	tests := []struct {
		name      string
		at, start Date
		ok        bool
	}{
		{"today", today, NewDate(2026, 1, 1), true},
		{"on the start", NewDate(2026, 1, 1), NewDate(2026, 1, 1), true},
		{"no start known", NewDate(2020, 5, 1), Date{}, true},
		{"a day ahead", NewDate(2026, 3, 11), Date{}, false},
		{"2099 from a list", NewDate(2099, 1, 1), NewDate(2026, 1, 1), false},
		{"before the start", NewDate(2025, 12, 31), NewDate(2026, 1, 1), false},
		{"missing", Date{}, Date{}, false},
	}
	for _, tt := range tests {
		if err := ValidateDecisionDate(tt.at, tt.start, today); (err == nil) != tt.ok {
			t.Errorf("%s: err %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}
