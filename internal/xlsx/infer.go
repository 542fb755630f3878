package xlsx

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/infoklass/infoklass/internal/domain"
)

// Inference is a column the import mapped by what it holds rather than
// by a header it knows, with the reason shown in the preview: "Vem" is
// read as Informationsägare because 9 of its 10 values look like names
// of people.
type Inference struct {
	Column int    // 0-based
	Header string // the column's header text
	Key    string // the field's key, as for -map
	Label  string // the field's Swedish name, as the preview shows it
	Reason string // Swedish, a whole clause
}

// profile counts what the values of one column below the header look like.
type profile struct {
	n       int // non-empty values
	levels  int // a level of the model: 1–4, K3, "Betydande", "Severe"
	small   int // a whole number from 0 to 9 (a level of some scale)
	dates   int // a date in any form the import reads
	persons int // "Förnamn Efternamn"
	texts   int // text with at least one letter
	bools   int // Ja/Nej, x, Yes/No
	unique  int // distinct values
}

// sampleRows is how many data rows a profile reads: enough to tell, few
// enough that a 100,000-row list is profiled at once.
const sampleRows = 200

// profileColumn profiles column c of the data rows below header row h.
func profileColumn(g *grid, h, c int, m *domain.Model, date1904 bool) profile {
	var p profile
	seen := map[string]bool{}
	for i := h + 1; i < len(g.rows) && p.n < sampleRows; i++ {
		if c >= len(g.rows[i]) || g.hiddenRow(i) {
			continue
		}
		v := strings.TrimSpace(g.rows[i][c])
		if v == "" {
			continue
		}
		p.n++
		k := fold(v)
		if !seen[k] {
			seen[k] = true
			p.unique++
		}
		if l, err := domain.ParseLevelLoose(v, m); err == nil && l != domain.Unset {
			p.levels++
		}
		if len(v) == 1 && v[0] >= '0' && v[0] <= '9' {
			p.small++
		}
		if _, _, err := readDate(v, date1904); err == nil && strings.ContainsAny(v, "0123456789") && !isNumber(v) || isSerialDate(v) {
			p.dates++
		}
		if personLike(v) {
			p.persons++
		}
		if hasLetter(v) {
			p.texts++
		}
		if _, err := parseBool(v); err == nil {
			p.bools++
		}
	}
	return p
}

// isSerialDate reports whether v is a date serial of this or the last
// century, as a date cell without a date format reads: 20000–60000.
func isSerialDate(v string) bool {
	if len(v) != 5 || !isNumber(v) {
		return false
	}
	return v >= "20000" && v <= "60000"
}

// mostly reports whether part is at least 80 % of a profile's values,
// with at least two values to go by.
func mostly(part, n int) bool { return n >= 2 && part*5 >= n*4 }

// personLike reports whether v reads as a person's name: two to four
// words of letters (hyphens allowed), each starting with a capital,
// none of them a word that names a role or a unit.
func personLike(v string) bool {
	words := strings.Fields(v)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		r := []rune(w)
		if i > 0 && i < len(words)-1 && particles[w] {
			continue // "Eva af Klint", "Jan von Essen"
		}
		if len(r) < 2 || !unicode.IsUpper(r[0]) {
			return false
		}
		for _, x := range r {
			if !unicode.IsLetter(x) && x != '-' && x != '\'' {
				return false
			}
		}
		if roleWords[fold(w)] {
			return false
		}
	}
	return true
}

// particles are the lower-case words inside a person's name.
var particles = map[string]bool{"af": true, "av": true, "von": true, "van": true, "de": true, "der": true, "la": true}

// roleWords are capitalised words that make a cell a role or a unit,
// not a person: "Socialchef Anna Berg" is a person with a title, but
// "Enheten För Bistånd" is not a name.
var roleWords = map[string]bool{
	"enheten": true, "avdelningen": true, "forvaltningen": true, "kommun": true, "kommunen": true,
	"stadsdelsforvaltning": true, "nämnden": true, "namnden": true, "it": true, "ab": true, "the": true,
	"department": true, "unit": true, "team": true, "och": true, "for": true,
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// valueField returns the field a column's values point to, and why,
// when its header names nothing: a column of levels, of dates, of
// people's names beside the name column. It returns fNone when the
// values say nothing certain; a level column is returned as fK only
// as a marker that the column holds levels, since values cannot tell
// which aspect they rate.
func valueField(p profile) (field, string) {
	switch {
	case p.n < 2:
		return fNone, ""
	case mostly(p.levels, p.n) && !mostly(p.persons, p.n):
		return fK, fmt.Sprintf("%d av %d värden är nivåer", p.levels, p.n)
	case mostly(p.dates, p.n):
		return fClassified, fmt.Sprintf("%d av %d värden är datum", p.dates, p.n)
	case mostly(p.persons, p.n):
		return fOwner, fmt.Sprintf("%d av %d värden ser ut som namn på personer", p.persons, p.n)
	}
	return fNone, ""
}

// nameColumn returns the first column whose values are mostly unique
// text: the column that names the assets, when no header says which.
func nameColumn(g *grid, h int, width int, m *domain.Model, date1904 bool) (int, profile) {
	for c := 0; c < width; c++ {
		p := profileColumn(g, h, c, m, date1904)
		if p.n >= 2 && mostly(p.texts, p.n) && mostly(p.unique, p.n) && !mostly(p.persons, p.n) &&
			!mostly(p.levels, p.n) && !mostly(p.dates, p.n) && !mostly(p.bools, p.n) {
			return c, p
		}
	}
	return -1, profile{}
}

// confirms reports whether the values of a column bear out a field that
// only the words of its header suggested: a date field needs dates, an
// owner or a name needs text. An empty column confirms nothing and
// refutes nothing.
func confirms(f field, p profile) bool {
	if p.n == 0 {
		return true
	}
	switch f {
	case fClassified, fNextReview, fProcurement:
		return mostly(p.dates, p.n)
	case fOwner, fSupplier, fSystem, fName, fDescription:
		return mostly(p.texts, p.n) && !mostly(p.dates, p.n) && !mostly(p.levels, p.n)
	}
	return true
}

// inferColumns checks the fields that only a header's words suggested
// against the values below them, dropping those the values refute, and
// maps by its values a column whose header names nothing: a column of
// people's names beside the name column is the owner. hand holds the
// columns mapped by hand, which are never second-guessed. It returns
// every inference made, for the preview.
func inferColumns(g *grid, h *header, hand map[string]field, m *domain.Model, date1904 bool) []Inference {
	var out []Inference
	name := -1
	for i, f := range h.fields {
		if f == fName {
			name = i
		}
	}
	for i := range h.fields {
		head := ""
		if i < len(h.names) {
			head = strings.TrimSpace(h.names[i])
		}
		if _, byHand := hand[fold(head)]; byHand || (head != "" && headerField(head) != fNone) {
			continue
		}
		f := h.fields[i]
		if f != fNone && phraseField(strings.Fields(fold(withoutBrackets(head)))) != f {
			continue // mapped by the table's shape or the System column, not by the header's words
		}
		if f == fNone && (head == "" || name < 0 || i < name-2 || i > name+2 || hasField(h.fields, fOwner)) {
			continue
		}
		p := profileColumn(g, h.row, i, m, date1904)
		switch {
		case f != fNone && confirms(f, p):
			out = append(out, Inference{Column: i, Header: head, Key: f.info().key,
				Reason: fmt.Sprintf("rubrikens ord tyder på %s%s", f.info().label, valuesSay(f, p))})
		case f != fNone:
			h.fields[i] = fNone
			out = append(out, Inference{Column: i, Header: head,
				Reason: fmt.Sprintf("rubrikens ord tyder på %s, men värdena stämmer inte; kolumnen läses inte", f.info().label)})
		default:
			if vf, why := valueField(p); vf == fOwner {
				h.fields[i] = fOwner
				out = append(out, Inference{Column: i, Header: head, Key: fOwner.info().key,
					Reason: fmt.Sprintf("%s, bredvid namnkolumnen", why)})
			}
		}
	}
	return out
}

// valuesSay adds what the values say to a guess from the header's words.
func valuesSay(f field, p profile) string {
	switch {
	case p.n == 0:
		return " (kolumnen är tom)"
	case f == fClassified || f == fNextReview || f == fProcurement:
		return fmt.Sprintf(", och %d av %d värden är datum", p.dates, p.n)
	}
	return ""
}

// shapeRows is how many rows below a candidate header are compared with it.
const shapeRows = 12

// findHeaderByShape finds the header of a table whose headers the import
// does not know: the row of short, distinct texts above rows of data
// that fill the same columns. The name column is then the first column
// of mostly unique text. It returns the header, with the name column
// mapped, and the reason in Swedish.
func findHeaderByShape(g *grid, m *domain.Model, date1904 bool) (header, string, bool) {
	best, bestScore := header{}, 0
	for i := 0; i < len(g.rows) && i < 30; i++ {
		row := g.rows[i]
		if g.hiddenRow(i) || !headerShaped(row) {
			continue
		}
		if score := sameShape(g, i, row); score >= 2 && score*10+filled(row) > bestScore {
			best, bestScore = header{top: i, row: i, names: trimAll(row)}, score*10+filled(row)
		}
	}
	if bestScore == 0 {
		return header{}, "", false
	}
	best.fields, best.score = mapNames(best.names, nil)
	c, p := nameColumn(g, best.row, len(best.names), m, date1904)
	if c < 0 {
		return header{}, "", false
	}
	for i, f := range best.fields {
		if f == fName {
			best.fields[i] = fNone
		}
	}
	best.fields[c] = fName
	why := fmt.Sprintf("rad %d har korta, olika rubriker över rader som fyller samma kolumner, och ”%s” är den första kolumnen med mest unika texter (%d olika av %d)",
		best.row+1, strings.TrimSpace(best.names[c]), p.unique, p.n)
	return best, why, true
}

// headerShaped reports whether a row can be a header: at least two
// cells, each a short text with a letter, no two alike.
func headerShaped(row []string) bool {
	seen := map[string]bool{}
	for _, c := range row {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		k := fold(c)
		if len([]rune(c)) > 60 || !hasLetter(c) || seen[k] {
			return false
		}
		seen[k] = true
	}
	return len(seen) >= 2
}

func filled(row []string) int {
	n := 0
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// sameShape counts the rows below row h, up to the first blank one,
// that fill at least half of h's columns and nothing outside them.
func sameShape(g *grid, h int, head []string) int {
	n := 0
	for i := h + 1; i < len(g.rows) && i <= h+shapeRows; i++ {
		row := g.rows[i]
		if blank(row) {
			break
		}
		in, out := 0, 0
		for c, v := range row {
			if strings.TrimSpace(v) == "" {
				continue
			}
			if c < len(head) && strings.TrimSpace(head[c]) != "" {
				in++
			} else {
				out++
			}
		}
		if out == 0 && in*2 >= filled(head) {
			n++
		}
	}
	return n
}

// header finds the sheet's header: by the headers the import knows, else
// by the table's shape. A name column found only by its values is a
// guess: the preview shows it with its reason and stops until it is
// confirmed (mapped by hand), so "no header row" is never the end. The
// fields that only a header's words or a column's values suggest are
// checked and listed in p.Inferred.
func (p *Preview) header(g *grid, m *domain.Model) (header, bool) {
	hand := p.handMap()
	h, ok := findHeader(g, hand)
	if !ok {
		var why string
		h, why, ok = findHeaderByShape(g, m, p.date1904)
		if !ok {
			p.problem(0, "", "hittar ingen rubrikrad: ingen rad med korta rubriker står över rader med uppgifter. Ange vilken kolumn som namnger tillgångarna, till exempel -map %s, eller välj bladet med listan.",
				ShellQuote(firstHeading(g)+"=namn"))
			return header{}, false
		}
		col := headerOf(h.names, h.fields, fName)
		p.problem(h.row+1, col, "ingen rubrik säger vilken kolumn som namnger tillgångarna. Bästa gissningen är ”%s”: %s. Bekräfta den med -map %s (eller välj Informationstillgång för kolumnen i förhandsgranskningen), eller ange en annan kolumn.",
			col, why, ShellQuote(col+"=namn"))
	}
	p.Inferred = inferColumns(g, &h, hand, m, p.date1904)
	for i := range p.Inferred {
		p.Inferred[i].Label = NotRead
		if f, ok := fieldByKey(p.Inferred[i].Key); ok && f != fNone {
			p.Inferred[i].Label = f.info().label
		}
	}
	return h, true
}

// firstHeading returns the first text of the first non-blank row, to
// show in an example: the likeliest header of a name column.
func firstHeading(g *grid) string {
	for i := 0; i < len(g.rows) && i < 30; i++ {
		if t := firstText(g.rows[i]); t != "" {
			return t
		}
	}
	return "Namn"
}
