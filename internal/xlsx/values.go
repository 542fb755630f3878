package xlsx

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// days1904 is how many days the 1904 date system's serial numbers lie
// behind the 1900 system's.
const days1904 = 1462

// readDate reads a date as lists write it; see domain.ParseDateLoose. A
// month and year ("mars 2025", "2025-03") or a year alone ("2025") is
// read as its first day, and note says so. date1904 shifts serial
// numbers of the 1904 date system.
func readDate(v string, date1904 bool) (d domain.Date, note string, err error) {
	v = strings.TrimSpace(v)
	if date1904 {
		if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 0 && f < 200000 && !strings.ContainsAny(v, "eE") {
			v = strconv.FormatFloat(f+days1904, 'f', -1, 64)
		}
	}
	if y, ok := yearOnly(v); ok {
		d = domain.NewDate(y, time.January, 1)
		return d, fmt.Sprintf("%q läses som %s (årets första dag)", v, d), nil
	}
	if y, m, ok := monthYear(v); ok {
		d = domain.NewDate(y, m, 1)
		return d, fmt.Sprintf("%q läses som %s (månadens första dag)", v, d), nil
	}
	d, err = domain.ParseDateLoose(v)
	return d, "", err
}

func yearOnly(v string) (int, bool) {
	if len(v) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(v)
	return y, err == nil && y >= 1950 && y <= 2200
}

var isoMonth = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)

// monthYear reads "mars 2025", "Mars -25" is not read, "2025-03" and "03/2025".
func monthYear(v string) (int, time.Month, bool) {
	if m := isoMonth.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		return y, time.Month(mo), mo >= 1 && mo <= 12 && y >= 1950 && y <= 2200
	}
	parts := strings.Fields(strings.NewReplacer("/", " ", ".", " ", ",", " ").Replace(strings.ToLower(v)))
	if len(parts) != 2 {
		return 0, 0, false
	}
	y, ok := yearOnly(parts[1])
	if !ok {
		return 0, 0, false
	}
	if mo, err := strconv.Atoi(parts[0]); err == nil && mo >= 1 && mo <= 12 {
		return y, time.Month(mo), true
	}
	for name, mo := range monthNames {
		if parts[0] == name {
			return y, mo, true
		}
	}
	return 0, 0, false
}

var monthNames = map[string]time.Month{
	"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
	"september": 9, "oktober": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}

// ParseLevelScale reads a scale given by hand, "Låg=1,Medel=2,Hög=3",
// into folded words and levels.
func ParseLevelScale(s string, m *domain.Model) (map[string]domain.Level, error) {
	out := map[string]domain.Level{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		word, num, ok := strings.Cut(part, "=")
		n, err := strconv.Atoi(strings.TrimSpace(num))
		l, in := m.LevelByNumber(n)
		if !ok || fold(word) == "" || err != nil || !in {
			return nil, fmt.Errorf("%q: skriv skalan som ORD=NIVÅ, till exempel 'Låg=%s,Medel=%s,Hög=%s' (nivå %s)", part,
				m.NumberText(1), m.NumberText(2), m.NumberText(3), m.Range())
		}
		out[fold(word)] = l
	}
	return out, nil
}

// ScaleText writes a scale back as "Hög=3, Låg=1, Medel=2", in level
// order and model m's numbering, as ParseLevelScale reads it.
func ScaleText(scale map[string]domain.Level, m *domain.Model) string {
	var parts []string
	for w, l := range scale {
		parts = append(parts, w+"="+m.NumberText(l))
	}
	sort.Slice(parts, func(i, j int) bool {
		li, lj := parts[i][strings.Index(parts[i], "=")+1:], parts[j][strings.Index(parts[j], "=")+1:]
		if li != lj {
			return li < lj
		}
		return parts[i] < parts[j]
	})
	return strings.Join(parts, ", ")
}

// readLevel reads a level under model m, or a word of the scale given
// by hand.
func readLevel(v string, m *domain.Model, scale map[string]domain.Level) (domain.Level, error) {
	if l, ok := scale[fold(v)]; ok {
		return l, nil
	}
	return domain.ParseLevelLoose(v, m)
}

// ParseStatusMap reads statuses given by hand, "Klar=Fastställd,Vilande=Avbruten".
func ParseStatusMap(s string) (map[string]domain.Status, error) {
	out := map[string]domain.Status{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		word, st, ok := strings.Cut(part, "=")
		status, err := knownStatus(strings.TrimSpace(st))
		if !ok || fold(word) == "" || err != nil {
			return nil, fmt.Errorf("%q: skriv ORD=STATUS, till exempel 'Klar=Fastställd'; statusarna är %s", part, statusNames())
		}
		out[fold(word)] = status
	}
	return out, nil
}

func statusNames() string {
	var out []string
	for _, s := range domain.Statuses {
		out = append(out, s.Label())
	}
	return strings.Join(out, ", ")
}

// statusSynonyms are the words lists use for the statuses. A word that
// could mean more than one ("Klar": decided, or done with the meeting?)
// is not here; it is asked about.
var statusSynonyms = map[string]domain.Status{
	"not started": domain.StatusNotStarted, "ny": domain.StatusNotStarted, "ej klassad": domain.StatusNotStarted,
	"ej startad": domain.StatusNotStarted, "ej paborjad": domain.StatusNotStarted, "inte paborjad": domain.StatusNotStarted,
	"oklassad": domain.StatusNotStarted,
	"planned":  domain.StatusPlanned, "planerat": domain.StatusPlanned, "planerad": domain.StatusPlanned,
	"inplanerad": domain.StatusPlanned, "bokad": domain.StatusPlanned,
	"ongoing": domain.StatusOngoing, "in progress": domain.StatusOngoing, "pagar": domain.StatusOngoing,
	"paborjad": domain.StatusOngoing, "pagaende": domain.StatusOngoing, "under arbete": domain.StatusOngoing,
	"decided": domain.StatusDecided, "faststalld": domain.StatusDecided, "beslutad": domain.StatusDecided,
	"approved": domain.StatusDecided, "godkand": domain.StatusDecided,
	"review": domain.StatusReview, "review due": domain.StatusReview, "uppfoljning kravs": domain.StatusReview,
	"ska foljas upp": domain.StatusReview, "omklassning kravs": domain.StatusReview,
	"cancelled": domain.StatusCancelled, "canceled": domain.StatusCancelled, "avbruten": domain.StatusCancelled,
	"stoppad": domain.StatusCancelled, "avvecklad": domain.StatusCancelled, "utgar": domain.StatusCancelled,
}

// knownStatus reads a status by its label, code or a synonym.
func knownStatus(v string) (domain.Status, error) {
	k := fold(v)
	for _, s := range domain.Statuses {
		if k == fold(s.Label()) || k == fold(string(s)) {
			return s, nil
		}
	}
	if s, ok := statusSynonyms[k]; ok {
		return s, nil
	}
	return "", fmt.Errorf("okänd status %q", v)
}

// readStatus reads a status, first by the words given by hand.
func readStatus(v string, given map[string]domain.Status) (domain.Status, error) {
	if s, ok := given[fold(v)]; ok {
		return s, nil
	}
	return knownStatus(v)
}
