package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// ErrNotNorm is returned for a workbook that is not a normative
// classification written by ExportNorm.
var ErrNotNorm = errors.New("arbetsboken är ingen normerande klassning från Infoklass (bladet Norm med raden Format saknas)")

// normModelOf is the model whose numbers a norm's levels are written in:
// the shipped model the norm names, or m (the database's) when the norm
// names none or one Infoklass does not ship.
func normModelOf(n *domain.Norm, m *domain.Model) *domain.Model {
	for _, name := range domain.ShippedModelNames() {
		if sm, _ := domain.ShippedModel(name); n.ModelID != "" && sm.ID == n.ModelID && n.ModelID != m.ID {
			return sm
		}
	}
	return m
}

// ReadNorm reads a normative classification's workbook, as ExportNorm
// writes it and a person may have edited it, with the same limits and
// checks as every import. Every problem names its sheet and row.
func ReadNorm(r io.Reader, m *domain.Model) (*domain.Norm, error) {
	data, err := io.ReadAll(io.LimitReader(r, DefaultLimits.FileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("läs normerande klassning: %w", err)
	}
	b, err := openBook(data, DefaultLimits)
	if err != nil {
		return nil, err
	}
	sheet := func(name string) (*grid, error) {
		s := b.sheet(name)
		if s == nil {
			return nil, nil
		}
		g, err := b.read(s)
		if err != nil {
			return nil, fmt.Errorf("bladet %s: %w", name, err)
		}
		return g, nil
	}
	g, err := sheet(SheetNorm)
	if err != nil {
		return nil, err
	}
	if g == nil {
		return nil, ErrNotNorm
	}
	n, err := readNormMeta(g)
	if err != nil {
		return nil, err
	}
	m = normModelOf(n, m)
	if g, err = sheet(SheetNormTypes); err != nil {
		return nil, err
	}
	if g == nil {
		return nil, fmt.Errorf("bladet %s saknas", SheetNormTypes)
	}
	if err := readNormTypes(g, n, m); err != nil {
		return nil, err
	}
	if g, err = sheet(SheetNormRaises); err != nil {
		return nil, err
	}
	if err := readNormRaises(g, n, m); err != nil {
		return nil, err
	}
	if g, err = sheet(SheetNormThreshold); err != nil {
		return nil, err
	}
	if err := readNormThreshold(g, n); err != nil {
		return nil, err
	}
	if err := n.Validate(m); err != nil {
		return nil, err
	}
	return n, nil
}

// normBad locates a problem of a norm's workbook by sheet and row.
func normBad(sheet string, row int, format string, args ...any) error {
	return fmt.Errorf("bladet %s, rad %d: %s", sheet, row, fmt.Sprintf(format, args...))
}

// readNormMeta reads the sheet Norm: the format, the norm's fields and
// the threshold analysis's decision.
func readNormMeta(g *grid) (*domain.Norm, error) {
	var err error
	meta := map[string]string{}
	for _, row := range g.rows[min(1, len(g.rows)):] {
		if len(row) > 0 {
			meta[strings.TrimSpace(row[0])] = cellAt(row, 1)
		}
	}
	if meta[normFormat] != NormFormat {
		return nil, ErrNotNorm
	}
	if v, _ := strconv.Atoi(meta[normFormatVersion]); v > NormFormatVersion {
		return nil, fmt.Errorf("den normerande klassningen har formatversion %d; den här versionen av Infoklass läser version %d. Uppdatera Infoklass", v, NormFormatVersion)
	}
	n := &domain.Norm{
		Key: meta[normKey], Name: domain.NormalizeName(meta[normName]), Description: meta[normDescription],
		Organisation: domain.NormalizeName(meta[normOrganisation]), DecidedBy: meta[normDecidedBy], Scope: meta[normScope],
		ModelID: meta[normModel], Raises: map[domain.Aspect]domain.Raise{},
	}
	metaRow := func(label string) int {
		for i, row := range g.rows {
			if len(row) > 0 && strings.TrimSpace(row[0]) == label {
				return i + 1
			}
		}
		return 0
	}
	if n.Version, err = strconv.Atoi(meta[normVersion]); err != nil || n.Version < 1 {
		return nil, normBad(SheetNorm, metaRow(normVersion), "versionen %q är inget heltal från 1", meta[normVersion])
	}
	if n.Date, err = domain.ParseDateLoose(meta[normDate]); err != nil {
		return nil, normBad(SheetNorm, metaRow(normDate), "datumet %q går inte att läsa (skriv ÅÅÅÅ-MM-DD)", meta[normDate])
	}
	n.ModelVersion, _ = strconv.Atoi(meta[normModelVersion])
	if n.Key == "" {
		n.Key = domain.NormKey(n.Organisation, n.Name)
	}
	if meta[normThresholdSet] != "" {
		t := &domain.NormThreshold{QuestionSetID: meta[normThresholdSet], Responses: map[string]domain.Response{},
			NotApplicableReason: meta[normNotApplicableWh], DecisionReason: meta[normDecisionReason]}
		t.QuestionSetVersion, _ = strconv.Atoi(meta[normThresholdSetVer])
		t.NotApplicable = strings.EqualFold(meta[normNotApplicable], "ja")
		if t.Decision, err = parseDecision(meta[normDecision]); err != nil {
			return nil, normBad(SheetNorm, metaRow(normDecision), "%v", err)
		}
		n.Threshold = t
	}
	return n, nil
}

// readNormTypes reads the information types of the norm.
func readNormTypes(g *grid, n *domain.Norm, m *domain.Model) error {
	cols, err := normHeader(g, SheetNormTypes, "Informationstyp")
	if err != nil {
		return err
	}
	for i, row := range g.rows[1:] {
		get := func(h string) string { return cellAt(row, cols[h]-1) }
		if blank(row) {
			continue
		}
		t := domain.InfoType{Name: domain.NormalizeName(get("Informationstyp")), Description: get("Beskrivning"), Ratings: map[domain.Aspect]domain.Rating{}}
		if t.Name == "" {
			return normBad(SheetNormTypes, i+2, "informationstypen saknar namn")
		}
		if t.Flags, err = parseNormFlags(m, get("Markeringskoder"), get("Markeringar")); err != nil {
			return normBad(SheetNormTypes, i+2, "%v", err)
		}
		for _, a := range domain.AllAspects {
			v := get(string(a))
			if v == "" {
				if mot := get("Motivering " + string(a)); mot != "" {
					t.Ratings[a] = domain.Rating{Motivation: mot}
				}
				continue
			}
			num, err := strconv.Atoi(v)
			l, in := m.LevelByNumber(num)
			if err != nil || !in {
				return normBad(SheetNormTypes, i+2, "nivån %q för %s ligger inte på skalan %s", v, a, m.Range())
			}
			t.Ratings[a] = domain.Rating{Level: l, Motivation: get("Motivering " + string(a))}
		}
		n.InfoTypes = append(n.InfoTypes, t)
	}
	return nil
}

// readNormRaises reads the norm's raises, when it has the sheet.
func readNormRaises(g *grid, n *domain.Norm, m *domain.Model) error {
	if g != nil {
		cols, err := normHeader(g, SheetNormRaises, "Aspekt", "Höjd till")
		if err != nil {
			return err
		}
		for i, row := range g.rows[1:] {
			get := func(h string) string { return cellAt(row, cols[h]-1) }
			if blank(row) {
				continue
			}
			a := domain.Aspect(strings.ToUpper(get("Aspekt")))
			num, err := strconv.Atoi(get("Höjd till"))
			l, in := m.LevelByNumber(num)
			if !a.Valid() || err != nil || !in {
				return normBad(SheetNormRaises, i+2, "höjningen %s till %q går inte att läsa", get("Aspekt"), get("Höjd till"))
			}
			reason := domain.RaiseReason(get("Skälkod"))
			if reason == "" {
				for _, x := range domain.RaiseReasons {
					if strings.EqualFold(x.Label(), get("Skäl")) {
						reason = x
					}
				}
			}
			n.Raises[a] = domain.Raise{Level: l, Reason: reason, Explanation: get("Förklaring")}
		}
	}
	return nil
}

// readNormThreshold reads the answers of the norm's threshold analysis,
// when it has one and the sheet.
func readNormThreshold(g *grid, n *domain.Norm) error {
	if g != nil && n.Threshold != nil {
		cols, err := normHeader(g, SheetNormThreshold, "Fråga", "Svar")
		if err != nil {
			return err
		}
		for i, row := range g.rows[1:] {
			get := func(h string) string { return cellAt(row, cols[h]-1) }
			if blank(row) {
				continue
			}
			ans, ok := parseNormAnswer(get("Svar"))
			if !ok {
				return normBad(SheetNormThreshold, i+2, "svaret %q är inte Ja, Nej, Osäker eller Ej besvarad", get("Svar"))
			}
			if ans == domain.AnswerNone && get("Kommentar") == "" {
				continue
			}
			n.Threshold.Responses[get("Fråga")] = domain.Response{Answer: ans, Comment: get("Kommentar")}
		}
	}
	return nil
}

// ReadNormBytes is ReadNorm of a file's content.
func ReadNormBytes(data []byte, m *domain.Model) (*domain.Norm, error) {
	return ReadNorm(bytes.NewReader(data), m)
}

// normHeader returns the 1-based column of each header of g's first row,
// and an error naming the sheet when one of need is missing.
func normHeader(g *grid, sheet string, need ...string) (map[string]int, error) {
	cols := map[string]int{}
	if len(g.rows) > 0 {
		for i, h := range g.rows[0] {
			if h = strings.TrimSpace(h); h != "" && cols[h] == 0 {
				cols[h] = i + 1
			}
		}
	}
	for _, h := range need {
		if cols[h] == 0 {
			return nil, fmt.Errorf("bladet %s saknar kolumnen %s", sheet, h)
		}
	}
	return cols, nil
}

func cellAt(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// parseNormFlags reads the flag codes, or failing those the flags' labels
// separated by semicolons.
func parseNormFlags(m *domain.Model, codes, labels string) ([]domain.Flag, error) {
	var out []domain.Flag
	if codes != "" {
		for _, c := range strings.Split(codes, ",") {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			if _, ok := m.Floor(domain.Flag(c)); !ok {
				return nil, fmt.Errorf("markeringen %q är okänd", c)
			}
			out = append(out, domain.Flag(c))
		}
		return out, nil
	}
	for _, l := range strings.Split(labels, ";") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		found := false
		for _, f := range m.Floors {
			if strings.EqualFold(f.Label, l) {
				out, found = append(out, f.Flag), true
			}
		}
		if !found {
			return nil, fmt.Errorf("markeringen %q är okänd", l)
		}
	}
	return out, nil
}

func parseNormAnswer(s string) (domain.Answer, bool) {
	for _, a := range []domain.Answer{domain.AnswerNone, domain.AnswerYes, domain.AnswerNo, domain.AnswerUnsure} {
		if strings.EqualFold(s, a.Label()) || strings.EqualFold(s, string(a)) {
			return a, true
		}
	}
	return domain.AnswerNone, false
}

func parseDecision(s string) (domain.Decision, error) {
	for _, d := range []domain.Decision{domain.DecisionNone, domain.DecisionRequired, domain.DecisionNotRequired} {
		if strings.EqualFold(s, d.Label()) || s != "" && strings.EqualFold(s, string(d)) {
			return d, nil
		}
	}
	if s == "" {
		return domain.DecisionNone, nil
	}
	return domain.DecisionNone, fmt.Errorf("beslutet %q är okänt", s)
}
