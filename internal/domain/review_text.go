package domain

import (
	"fmt"
	"strconv"
	"strings"
)

// Review is Ledningens genomgång for a year: its figures, the two years
// before for comparison, sentences for the report, the risks and the
// plan for the coming years.
type Review struct {
	Year      int
	Figures   YearFigures   // the year itself
	Previous  []YearFigures // the years before, oldest first
	Sentences []string
	Risks     []Risk
	Plan      []PlanYear
}

// Risk is one risk the review points out, with the assets behind it.
type Risk struct {
	Text  string
	Items []ReviewItem
}

// PlanYear is the plan for one coming year: the accepted items by
// quarter (Accepted[0] holds those without a quarter) and the proposed.
type PlanYear struct {
	Year     int
	Accepted [5][]ReviewItem
	Proposed []ReviewItem
}

// AcceptedCount returns the number of accepted items.
func (p PlanYear) AcceptedCount() int {
	n := 0
	for _, q := range p.Accepted {
		n += len(q)
	}
	return n
}

// Years returns the figures of every year of the review, oldest first.
func (r *Review) Years() []YearFigures {
	return append(append([]YearFigures(nil), r.Previous...), r.Figures)
}

// NewReview returns the review of the last of years (oldest first),
// compared with those before it, with its sentences and risks; plan is
// the plan for the coming years.
func NewReview(years []YearFigures, plan []PlanYear) *Review {
	if len(years) == 0 {
		return &Review{}
	}
	y := years[len(years)-1]
	return &Review{
		Year:      y.Year,
		Figures:   y,
		Previous:  years[:len(years)-1],
		Sentences: Sentences(&y),
		Risks:     Risks(&y),
		Plan:      plan,
	}
}

// Measure is one row of the review's comparison table.
type Measure struct {
	ID    string // stable key, e.g. "handled"
	Label string // in Swedish
	Get   func(*YearFigures) Figure
}

// measures are the rows of the comparison table, in order, with a
// placeholder "levels" where MeasuresOf puts a row per level.
var measures = []Measure{
	{"handled", "Klassningar som hanterats eller är i slutfasen", func(y *YearFigures) Figure { return y.Handled }},
	{"handled_followup", "– varav uppföljningar", func(y *YearFigures) Figure { return y.HandledFollowUps }},
	{"started", "Påbörjade klassningar", func(y *YearFigures) Figure { return y.Started.All() }},
	{"started_local", "– varav lokala", func(y *YearFigures) Figure { return y.Started.Local }},
	{"started_normative", "– varav normerande", func(y *YearFigures) Figure { return y.Started.Normative }},
	{"started_followup", "– varav uppföljningar", func(y *YearFigures) Figure { return y.Started.FollowUp }},
	{"in_progress", "Pågående vid årets slut", func(y *YearFigures) Figure { return y.InProgress.All() }},
	{"decided", "Fastställda klassningar", func(y *YearFigures) Figure { return y.Decided.All() }},
	{"decided_local", "– varav lokala", func(y *YearFigures) Figure { return y.Decided.Local }},
	{"decided_normative", "– varav normerande", func(y *YearFigures) Figure { return y.Decided.Normative }},
	{"decided_followup", "– varav uppföljningar", func(y *YearFigures) Figure { return y.Decided.FollowUp }},
	{"cancelled", "Avbrutna klassningar", func(y *YearFigures) Figure { return y.Cancelled }},
	{"followups_due", "Uppföljningar som förföll under året", func(y *YearFigures) Figure { return y.FollowUpsDue }},
	{"followups_done", "– varav genomförda", func(y *YearFigures) Figure { return y.FollowUpsDone }},
	{"followed_up", "Tidigare fastställda klassningar som följts upp", func(y *YearFigures) Figure { return y.FollowedUp }},
	{"followups_overdue", "Försenade uppföljningar vid årets slut", func(y *YearFigures) Figure { return y.FollowUpsOverdue }},
	{"thresholds", "Tröskelanalyser", func(y *YearFigures) Figure { return y.Thresholds }},
	{"dpia_required", "– där konsekvensbedömning krävs", func(y *YearFigures) Figure { return y.DPIARequired }},
	{"thresholds_not_required", "– där konsekvensbedömning inte krävs", func(y *YearFigures) Figure {
		return merge(y.Outcome(OutcomeNotRequired), y.Outcome(OutcomeException))
	}},
	{"thresholds_not_applicable", "– ej tillämpliga (inga personuppgifter)", func(y *YearFigures) Figure { return y.Outcome(OutcomeNotApplicable) }},
	{"thresholds_open", "– utan slutligt beslut", func(y *YearFigures) Figure {
		return merge(y.Outcome(OutcomeAssess), y.Outcome(OutcomeNone))
	}},
	{"dpia_done", "Genomförda konsekvensbedömningar", func(y *YearFigures) Figure { return y.DPIADone }},
	{"dpia_risk", "– varav med tillhörande riskanalys", func(y *YearFigures) Figure { return y.DPIAWithRiskAnalysis }},
	{"dpia_ongoing", "Pågående konsekvensbedömningar vid årets slut", func(y *YearFigures) Figure { return y.DPIAOngoing }},
	{"dpia_planned", "Planerade konsekvensbedömningar vid årets slut", func(y *YearFigures) Figure { return y.DPIAPlanned }},
	{"levels", "", nil}, // one row per level of the model, highest first; see MeasuresOf
	{"level0", "Tillgångar utan fastställd klassning", func(y *YearFigures) Figure { return y.Levels[0] }},
	{"critical_unclassified", "Samhällsviktiga (RSA) eller NIS2 utan fastställd klassning", func(y *YearFigures) Figure { return y.CriticalUnclassified }},
	{"procurement", "Klassningar inför upphandling eller licensförnyelse", func(y *YearFigures) Figure { return y.AheadOfProcurement }},
	{"requirements_met", "Klassade tillgångar vars krav är uppfyllda", func(y *YearFigures) Figure { return y.RequirementsMet }},
	{"requirements_not_met", "Klassade tillgångar med krav som inte är uppfyllda", func(y *YearFigures) Figure { return y.RequirementsNotMet }},
	{"requirements_not_assessed", "Klassade tillgångar med krav som inte är bedömda", func(y *YearFigures) Figure { return y.RequirementsNotAssessed }},
}

// merge returns the items of figures in one figure, in order.
func merge(fs ...Figure) Figure {
	var out Figure
	for _, f := range fs {
		out.Items = append(out.Items, f.Items...)
	}
	sortItems(out.Items)
	return out
}

// MeasuresOf returns the rows of the comparison table in order, with a
// row per level of model m, highest first, named in m's numbering: in
// KLASSA "Tillgångar på nivå 3" counts the assets at Allvarlig. A level
// row's ID is "level" and the level's place on the scale ("level4" for
// Allvarlig in either model), so that years compare.
func MeasuresOf(m *Model) []Measure {
	var out []Measure
	for _, x := range measures {
		if x.ID != "levels" {
			out = append(out, x)
			continue
		}
		for l := m.MaxLevel(); l >= 1; l-- {
			l := l
			out = append(out, Measure{"level" + strconv.Itoa(int(l)), "Tillgångar på nivå " + m.NumberText(l),
				func(y *YearFigures) Figure { return y.Levels[l] }})
		}
	}
	return out
}

// Measures returns the review's rows in its model's numbering.
func (r *Review) Measures() []Measure { return MeasuresOf(r.Figures.model()) }

// model returns the model y's levels are numbered in.
func (y *YearFigures) model() *Model {
	return y.Model
}

// MeasureByID returns the measure with the given ID, in model m's numbering.
func MeasureByID(m *Model, id string) (Measure, bool) {
	for _, m := range MeasuresOf(m) {
		if m.ID == id {
			return m, true
		}
	}
	return Measure{}, false
}

// count writes n with the singular or plural noun phrase, or the zero
// phrase when n is 0: count(2, "klassning", "klassningar", "inga
// klassningar") is "2 klassningar".
func count(n int, one, many, zero string) string {
	switch n {
	case 0:
		return zero
	case 1:
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

var reviewMonths = []string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
	"september", "oktober", "november", "december"}

// ReviewDate writes d as "1 december 2026".
func ReviewDate(d Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d %s %d", d.Time().Day(), reviewMonths[d.Time().Month()-1], d.Year())
}

// yearEnd is how the sentences name the end of the counted period:
// "vid årets slut", or "per den 1 december 2026" in a year not yet over.
func yearEnd(y *YearFigures) string {
	if y.AsOf.IsZero() || y.AsOf.Equal(NewDate(y.Year, 12, 31)) {
		return "vid årets slut"
	}
	return "per den " + ReviewDate(y.AsOf)
}

// assetNames lists the assets of items as "A, B och C", each once.
func assetNames(items []ReviewItem) string {
	var ns []string
	seen := map[int64]bool{}
	for _, it := range items {
		if !seen[it.AssetID] {
			seen[it.AssetID] = true
			ns = append(ns, it.Asset)
		}
	}
	return joinSwedish(ns)
}

func joinSwedish(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " och " + ns[len(ns)-1]
}

// Sentences returns ready-made sentences in Swedish for the management
// review, filled from the figures of y, one function a subject.
func Sentences(y *YearFigures) []string {
	var out []string
	for _, f := range []func(*YearFigures) []string{handledSentences, cancelledSentences, followUpSentences,
		thresholdSentences, dpiaSentences, levelSentences, criticalSentences, procurementSentences, requirementSentences} {
		out = append(out, f(y)...)
	}
	return out
}

// handledSentences: how many were handled, of which normative and
// follow-ups, and how many of them were decided or are ongoing.
func handledSentences(y *YearFigures) []string {
	h := y.Handled.Count()
	if h == 0 {
		return []string{fmt.Sprintf("Under %d har inga informationsklassningar hanterats.", y.Year)}
	}
	norm := y.Decided.Normative.Count() + y.InProgress.Normative.Count()
	fu := y.HandledFollowUps.Count()
	decided, ongoing := y.Decided.Total(), y.InProgress.Total()
	s := fmt.Sprintf("Under %d har %s hanterats eller är i slutfasen", y.Year, count(h, "informationsklassning", "informationsklassningar", ""))
	var of []string
	if norm > 0 {
		of = append(of, fmt.Sprintf("%d normerande", norm))
	}
	if fu > 0 {
		of = append(of, count(fu, "uppföljning av en tidigare genomförd klassning", "uppföljningar av tidigare genomförda klassningar", ""))
	}
	switch {
	case len(of) > 0 && h == 1:
		s += ", " + strings.Replace(joinSwedish(of), "1 normerande", "en normerande", 1)
	case len(of) > 0:
		s += ", varav " + joinSwedish(of)
	}
	end := yearEnd(y)
	switch {
	case h == 1 && decided == 1:
		s += ". Den har fastställts under året."
	case h == 1:
		s += fmt.Sprintf(". Den pågår %s.", end)
	case ongoing == 0:
		s += ". Samtliga har fastställts under året."
	case decided == 0:
		s += fmt.Sprintf(". Samtliga pågår %s.", end)
	default:
		s += fmt.Sprintf(". Av dessa har %d fastställts under året och %d pågår %s.", decided, ongoing, end)
	}
	return []string{s}
}

// cancelledSentences: the cancelled classifications, each with its
// reason once: "2 klassningar har avbrutits på grund av osäkra
// förhållanden (A och B)." when they share it, else each in brackets.
func cancelledSentences(y *YearFigures) []string {
	n := y.Cancelled.Count()
	if n == 0 {
		return []string{"Inga klassningar har avbrutits."}
	}
	head := capitalize(count(n, "klassning", "klassningar", "")) + " har avbrutits"
	reasons := map[string]bool{}
	for _, it := range y.Cancelled.Items {
		reasons[lowerFirst(it.Detail)] = true
	}
	if len(reasons) == 1 {
		r := lowerFirst(y.Cancelled.Items[0].Detail)
		if r != "" {
			head += " " + reasonPhrase(r)
		}
		return []string{fmt.Sprintf("%s (%s).", head, assetNames(y.Cancelled.Items))}
	}
	var parts []string
	for _, it := range y.Cancelled.Items {
		if it.Detail == "" {
			parts = append(parts, it.Asset)
		} else {
			parts = append(parts, it.Asset+" ("+lowerFirst(it.Detail)+")")
		}
	}
	return []string{fmt.Sprintf("%s: %s.", head, joinSwedish(parts))}
}

// reasonPhrase makes a reason follow "har avbrutits": "på grund av …"
// and "eftersom …" as they are, anything else after "på grund av" when
// it is a noun phrase, or after a dash.
func reasonPhrase(r string) string {
	low := strings.ToLower(r)
	for _, p := range []string{"på grund av ", "eftersom ", "då ", "efter ", "i väntan på ", "när ", "av "} {
		if strings.HasPrefix(low, p) {
			return r
		}
	}
	return "– " + r
}

// followUpSentences: the follow-ups decided, those due and done, and
// those overdue at the end of the year.
func followUpSentences(y *YearFigures) []string {
	var out []string
	out = append(out, capitalize(count(y.FollowedUp.Count(), "tidigare genomförd klassning har följts upp och fastställts under året",
		"tidigare genomförda klassningar har följts upp och fastställts under året",
		"ingen tidigare genomförd klassning har följts upp under året"))+".")
	due, done := y.FollowUpsDue.Count(), y.FollowUpsDone.Count()
	switch {
	case due == 0:
		out = append(out, "Ingen klassning skulle följas upp under året.")
	case due == 1 && done == 1:
		out = append(out, "1 klassning skulle följas upp under året, och den har följts upp.")
	case due == 1:
		out = append(out, "1 klassning skulle följas upp under året, men den har ännu inte följts upp.")
	case done == due:
		out = append(out, fmt.Sprintf("%d klassningar skulle följas upp under året, och samtliga har följts upp.", due))
	case done == 0:
		out = append(out, fmt.Sprintf("%d klassningar skulle följas upp under året, men ingen av dem har följts upp.", due))
	default:
		out = append(out, fmt.Sprintf("%d klassningar skulle följas upp under året, och %d av dem har följts upp.", due, done))
	}
	end := yearEnd(y)
	switch o := y.FollowUpsOverdue.Count(); o {
	case 0:
		out = append(out, capitalize(fmt.Sprintf("%s är ingen uppföljning försenad.", end)))
	case 1:
		out = append(out, capitalize(fmt.Sprintf("%s är 1 uppföljning försenad (%s).", end, assetNames(y.FollowUpsOverdue.Items))))
	default:
		out = append(out, capitalize(fmt.Sprintf("%s är %d uppföljningar försenade (%s).", end, o, assetNames(y.FollowUpsOverdue.Items))))
	}
	return out
}

// thresholdSentences: how often the need for a DPIA was assessed, and
// how often one is required.
func thresholdSentences(y *YearFigures) []string {
	t, req := y.Thresholds.Count(), y.DPIARequired.Count()
	if t == 0 {
		return []string{"Under året har ingen tröskelanalys gjorts, det vill säga behovet av konsekvensbedömning enligt dataskyddsförordningen har inte bedömts i någon klassning."}
	}
	s := fmt.Sprintf("Behovet av konsekvensbedömning enligt dataskyddsförordningen har bedömts i %s", count(t, "klassning", "klassningar", ""))
	switch {
	case req == 0:
		s += ", och i inget fall krävs en konsekvensbedömning."
	case req == t && t == 1:
		s += ", och där krävs en konsekvensbedömning."
	case req == t:
		s += ", och i samtliga fall krävs en konsekvensbedömning."
	default:
		s += fmt.Sprintf(", och i %d av dem krävs en konsekvensbedömning.", req)
	}
	return []string{s}
}

// dpiaSentences: the DPIAs done, with their risk analysis, and those
// ongoing or planned at the end of the year.
func dpiaSentences(y *YearFigures) []string {
	var out []string
	d, r := y.DPIADone.Count(), y.DPIAWithRiskAnalysis.Count()
	s := capitalize(count(d, "konsekvensbedömning har genomförts under året", "konsekvensbedömningar har genomförts under året",
		"ingen konsekvensbedömning har genomförts under året"))
	switch {
	case d == 0:
	case r == d && d == 1:
		s += ", med tillhörande riskanalys"
	case r == d:
		s += ", samtliga med tillhörande riskanalys"
	case r == 0 && d == 1:
		s += ", utan registrerad riskanalys"
	case r == 0:
		s += ", ingen av dem med registrerad riskanalys"
	default:
		s += fmt.Sprintf(", varav %d med tillhörande riskanalys", r)
	}
	out = append(out, s+".")
	end := yearEnd(y)
	on, pl := y.DPIAOngoing.Count(), y.DPIAPlanned.Count()
	switch {
	case on > 0 && pl > 0:
		out = append(out, capitalize(fmt.Sprintf("%s pågår %s och %s.", end,
			count(on, "konsekvensbedömning", "konsekvensbedömningar", ""), count(pl, "är planerad", "är planerade", ""))))
	case on > 0:
		out = append(out, capitalize(fmt.Sprintf("%s pågår %s.", end, count(on, "konsekvensbedömning", "konsekvensbedömningar", ""))))
	case pl > 0:
		out = append(out, capitalize(fmt.Sprintf("%s är %s.", end, count(pl, "konsekvensbedömning planerad", "konsekvensbedömningar planerade", ""))))
	}
	return out
}

// levelSentences: the assets with a decided classification, by level.
func levelSentences(y *YearFigures) []string {
	total := 0
	for _, l := range y.Levels {
		total += l.Count()
	}
	if total == 0 {
		return nil
	}
	var parts []string
	for l := y.model().MaxLevel(); l >= 1; l-- {
		if n := y.Levels[l].Count(); n > 0 {
			parts = append(parts, fmt.Sprintf("%d på nivå %s", n, y.model().NumberText(l)))
		}
	}
	s := fmt.Sprintf("Av %s har %d en fastställd klassning %s", count(total, "informationstillgång", "informationstillgångar", ""), y.Classified(), yearEnd(y))
	if len(parts) > 0 {
		s += ": " + joinSwedish(parts)
	}
	return []string{s + "."}
}

// criticalSentences: the assets critical to society without a decided
// classification.
func criticalSentences(y *YearFigures) []string {
	if y.Critical == 0 {
		return nil
	}
	const what = "stöder samhällsviktig verksamhet enligt RSA eller omfattas av cybersäkerhetslagen (NIS2)"
	switch n := y.CriticalUnclassified.Count(); n {
	case 0:
		return []string{"Samtliga informationstillgångar som " + what + " har en fastställd klassning."}
	case 1:
		return []string{fmt.Sprintf("1 informationstillgång som %s saknar fastställd klassning: %s.", what, assetNames(y.CriticalUnclassified.Items))}
	default:
		return []string{fmt.Sprintf("%d informationstillgångar som %s saknar fastställd klassning: %s.", n, what, assetNames(y.CriticalUnclassified.Items))}
	}
}

// procurementSentences: the classifications decided ahead of a
// procurement or licence renewal.
func procurementSentences(y *YearFigures) []string {
	return []string{capitalize(count(y.AheadOfProcurement.Count(),
		"klassning har fastställts inför en upphandling eller licensförnyelse", "klassningar har fastställts inför en upphandling eller licensförnyelse",
		"ingen klassning har fastställts inför en upphandling eller licensförnyelse")) + "."}
}

// requirementSentences: how the requirements that follow from the
// decided classifications are met.
func requirementSentences(y *YearFigures) []string {
	n := y.RequirementCounts
	if n.Total() == 0 {
		return nil
	}
	s := fmt.Sprintf("Av de %d krav som följer av de fastställda klassningarna är %d uppfyllda, %d inte eller bara delvis uppfyllda och %d ännu inte bedömda",
		n.Total(), n.Met, n.NotMet, n.NotAssessed)
	if k := y.RequirementsNotMet.Count(); k > 0 {
		s += fmt.Sprintf("; %s har krav som inte är uppfyllda (%s)", count(k, "informationstillgång", "informationstillgångar", ""), assetNames(y.RequirementsNotMet.Items))
	}
	return []string{s + "."}
}

// lowerFirst lower-cases the first letter of s unless the second is
// upper-case too (an abbreviation such as "RSA").
func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) == 0 || len(rs) > 1 && strings.ToUpper(string(rs[1])) == string(rs[1]) && strings.ToLower(string(rs[1])) != string(rs[1]) {
		return s
	}
	return strings.ToLower(string(rs[0])) + string(rs[1:])
}

// Risks returns the risks of y: level-4 assets where a DPIA is required
// but not done, overdue follow-ups, and assets critical to society
// without a decided classification.
func Risks(y *YearFigures) []Risk {
	var out []Risk
	if items := y.level4WithoutDPIA(); len(items) > 0 {
		at := "på nivå " + y.model().NumberText(seriousLevel)
		if y.model().MaxLevel() > seriousLevel {
			at += " eller högre"
		}
		out = append(out, Risk{
			Text: capitalize(count(len(items), "informationstillgång "+at+" saknar genomförd konsekvensbedömning trots att en sådan krävs",
				"informationstillgångar "+at+" saknar genomförd konsekvensbedömning trots att en sådan krävs", "")) + ".",
			Items: items,
		})
	}
	if n := y.FollowUpsOverdue.Count(); n > 0 {
		out = append(out, Risk{
			Text:  capitalize(count(n, "klassning har inte följts upp i tid", "klassningar har inte följts upp i tid", "")) + ".",
			Items: y.FollowUpsOverdue.Items,
		})
	}
	if n := y.CriticalUnclassified.Count(); n > 0 {
		out = append(out, Risk{
			Text: capitalize(count(n, "informationstillgång som stöder samhällsviktig verksamhet (RSA) eller omfattas av NIS2 saknar fastställd klassning",
				"informationstillgångar som stöder samhällsviktig verksamhet (RSA) eller omfattas av NIS2 saknar fastställd klassning", "")) + ".",
			Items: y.CriticalUnclassified.Items,
		})
	}
	return out
}

// seriousLevel is the place on the scale of Allvarlig: MSB's 4, KLASSA's 3.
const seriousLevel Level = 4

// level4WithoutDPIA returns the assets at Allvarlig or higher whose
// current threshold analysis requires a DPIA that is not done.
func (y *YearFigures) level4WithoutDPIA() []ReviewItem {
	var out []ReviewItem
	for l := int(seriousLevel); l <= MaxScale; l++ {
		for _, it := range y.Levels[l].Items {
			for _, d := range y.DPIAOpen.Items {
				if d.AssetID == it.AssetID {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// Text returns the review as plain text to paste into a report: the
// sentences, the risks with the assets behind them, and the plan's
// assets for each coming year.
func (r *Review) Text() string {
	var b strings.Builder
	b.WriteString(strings.Join(r.Sentences, "\n"))
	if len(r.Risks) > 0 {
		b.WriteString("\n\nRisker:")
		for _, k := range r.Risks {
			b.WriteString("\n• " + k.Text)
			for _, it := range k.Items {
				b.WriteString("\n    – " + it.Asset)
				if it.Detail != "" {
					b.WriteString(", " + it.Detail)
				}
			}
		}
	}
	for i, f := range r.Figures.Due {
		fmt.Fprintf(&b, "\n\nPlan för %d: %s", r.Year+1+i, count(f.Count(), "informationstillgång att klassa eller följa upp", "informationstillgångar att klassa eller följa upp", "inga informationstillgångar att klassa eller följa upp"))
		if f.Count() > 0 {
			b.WriteString(" (" + assetNames(f.Items) + ")")
		}
		b.WriteString(".")
	}
	return b.String()
}

// ReviewLevels returns the categories of the review's chart by highest
// level: "Nivå N" in model m's numbering, highest first, then "Ej
// fastställd", each with its index into YearFigures.Levels.
func ReviewLevels(m *Model) (labels []string, index []int) {
	for l := m.MaxLevel(); l >= 1; l-- {
		labels, index = append(labels, "Nivå "+m.NumberText(l)), append(index, int(l))
	}
	return append(labels, "Ej fastställd"), append(index, 0)
}
