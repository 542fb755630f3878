package xlsx

import (
	"sort"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// Why an emptied cell is not applied.
const (
	whyBlankList  = "en tom cell tömmer inte fältet i en lista som inte är en export från Infoklass; töm det i registret"
	whyBlankValue = "en tom cell är inget värde för fältet; ändra det i registret"
)

// clearable are the fields an emptied cell of an Infoklass export clears.
var clearable = map[field]bool{fDescription: true, fOwner: true, fOwnerRole: true, fObject: true, fSystem: true,
	fSupplier: true, fStatusReason: true, fProcurement: true, fComment: true, fAdjustReason: true}

// matchBlanks names every cell the file has emptied where the register
// has a value: in an Infoklass export a text field is cleared (merge
// then clears it and the change is listed with the others); anything
// else is listed as not applied, with the reason.
func (it *Item) matchBlanks(old domain.Asset, full bool) {
	for _, af := range assetFields {
		if it.blank&(1<<uint(af.f)) == 0 || af.f == fStatus || af.text(old) == "" {
			continue
		}
		switch {
		case full && clearable[af.f]:
			it.has[af.f] = true
		case full:
			it.NotApplied = append(it.NotApplied, Change{Field: af.f.label(), Old: af.text(old), Reason: whyBlankValue})
		default:
			it.NotApplied = append(it.NotApplied, Change{Field: af.f.label(), Old: af.text(old), Reason: whyBlankList})
		}
	}
}

// matchDecision names the edits of an export's classification fields on
// the sheet Klassningar that the classification c in Infoklass does not
// take: the classification's date and raises, who decided, the scope and
// the participants, and the decision's dates, with the reason why.
func (it *Item) matchDecision(c *domain.Classification, m *domain.Model, why string) {
	if len(it.Types) == 0 {
		return
	}
	add := func(f, o, n string) {
		if o != n {
			it.NotApplied = append(it.NotApplied, Change{Field: f, Old: o, New: n, Reason: why})
		}
	}
	if !it.ClassDate.IsZero() {
		add("Klassningsdatum", c.Date.String(), it.ClassDate.String())
	}
	add("Höjningar", raisesText(c.Raises, m), raisesText(it.Raises, m))
	add("Beslutat av", c.DecidedBy, it.DecidedBy)
	add("Avgränsning", c.Scope, it.Scope)
	add("Deltagare", participantsText(c.Participants), participantsText(it.Participants))
	if !it.DecidedAt.IsZero() || c.Decided() {
		add("Beslutsdatum", c.DecidedAt.String(), it.DecidedAt.String())
	}
	add("Behov av konsekvensbedömning", c.Routine.Need.Label(), it.Routine.Need.Label())
	add("Skäl för bedömningen", c.Routine.Reason, it.Routine.Reason)
	add("Dataskyddsombudets synpunkt", c.Routine.DSOOpinion, it.Routine.DSOOpinion)
	add("Säkerhetsskyddschefen underrättad", c.Security.On.String(), it.Security.On.String())
	add("Anteckning om säkerhetsskydd", c.Security.Note, it.Security.Note)
}

// typeEdits names every edit of the information types on the sheet
// Klassningar, by type and aspect: a type added or removed, its
// description and flags, and each level and motivation.
func typeEdits(c *domain.Classification, it *Item, m *domain.Model, why string) []Change {
	var out []Change
	add := func(f, o, n string) {
		if o != n {
			out = append(out, Change{Field: f, Old: o, New: n, Reason: why})
		}
	}
	inFile := map[string]*domain.InfoType{}
	for i := range it.Types {
		inFile[strings.ToLower(domain.NormalizeName(it.Types[i].Name))] = &it.Types[i]
	}
	seen := map[string]bool{}
	for i := range c.InfoTypes {
		t := &c.InfoTypes[i]
		key := strings.ToLower(domain.NormalizeName(t.Name))
		seen[key] = true
		u := inFile[key]
		if u == nil {
			add("Informationstyp", t.Name, "")
			continue
		}
		add(t.Name+": beskrivning", t.Description, u.Description)
		add(t.Name+": markeringar", flagText(m, t.Flags), flagText(m, u.Flags))
		for _, a := range domain.AllAspects {
			o, n := t.Ratings[a], u.Ratings[a]
			add(t.Name+": "+string(a)+" nivå", levelCell(o.Level, m), levelCell(n.Level, m))
			add(t.Name+": "+string(a)+" motivering", o.Motivation, n.Motivation)
		}
	}
	for i := range it.Types {
		if !seen[strings.ToLower(domain.NormalizeName(it.Types[i].Name))] {
			add("Informationstyp", "", it.Types[i].Name)
		}
	}
	return out
}

// thresholdEdits names every cell of the sheet Tröskelanalyser where the
// file's analysis t differs from the asset's current one cur: whether it
// applies and why not, each question's answer and comment, the group's
// decision and its reason, the opinion, the participants and the DPIA's
// status, date and reference. None is applied: the analysis is changed
// in the workshop.
func thresholdEdits(cur, t *domain.ThresholdAnalysis) []Change {
	var out []Change
	add := func(f, o, n string) {
		if o != n {
			out = append(out, Change{Field: "Tröskelanalys: " + f, Old: o, New: n, Reason: whyThreshold})
		}
	}
	add("Ej tillämplig", yesNo(cur.NotApplicable), yesNo(t.NotApplicable))
	add("Skäl ej tillämplig", cur.NotApplicableReason, t.NotApplicableReason)
	ids := map[string]bool{}
	for id := range cur.Responses {
		ids[id] = true
	}
	for id := range t.Responses {
		ids[id] = true
	}
	for _, id := range questionOrder(ids) {
		o, n := cur.Responses[id], t.Responses[id]
		add(id, o.Answer.Label(), n.Answer.Label())
		add(id+" kommentar", o.Comment, n.Comment)
	}
	add("Gruppens beslut", decisionText(cur.Decision), decisionText(t.Decision))
	add("Beslutsskäl", cur.DecisionReason, t.DecisionReason)
	add("Dataskyddsombudets yttrande", cur.DSOOpinion, t.DSOOpinion)
	add("Deltagare", cur.Participants, t.Participants)
	add("DPIA-status", cur.DPIAStatus.Label(), t.DPIAStatus.Label())
	add("DPIA-datum", cur.DPIADate.String(), t.DPIADate.String())
	add("DPIA-referens", cur.DPIAReference, t.DPIAReference)
	return out
}

func decisionText(d domain.Decision) string {
	if d == "" {
		return ""
	}
	return d.Label()
}

// questionOrder returns the question IDs in the question set's order
// (A1 … A3, B1 … B9, C1, C2), any other after them.
func questionOrder(ids map[string]bool) []string {
	var out []string
	for _, q := range domain.ThresholdQuestions().Questions {
		if ids[q.ID] {
			out = append(out, q.ID)
			delete(ids, q.ID)
		}
	}
	var rest []string
	for id := range ids {
		rest = append(rest, id)
	}
	sort.Strings(rest)
	return append(out, rest...)
}
