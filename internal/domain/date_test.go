package domain

import (
	"testing"
	"time"
)

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from, want Date
		n          int
	}{
		{NewDate(2025, 3, 1), NewDate(2026, 3, 1), 12},
		{NewDate(2025, 1, 31), NewDate(2025, 2, 28), 1},
		{NewDate(2024, 1, 31), NewDate(2024, 2, 29), 1},
		{NewDate(2024, 2, 29), NewDate(2025, 2, 28), 12},
		{NewDate(2025, 12, 15), NewDate(2026, 1, 15), 1},
		{NewDate(2026, 1, 15), NewDate(2025, 11, 15), -2},
	}
	for _, tt := range tests {
		if got := tt.from.AddMonths(tt.n); !got.Equal(tt.want) {
			t.Errorf("%s + %d months = %s, want %s", tt.from, tt.n, got, tt.want)
		}
	}
	if !(Date{}).AddMonths(3).IsZero() {
		t.Error("zero date moved")
	}
	if DefaultNextReview(NewDate(2026, 11, 23)) != NewDate(2027, 11, 23) {
		t.Error("default review is not 12 months")
	}
}

func TestParseDate(t *testing.T) {
	if d, err := ParseDate("2026-03-01"); err != nil || d != NewDate(2026, 3, 1) {
		t.Errorf("%v %v", d, err)
	}
	if d, err := ParseDate(""); err != nil || !d.IsZero() {
		t.Errorf("empty: %v %v", d, err)
	}
	for _, s := range []string{"2026-13-01", "1/3/2026", "igår", "2026-02-30", "0001-01-01", "9999-12-31"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
	if DateOf(time.Date(2026, 5, 6, 23, 59, 0, 0, time.Local)).String() != "2026-05-06" {
		t.Error("DateOf")
	}
}

func TestDateCompareAndMove(t *testing.T) {
	a, b := NewDate(2026, 2, 28), NewDate(2026, 3, 1)
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Equal(b) || !a.Equal(NewDate(2026, 2, 28)) {
		t.Error("Before, After or Equal")
	}
	if got := a.AddDays(1); !got.Equal(b) {
		t.Errorf("AddDays(1) = %s", got)
	}
	if got := b.AddDays(-366); got.String() != "2025-02-28" {
		t.Errorf("AddDays(-366) = %s", got)
	}
	if !(Date{}).AddDays(5).IsZero() || (Date{}).String() != "" {
		t.Error("zero date")
	}
	if NewDate(2026, 13, 1).String() != "2027-01-01" {
		t.Error("NewDate does not normalise")
	}
	if a.Year() != 2026 || a.Time().Location() != time.UTC || Today().IsZero() {
		t.Error("Year, Time or Today")
	}
}
