package xlsx

import (
	"regexp"
	"strconv"
	"strings"
)

// Skip is a row below the header that is not an asset, with the reason.
type Skip struct {
	Row    int // 1-based
	Reason string
	Text   string // the row's first text, for display
}

// totalWords start a row of totals or counts.
var totalWords = []string{"summa", "totalt", "total", "antal", "delsumma", "summering", "sammanlagt", "sum", "count", "totals", "tot"}

// noteWords start a note, a source or a legend.
var noteWords = []string{"not", "notering", "anm", "anmarkning", "obs", "observera", "kalla", "forklaring", "uppdaterad",
	"senast uppdaterad", "ps", "nb", "note", "legend", "teckenforklaring", "kommentar", "info"}

// countText matches subtotals written as a count: "3 st", "12 system", "(18)".
var countText = regexp.MustCompile(`^\(?\d+\)?( (st|stycken|system|tillgangar|objekt|rader|poster))?$`)

// rowSkip tells why row i is not an asset, or "" when it may be one.
// name is the column of the asset's name; after says whether a blank row
// lies between the table and this row.
func rowSkip(g *grid, i int, row []string, name int, fields []field, after bool) string {
	first, firstCol, filled := "", -1, 0
	for c, v := range row {
		if strings.TrimSpace(v) != "" {
			filled++
			if firstCol < 0 {
				first, firstCol = strings.TrimSpace(v), c
			}
		}
	}
	f := fold(first)
	words := strings.Fields(f)
	for _, w := range totalWords {
		if len(words) > 0 && words[0] == w {
			return "summering (" + trimText(first) + ")"
		}
	}
	if strings.HasPrefix(first, "*") || strings.HasPrefix(first, "※") {
		return "fotnot"
	}
	for _, w := range noteWords {
		if f == w || strings.HasPrefix(f, w+" ") {
			if firstCol != name || filled == 1 || strings.ContainsAny(first, ":") {
				return "anteckning"
			}
		}
	}
	nameText := ""
	if name >= 0 && name < len(row) {
		nameText = strings.TrimSpace(row[name])
	}
	if g.hasFormula(i) && (nameText == "" || isNumber(nameText)) {
		return "summa med formel"
	}
	if countText.MatchString(fold(nameText)) && nameText != "" {
		return "delsumma (" + trimText(nameText) + ")"
	}
	if nameText == "" && filled > 0 && allCounts(row) {
		return "delsumma"
	}
	if filled == 1 && firstCol >= 0 && g.mergedWidth(i, firstCol) >= 3 {
		return "rubrik i tabellen (" + trimText(first) + ")"
	}
	if after && filled == 1 && (firstCol != name || len([]rune(first)) > 60) {
		return "anteckning under tabellen"
	}
	if nameText != "" && headerField(nameText) == fName && len(fold(nameText)) > 0 {
		// the name column says "Namn" or "Informationstillgång": a header
		// repeated, as printed lists do on every page
		if same, _ := mapNames(trimAll(row), nil); countSame(same, fields) >= 2 {
			return "upprepad rubrikrad"
		}
	}
	return ""
}

// allCounts reports whether every filled cell of row is a number.
func allCounts(row []string) bool {
	for _, v := range row {
		if v = strings.TrimSpace(v); v != "" && !isNumber(v) && !countText.MatchString(fold(v)) {
			return false
		}
	}
	return true
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return err == nil
}

// countSame counts the columns that map to the same known field in both.
func countSame(a, b []field) int {
	n := 0
	for i := range a {
		if i < len(b) && a[i] != fNone && a[i] == b[i] {
			n++
		}
	}
	return n
}

func trimText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}
