package domain

import (
	"time"
)

// Date is a calendar day, without time of day or zone. The zero Date
// means "not set".
type Date struct{ t time.Time }

// DateLayout is how a Date is written and stored: 2006-01-02.
const DateLayout = "2006-01-02"

// NewDate returns the date y-m-d, normalised as time.Date does.
func NewDate(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date { return NewDate(t.Date()) }

// Today returns the current local date.
func Today() Date { return DateOf(time.Now()) }

// ParseDate parses a date written as 2006-01-02. An empty string gives
// the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, Refuse("date.invalid", "ogiltigt datum %q: skriv ÅÅÅÅ-MM-DD", s)
	}
	if t.Year() < 1900 || t.Year() > 2200 {
		return Date{}, Refuse("date.unreasonable", "orimligt datum %q: året måste ligga mellan 1900 och 2200", s)
	}
	return Date{t}, nil
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String returns d as 2006-01-02, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(DateLayout)
}

// Time returns d as midnight UTC.
func (d Date) Time() time.Time { return d.t }

// Year returns the year of d.
func (d Date) Year() int { return d.t.Year() }

// AddMonths returns d moved n months, clamped to the last day of the
// target month (2025-01-31 + 1 month is 2025-02-28).
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	y, m, day := d.t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if day > last {
		day = last
	}
	return NewDate(first.Year(), first.Month(), day)
}

// AddDays returns d moved n days.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return Date{d.t.AddDate(0, 0, n)}
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// Equal reports whether d and e are the same day.
func (d Date) Equal(e Date) bool { return d.t.Equal(e.t) }
