package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// columnsOf maps header names of an export sheet to their indexes.
func columnsOf(header []string) map[string]int {
	out := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		out[h] = i
		if id, _, ok := strings.Cut(h, " – "); ok { // a question's answer: "B1 – Utvärdering …"
			if _, taken := out[id]; !taken {
				out[id] = i
			}
		}
	}
	return out
}

func cellOf(row []string, cols map[string]int, name string) string {
	if i, ok := cols[name]; ok && i < len(row) {
		return strings.TrimSpace(row[i])
	}
	return ""
}

// items returns the list's items by normalised name.
func (p *Preview) itemsByName() map[string]*Item {
	out := map[string]*Item{}
	for _, it := range p.Items {
		out[strings.ToLower(domain.NormalizeName(it.Asset.Name))] = it
	}
	return out
}

// exportRow is one row of a sheet of an Infoklass export, with the item
// of the list it belongs to.
type exportRow struct {
	p     *Preview
	sheet string
	row   int // 1-based
	cells []string
	cols  map[string]int
	item  *Item
}

// get returns the cell under the named header.
func (r exportRow) get(name string) string { return cellOf(r.cells, r.cols, name) }

// bad records a problem in the row's cell under col.
func (r exportRow) bad(col, format string, args ...any) {
	r.p.Problems = append(r.p.Problems, Problem{r.sheet, r.row, col, fmt.Sprintf(format, args...)})
}

// eachExportRow calls fn for every non-blank row of an export sheet whose
// asset is on the list, and records a problem for every other.
func (p *Preview) eachExportRow(sheet string, rows [][]string, fn func(r exportRow)) {
	if len(rows) == 0 {
		return
	}
	cols := columnsOf(rows[0])
	items := p.itemsByName()
	for i := 1; i < len(rows); i++ {
		if blank(rows[i]) {
			continue
		}
		r := exportRow{p: p, sheet: sheet, row: i + 1, cells: rows[i], cols: cols}
		name := r.get("Informationstillgång")
		if r.item = items[strings.ToLower(domain.NormalizeName(name))]; r.item == nil {
			r.bad("Informationstillgång", "%q finns inte på bladet %s", name, SheetList)
			continue
		}
		fn(r)
	}
}

// readTypes reads the Klassningar sheet of an Infoklass export: each
// asset's latest classification with its information types.
func (p *Preview) readTypes(rows [][]string) {
	m := p.model()
	p.eachExportRow(SheetTypes, rows, func(r exportRow) {
		get, it := r.get, r.item
		t := domain.InfoType{Name: get("Informationstyp"), Description: get("Beskrivning"), Ratings: map[domain.Aspect]domain.Rating{}}
		if domain.NormalizeName(t.Name) == "" {
			r.bad("Informationstyp", "informationstypen saknar namn")
			return
		}
		flags, err := parseFlags(m, get("Markeringar"))
		if err != nil {
			r.bad("Markeringar", "%s", err)
		}
		t.Flags = flags
		for _, a := range domain.AllAspects {
			l, err := domain.ParseLevelLoose(get(string(a)), m)
			if err != nil {
				r.bad(string(a), "%s", err)
				continue
			}
			if mot := get("Motivering " + string(a)); l != domain.Unset || mot != "" {
				t.Ratings[a] = domain.Rating{Level: l, Motivation: mot}
			}
		}
		d, err := domain.ParseDateLoose(get("Klassning"))
		if err != nil {
			r.bad("Klassning", "%s", err)
		}
		it.ClassDate = d
		it.ClassKind = domain.KindLocal
		for _, k := range domain.ClassificationKinds {
			if strings.EqualFold(get("Typ av klassning"), k.Label()) {
				it.ClassKind = k
			}
		}
		it.DecidedBy = get("Beslutat av")
		if d, err := domain.ParseDateLoose(get("Beslutsdatum")); err == nil {
			it.DecidedAt = d
		}
		if d, err := domain.ParseDateLoose(get("Nästa uppföljning")); err == nil {
			it.ReviewAt = d
		}
		it.Scope = get("Avgränsning")
		ps, err := parseParticipants(get("Deltagare"))
		if err != nil {
			r.bad("Deltagare", "%s", err)
		}
		it.Participants = ps
		if h := get("Höjningar"); h != "" && it.Raises == nil {
			raises, err := parseRaises(h, m)
			if err != nil {
				r.bad("Höjningar", "%s", err)
			}
			it.Raises = raises
		}
		readRoutine(it, get, r.bad)
		it.Types = append(it.Types, t)
	})
}

// readRoutine reads the routine DPIA assessment and the referral to the
// säkerhetsskyddschef of a row of Klassningar, when the export has them.
func readRoutine(it *Item, get func(string) string, bad func(col, format string, args ...any)) {
	need := get("Behov av konsekvensbedömning")
	switch {
	case need == "" || strings.EqualFold(need, domain.NeedUnassessed.Label()):
		it.Routine.Need = domain.NeedUnassessed
	default:
		found := false
		for _, n := range []domain.DPIANeed{domain.NeedRequired, domain.NeedNotNeeded, domain.NeedDoubtful} {
			if strings.EqualFold(need, n.Label()) || need == string(n) {
				it.Routine.Need, found = n, true
			}
		}
		if !found {
			bad("Behov av konsekvensbedömning", "%q är ingen bedömning; skriv %s, %s eller %s", need,
				domain.NeedRequired.Label(), domain.NeedNotNeeded.Label(), domain.NeedDoubtful.Label())
		}
	}
	it.Routine.Reason, it.Routine.DSOOpinion = get("Skäl för bedömningen"), get("Dataskyddsombudets synpunkt")
	if v := get("Säkerhetsskyddschefen underrättad"); v != "" {
		d, err := domain.ParseDateLoose(v)
		if err != nil {
			bad("Säkerhetsskyddschefen underrättad", "%s", err)
		}
		it.Security.On = d
	}
	it.Security.Note = get("Anteckning om säkerhetsskydd")
}

// parseFlags reads flags written as their floor labels (or IDs), "; " between.
func parseFlags(m *domain.Model, s string) ([]domain.Flag, error) {
	var out []domain.Flag
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		found := false
		for _, f := range m.Floors {
			if strings.EqualFold(part, f.Label) || strings.EqualFold(part, string(f.Flag)) || strings.EqualFold(part, f.LabelEN) {
				out, found = append(out, f.Flag), true
				break
			}
		}
		if !found {
			return out, fmt.Errorf("okänd markering %q", part)
		}
	}
	return out, nil
}

// readThresholds reads the Tröskelanalyser sheet of an Infoklass export.
func (p *Preview) readThresholds(rows [][]string) {
	p.eachExportRow(SheetThreshold, rows, func(r exportRow) {
		get, bad := r.get, r.bad
		version, _ := strconv.Atoi(get("Frågeversion"))
		qs, ok := domain.QuestionSetVersion(version)
		if !ok {
			bad("Frågeversion", "okänd version %q av tröskelfrågorna", get("Frågeversion"))
			return
		}
		t := &domain.ThresholdAnalysis{QuestionSetID: qs.ID, QuestionSetVersion: qs.Version, Responses: map[string]domain.Response{}, Current: true}
		t.Date, _ = domain.ParseDateLoose(get("Datum"))
		t.NotApplicable = strings.EqualFold(get("Ej tillämplig"), "Ja")
		t.NotApplicableReason = get("Skäl ej tillämplig")
		for _, q := range qs.Questions {
			ans, err := parseAnswer(get(q.ID))
			if err != nil {
				bad(q.ID, "%s", err)
				continue
			}
			if c := get(q.ID + " kommentar"); ans != domain.AnswerNone || c != "" {
				t.Responses[q.ID] = domain.Response{Answer: ans, Comment: c}
			}
		}
		switch get("Gruppens beslut") {
		case domain.DecisionRequired.Label():
			t.Decision = domain.DecisionRequired
		case domain.DecisionNotRequired.Label():
			t.Decision = domain.DecisionNotRequired
		}
		t.DecisionReason, t.DSOOpinion, t.Participants = get("Beslutsskäl"), get("Dataskyddsombudets yttrande"), get("Deltagare")
		for _, s := range domain.DPIAStatuses {
			if s != domain.DPIANone && strings.EqualFold(get("DPIA-status"), s.Label()) {
				t.DPIAStatus = s
			}
		}
		t.DPIADate, _ = domain.ParseDateLoose(get("DPIA-datum"))
		t.DPIAReference = get("DPIA-referens")
		r.item.Threshold = t
	})
}

func parseAnswer(s string) (domain.Answer, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return domain.AnswerNone, nil
	case "ja", "yes":
		return domain.AnswerYes, nil
	case "nej", "no":
		return domain.AnswerNo, nil
	case "osäker", "osaker", "unsure":
		return domain.AnswerUnsure, nil
	}
	return domain.AnswerNone, fmt.Errorf("%q är inget svar; ange Ja, Nej eller Osäker", s)
}

// readParked reads the Parkerade frågor sheet of an Infoklass export.
func (p *Preview) readParked(rows [][]string) {
	p.eachExportRow(SheetParked, rows, func(r exportRow) {
		q := domain.ParkedQuestion{Text: r.get("Fråga"), Resolved: strings.EqualFold(r.get("Löst"), "Ja")}
		if strings.TrimSpace(q.Text) != "" {
			r.item.Parked = append(r.item.Parked, q)
		}
	})
}

// readExclusions reads the requirements marked not applicable and how
// the others are met from the Krav sheet of an Infoklass export.
func (p *Preview) readExclusions(rows [][]string) {
	p.eachExportRow(SheetRequirements, rows, func(r exportRow) {
		id := r.get("Krav-id")
		if strings.EqualFold(r.get("Tillämpligt"), "Ej tillämpligt") {
			if r.item.Exclusions == nil {
				r.item.Exclusions = map[string]string{}
			}
			r.item.Exclusions[id] = r.get("Skäl")
			return
		}
		status, ok := domain.ParseFulfilmentStatus(r.get("Status"))
		if !ok {
			r.bad("Status", "okänd status %q; ange Uppfyllt, Delvis, Ej uppfyllt eller Ej tillämpligt", r.get("Status"))
			return
		}
		how := r.get("Hur uppfylls kravet")
		if status == domain.FulfilNotApplicable {
			if how == "" {
				r.bad("Hur uppfylls kravet", "Ej tillämpligt kräver ett skäl")
				return
			}
			if r.item.Exclusions == nil {
				r.item.Exclusions = map[string]string{}
			}
			r.item.Exclusions[id] = how
			return
		}
		if status == domain.FulfilUnknown && how == "" {
			return
		}
		if r.item.Fulfilments == nil {
			r.item.Fulfilments = map[string]domain.Fulfilment{}
		}
		r.item.Fulfilments[id] = domain.Fulfilment{RequirementID: id, Status: status, How: how}
	})
}
