package domain

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

var swedishMonths = map[string]time.Month{
	"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
	"augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"okt": 10, "nov": 11, "dec": 12,
	"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
	"october": 10, "oct": 10,
}

// excelEpoch is day 0 of Excel's 1900 date system (with its leap-year quirk).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// ParseDateLoose reads a date as people write it in Swedish lists:
// 2025-03-01, 2025/03/01, 20250301, 1/3/2025 and 01.03.2025 (day first),
// "1 mars 2025" or "1 mar 2025", and Excel serial numbers such as 45717.
// An empty string gives the zero Date. Years outside 1950–2200 are refused.
func ParseDateLoose(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	d, ok := parseDate(s)
	if !ok {
		return Date{}, fmt.Errorf("%q är inget datum som går att läsa; skriv ÅÅÅÅ-MM-DD", s)
	}
	if d.Year() < 1950 || d.Year() > 2200 {
		return Date{}, fmt.Errorf("%q är ett orimligt datum", s)
	}
	return d, nil
}

func parseDate(s string) (Date, bool) {
	if f, err := strconv.ParseFloat(s, 64); err == nil && !strings.ContainsAny(s, "-/+eEx") && strings.Count(s, ".") <= 1 {
		switch {
		case len(s) == 8 && f >= 19000101 && f == math.Trunc(f):
			return ymd(int(f)/10000, int(f)/100%100, int(f)%100)
		case f >= 1 && f < 200000:
			days := int(math.Floor(f))
			return DateOf(excelEpoch.AddDate(0, 0, days)), true
		}
		return Date{}, false
	}
	for _, sep := range []string{"-", "/", "."} {
		parts := strings.Split(s, sep)
		if len(parts) != 3 {
			continue
		}
		n := make([]int, 3)
		for i, p := range parts {
			v, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil {
				return Date{}, false
			}
			n[i] = v
		}
		if len(strings.TrimSpace(parts[0])) == 4 {
			return ymd(n[0], n[1], n[2])
		}
		if len(strings.TrimSpace(parts[2])) == 4 {
			return ymd(n[2], n[1], n[0]) // day first, as in Sweden
		}
		return Date{}, false
	}
	fields := strings.Fields(strings.ToLower(strings.ReplaceAll(s, ",", " ")))
	if len(fields) == 3 {
		day, err1 := strconv.Atoi(strings.TrimSuffix(fields[0], "."))
		year, err2 := strconv.Atoi(fields[2])
		month, ok := swedishMonths[strings.TrimSuffix(fields[1], ".")]
		if err1 == nil && err2 == nil && ok {
			return ymd(year, int(month), day)
		}
	}
	return Date{}, false
}

// ymd returns the date if it exists (no 31 February).
func ymd(y, m, d int) (Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	date := NewDate(y, time.Month(m), d)
	if date.Time().Day() != d {
		return Date{}, false
	}
	return date, true
}

// ParseLevelLoose reads a level as lists write it: "3", "K3", "3 - Betydande",
// "Betydande" or the English label, under model m. An empty string is
// Unset; anything else is an error.
func ParseLevelLoose(s string, m *Model) (Level, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Unset, nil
	}
	lower := strings.ToLower(t)
	if len(lower) >= 2 && strings.ContainsRune("krts", rune(lower[0])) && lower[1] >= '0' && lower[1] <= '9' {
		lower = lower[1:]
	}
	digits := strings.TrimLeft(lower, "0123456789")
	if n := len(lower) - len(digits); n > 0 {
		v, err := strconv.Atoi(lower[:n])
		rest := strings.Trim(digits, " -–:.")
		if err == nil && v >= 1 && v <= int(m.MaxLevel()) {
			if rest == "" || strings.EqualFold(rest, "0") {
				return Level(v), nil
			}
			if info, _ := m.Level(Level(v)); strings.EqualFold(rest, info.Label) || strings.EqualFold(rest, info.LabelEN) {
				return Level(v), nil
			}
		}
		if f, err := strconv.ParseFloat(lower, 64); err == nil && f == math.Trunc(f) && f >= 1 && f <= float64(m.MaxLevel()) {
			return Level(f), nil
		}
		return Unset, fmt.Errorf("%q är ingen nivå; ange 1–%d", s, m.MaxLevel())
	}
	for _, l := range m.Levels {
		if strings.EqualFold(lower, l.Label) || strings.EqualFold(lower, l.LabelEN) {
			return l.Level, nil
		}
	}
	return Unset, fmt.Errorf("%q är ingen nivå; ange 1–%d eller en benämning som Betydande", s, m.MaxLevel())
}
