package xlsx

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold returns s as lookup text: lower case, diacritics removed, split
// into words on spaces and on / ( ) - , : . ; * and joined by one space.
// "Informationstillgång / system" folds to "informationstillgang system".
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // the ring of å, the dots of ä and ö
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// fieldInfo names a field for mapping by hand: its key for the CLI's
// -map and its Swedish label.
type fieldInfo struct {
	f     field
	key   string
	label string
}

// fieldInfos lists the fields a column can be mapped to, in display order.
var fieldInfos = []fieldInfo{
	{fName, "namn", "Informationstillgång (namn)"}, {fDescription, "beskrivning", "Beskrivning"},
	{fKind, "typ", "Typ"}, {fOwner, "ägare", "Informationsägare"}, {fOwnerRole, "roll", "Ägarens roll"},
	{fObject, "objekt", "Förvaltningsobjekt"}, {fSystem, "system", "System"}, {fSupplier, "leverantör", "Leverantör"},
	{fStatus, "status", "Status"}, {fStatusReason, "statusskäl", "Statusskäl"},
	{fClassified, "fastställd", "Fastställd (senast klassad)"}, {fNextReview, "uppföljning", "Nästa uppföljning"},
	{fProcurement, "upphandling", "Upphandling/licens"},
	{fK, "K", "K – konfidentialitet"}, {fR, "R", "R – riktighet"}, {fT, "T", "T – tillgänglighet"}, {fS, "S", "S – spårbarhet"},
	{fComment, "anteckningar", "Anteckningar"}, {fPersonal, "personuppgifter", "Personuppgifter"},
	{fRSA, "rsa", "Samhällsviktig (RSA)"}, {fNIS2, "nis2", "NIS2"},
	{fAdjust, "justering", "Manuell justering"}, {fAdjustReason, "justeringsskäl", "Skäl för justering"},
}

// NotRead is the label of a column that is not read.
const NotRead = "läses inte"

func (f field) info() fieldInfo {
	for _, i := range fieldInfos {
		if i.f == f {
			return i
		}
	}
	return fieldInfo{f: f}
}

// fieldByKey finds a field by its key or label, folded; "-", "" and
// "läses inte" are fNone.
func fieldByKey(s string) (field, bool) {
	k := fold(s)
	if k == "" || k == fold(NotRead) || k == "ingen" || k == "none" {
		return fNone, true
	}
	for _, i := range fieldInfos {
		if k == fold(i.key) || k == fold(i.label) {
			return i.f, true
		}
	}
	if f := headerField(s); f != fNone && f != fIgnored {
		return f, true
	}
	return fNone, false
}

// synonyms maps folded headers, Swedish and English, to fields. "system"
// is the asset's name unless another column names the asset.
var synonyms = map[string]field{}

func init() {
	add := func(f field, names ...string) {
		for _, n := range names {
			synonyms[fold(n)] = f
		}
	}
	// The list's columns (list_columns.go): each header and its aliases;
	// the computed columns of an Infoklass export are not read back.
	for _, c := range listTable {
		add(c.field, c.name)
		add(c.field, c.aliases...)
	}
}

// aspectWords are the words that name an aspect in a header, folded.
var aspectWords = map[string]field{
	"k": fK, "konf": fK, "konfidentialitet": fK, "confidentiality": fK, "sekretess": fK,
	"r": fR, "rikt": fR, "riktighet": fR, "integrity": fR, "integritet": fR,
	"t": fT, "tillg": fT, "tillganglighet": fT, "availability": fT,
	"s": fS, "sparb": fS, "sparbarhet": fS, "traceability": fS, "sp": fS,
	"kniva": fK, "rniva": fR, "tniva": fT, "sniva": fS,
}

// levelWords are the words that may stand beside an aspect in a level
// column's header: "Klassning K", "K-nivå", "Skyddsbehov Konf.".
var levelWords = map[string]bool{
	"klassning": true, "klass": true, "niva": true, "nivaer": true, "level": true, "varde": true,
	"skyddsbehov": true, "skyddsniva": true, "1": true, "4": true, "bedomning": true, "krav": true,
}

// headerField returns the field a header names, or fNone.
func headerField(h string) field {
	k := fold(h)
	if k == "" {
		return fNone
	}
	if f, ok := synonyms[k]; ok {
		return f
	}
	plain := fold(withoutBrackets(h))
	if f, ok := synonyms[plain]; ok && plain != "" && f != fIgnored {
		return f // "Konfidentialitet (K)", "Informationsägare (namn)"
	}
	words := strings.Fields(plain)
	aspect := fNone
	rest := 0
	for _, w := range words {
		if a, ok := aspectWords[w]; ok && aspect == fNone {
			aspect = a
		} else if !levelWords[w] {
			rest++
		}
	}
	if aspect != fNone && rest == 0 {
		return aspect
	}
	if a := bracketAspect(h); a != fNone && (aspect == fNone || aspect == a) {
		return a // "Korrekthet (R)", "Åtkomst (T)"
	}
	for _, w := range words {
		switch w {
		case "informationstillgang", "tillgang", "informationsmangd", "asset", "systemnamn":
			return fName
		}
	}
	return fNone
}

// guessField returns the field a header names for sure (headerField),
// else the one its words suggest (phraseField), which the values below
// it must confirm (see confirmGuesses).
func guessField(h string) field {
	if f := headerField(h); f != fNone {
		return f
	}
	return phraseField(strings.Fields(fold(withoutBrackets(h))))
}

// looksLikeLevel reports whether a header suggests a level column that
// was not recognised: "Skyddsbehov", "Nivå", "CIA", "Klassning".
func looksLikeLevel(h string) bool {
	for _, w := range strings.Fields(fold(h)) {
		if _, ok := aspectWords[w]; ok {
			return true
		}
		switch w {
		case "skyddsbehov", "niva", "nivaer", "cia", "krts", "krt", "klassning", "skyddsniva", "level", "confidential":
			return true
		}
	}
	return false
}

// header is the header found on a sheet.
type header struct {
	top, row int      // first and last header row, 0-based
	names    []string // each column's header text, both rows joined
	fields   []field
	score    int
}

// mapNames returns the field of each header name; the first of two equal
// columns wins, and a list without a name column names its assets by
// the System column.
func mapNames(names []string, m map[string]field) ([]field, int) {
	fields := make([]field, len(names))
	n := 0
	for i, h := range names {
		if f, ok := m[fold(h)]; ok && m != nil {
			fields[i] = f
		} else {
			fields[i] = guessField(h)
		}
		if fields[i] != fNone {
			n++
		}
	}
	hasName := false
	for _, f := range fields {
		hasName = hasName || f == fName
	}
	if !hasName {
		for i, f := range fields {
			if f == fSystem {
				fields[i] = fName
				break
			}
		}
	}
	seen := map[field]bool{}
	for i, f := range fields {
		if f != fNone && f != fIgnored && seen[f] {
			fields[i] = fNone
		}
		seen[f] = true
	}
	return fields, n
}

// hasField reports whether f is among fields.
func hasField(fields []field, f field) bool {
	for _, x := range fields {
		if x == f {
			return true
		}
	}
	return false
}

// findHeader returns the best header among the first 30 rows of g: the
// row naming most known columns, one of them the asset's name. A row of
// aspect names under a merged group ("Skyddsbehov" over K R T S) is read
// together with the row above it. m maps headers chosen by hand.
func findHeader(g *grid, m map[string]field) (header, bool) {
	best := header{score: -1}
	for i := 0; i < len(g.rows) && i < 30; i++ {
		row := g.rows[i]
		if blank(row) || g.hiddenRow(i) {
			continue
		}
		cands := []header{{top: i, row: i, names: trimAll(row)}}
		if i+1 < len(g.rows) && !blank(g.rows[i+1]) {
			cands = append(cands, header{top: i, row: i + 1, names: joinRows(g, i)})
		}
		for _, h := range cands {
			fields, n := mapNames(h.names, m)
			if n < 2 || !hasField(fields, fName) {
				continue
			}
			h.fields, h.score = fields, n
			if h.score > best.score {
				best = h
			}
		}
	}
	return best, best.score >= 2
}

func trimAll(row []string) []string {
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = strings.Join(strings.Fields(c), " ")
	}
	return out
}

// joinRows joins the header rows i and i+1 column by column: a cell
// under a merged group header gets the group's text in front.
func joinRows(g *grid, i int) []string {
	top, sub := trimAll(g.rows[i]), trimAll(g.rows[i+1])
	n := len(top)
	if len(sub) > n {
		n = len(sub)
	}
	group := make([]string, n)
	for c := 0; c < n; c++ {
		if c < len(top) && top[c] != "" {
			group[c] = top[c]
		}
	}
	for _, m := range g.merges {
		if m.r0 == i && m.c0 < len(top) {
			for c := m.c0; c <= m.c1 && c < n; c++ {
				group[c] = top[m.c0]
			}
		}
	}
	out := make([]string, n)
	for c := 0; c < n; c++ {
		s := ""
		if c < len(sub) {
			s = sub[c]
		}
		switch {
		case s == "":
			out[c] = group[c]
		case group[c] == "":
			out[c] = s
		default:
			out[c] = group[c] + " " + s
		}
	}
	return out
}

// headerKey identifies a workbook's layout by its folded headers, for
// remembering a mapping chosen by hand.
func headerKey(names []string) string {
	var parts []string
	for _, n := range names {
		parts = append(parts, fold(n))
	}
	return strings.Join(parts, "|")
}

// instructionSheet reports whether a sheet's name says it is not the
// list: instructions, a cover, a legend.
func instructionSheet(name string) bool {
	for _, w := range strings.Fields(fold(name)) {
		switch w {
		case "instruktion", "instruktioner", "anvisning", "anvisningar", "lasmig", "readme", "forsattsblad",
			"framsida", "omslag", "info", "information", "forklaring", "forklaringar", "innehall", "hjalp",
			"instructions", "cover", "legend", "om", "version", "versioner", "andringslogg", "lista_over_nivaer", "nivaer":
			return true
		}
	}
	return strings.Contains(fold(name), "las mig")
}
