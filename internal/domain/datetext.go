package domain

import (
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
// "1 mars 2025", "1 mar 2025" or "01-mar-2025" (Swedish or English month
// names, any case), "2025-03-01 00:00:00", and Excel serial numbers in
// the 1900 date system such as 45717.
// An empty string gives the zero Date. Years outside 1950–2200 are refused.
func ParseDateLoose(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	d, ok := parseDate(s)
	if !ok {
		return Date{}, Refuse("date.unreadable", "%q är inget datum som går att läsa; skriv ÅÅÅÅ-MM-DD", s)
	}
	if d.Year() < 1950 || d.Year() > 2200 {
		return Date{}, Refuse("date.unreasonable_text", "%q är ett orimligt datum", s)
	}
	return d, nil
}

func parseDate(s string) (Date, bool) {
	if d, ok := parseDateTime(s); ok {
		return d, true
	}
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
		numeric := true
		for i, p := range parts {
			v, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || strings.HasPrefix(strings.TrimSpace(p), "+") {
				numeric = false // perhaps a month name, as in 01-mar-2025
				break
			}
			n[i] = v
		}
		if !numeric {
			break
		}
		if len(strings.TrimSpace(parts[0])) == 4 {
			return ymd(n[0], n[1], n[2])
		}
		if len(strings.TrimSpace(parts[2])) == 4 {
			return ymd(n[2], n[1], n[0]) // day first, as in Sweden
		}
		return Date{}, false
	}
	return parseWords(s)
}

// parseWords reads a day, a month name and a year: "1 mars 2025",
// "den 1 mars 2025", "1 mar. 2025" or "01-mar-2025".
func parseWords(s string) (Date, bool) {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '\t' || r == ',' || r == '.' || r == '-' || r == '/'
	})
	if len(fields) == 4 && fields[0] == "den" {
		fields = fields[1:]
	}
	if len(fields) != 3 || len(fields[2]) != 4 {
		return Date{}, false
	}
	day, err1 := strconv.Atoi(fields[0])
	year, err2 := strconv.Atoi(fields[2])
	month, ok := swedishMonths[fields[1]]
	if err1 != nil || err2 != nil || !ok || strings.HasPrefix(fields[0], "+") || strings.HasPrefix(fields[2], "+") {
		return Date{}, false
	}
	return ymd(year, int(month), day)
}

// parseDateTime reads an ISO date followed by a time of day, as in
// "2025-03-01 00:00:00" or "2025-03-01T08:30", and keeps the date.
func parseDateTime(s string) (Date, bool) {
	if len(s) < 16 || (s[10] != ' ' && s[10] != 'T') {
		return Date{}, false
	}
	for _, layout := range []string{"15:04", "15:04:05", "15:04:05Z07:00", "15:04:05.999999999", "15:04:05.999999999Z07:00"} {
		if _, err := time.Parse(layout, strings.TrimSpace(s[11:])); err == nil {
			t, err := time.Parse(DateLayout, s[:10])
			if err != nil {
				return Date{}, false
			}
			return DateOf(t), true
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

// ParseLevelLoose reads a level as lists write it: "3", "K3", "Nivå 3",
// "3 - Betydande", "Betydande" or the English label, in any case, under
// model m. An empty string is Unset; anything else that is not a level
// of m is an error.
func ParseLevelLoose(s string, m *Model) (Level, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Unset, nil
	}
	lower := strings.ToLower(t)
	for _, p := range []string{"nivå ", "niva ", "level "} {
		lower = strings.TrimSpace(strings.TrimPrefix(lower, p))
	}
	if len(lower) >= 2 && strings.ContainsRune("krts", rune(lower[0])) && lower[1] >= '0' && lower[1] <= '9' {
		lower = lower[1:]
	}
	digits := strings.TrimLeft(lower, "0123456789")
	if n := len(lower) - len(digits); n > 0 {
		v, err := strconv.Atoi(lower[:n])
		rest := strings.Trim(digits, " -–:.")
		if l, ok := m.LevelByNumber(v); err == nil && ok {
			if rest == "" || strings.EqualFold(rest, "0") {
				return l, nil
			}
			if info, _ := m.Level(l); strings.EqualFold(rest, info.Label) || strings.EqualFold(rest, info.LabelEN) {
				return l, nil
			}
		}
		if f, err := strconv.ParseFloat(lower, 64); err == nil && f == math.Trunc(f) {
			if l, ok := m.LevelByNumber(int(f)); ok {
				return l, nil
			}
		}
		return Unset, Refuse("level.not_in_model", "%q är ingen nivå i modellen %s; ange %s", s, m.Name, m.Range())
	}
	for _, l := range m.Levels {
		if strings.EqualFold(lower, l.Label) || strings.EqualFold(lower, l.LabelEN) {
			return l.Level, nil
		}
	}
	for _, l := range m.Levels {
		for _, w := range l.Synonyms {
			if strings.EqualFold(lower, w) {
				return l.Level, nil
			}
		}
	}
	return Unset, Refuse("level.not_in_model_named", "%q är ingen nivå i modellen %s; ange %s eller en benämning som Betydande", s, m.Name, m.Range())
}
