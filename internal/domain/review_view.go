package domain

import (
	"fmt"
	"sort"
	"strings"
)

// yearView is the year as every figure sees it: its first and last
// counted days, the assets by ID, and each asset's classifications
// decided by the last day, oldest decision first.
type yearView struct {
	in      YearInput
	start   Date
	asOf    Date
	assets  map[int64]*YearAsset
	byAsset map[int64][]YearClassification
}

func newYearView(in YearInput) *yearView {
	v := &yearView{in: in, start: NewDate(in.Year, 1, 1), asOf: in.AsOf,
		assets: map[int64]*YearAsset{}, byAsset: map[int64][]YearClassification{}}
	if v.asOf.IsZero() {
		v.asOf = NewDate(in.Year, 12, 31)
	}
	for i := range in.Assets {
		v.assets[in.Assets[i].ID] = &in.Assets[i]
	}
	for _, c := range v.classifications() {
		if v.decidedBy(c) {
			v.byAsset[c.AssetID] = append(v.byAsset[c.AssetID], c)
		}
	}
	for _, ds := range v.byAsset {
		sort.Slice(ds, func(i, j int) bool {
			if !ds[i].DecidedAt.Equal(ds[j].DecidedAt) {
				return ds[i].DecidedAt.Before(ds[j].DecidedAt)
			}
			return ds[i].ID < ds[j].ID
		})
	}
	return v
}

// inYear reports whether d falls from 1 January to the last counted day.
func (v *yearView) inYear(d Date) bool { return !d.IsZero() && !d.Before(v.start) && !d.After(v.asOf) }

// until reports whether d falls on or before the last counted day.
func (v *yearView) until(d Date) bool { return !d.IsZero() && !d.After(v.asOf) }

func (v *yearView) name(id int64) string {
	if a := v.assets[id]; a != nil {
		return a.Name
	}
	return ""
}

func (v *yearView) isCancelled(id int64) bool {
	a := v.assets[id]
	return a != nil && a.Status == StatusCancelled
}

// classifications returns the classifications of assets that exist.
func (v *yearView) classifications() []YearClassification {
	var out []YearClassification
	for _, c := range v.in.Classifications {
		if v.assets[c.AssetID] != nil {
			out = append(out, c)
		}
	}
	return out
}

func (v *yearView) decidedBy(c YearClassification) bool { return c.Decided && v.until(c.DecidedAt) }

// ongoing reports whether c was started but not decided at the end of
// the year, its asset not cancelled.
func (v *yearView) ongoing(c YearClassification) bool {
	return !v.decidedBy(c) && v.until(c.Date) && !v.isCancelled(c.AssetID)
}

// followsUp reports whether c follows an earlier decided classification
// of its asset: a follow-up by kind, or any classification of an asset
// that had one decided before c's work started.
func (v *yearView) followsUp(c YearClassification) bool {
	if c.Kind == KindFollowUp {
		return true
	}
	for _, d := range v.byAsset[c.AssetID] {
		if d.ID != c.ID && d.DecidedAt.Before(c.Date) {
			return true
		}
	}
	return false
}

func (v *yearView) item(c YearClassification, d Date, detail string) ReviewItem {
	return ReviewItem{AssetID: c.AssetID, Asset: v.name(c.AssetID), Date: d, Detail: detail}
}

// started: the classifications whose work started in the year.
func (v *yearView) started() KindFigures {
	var k KindFigures
	for _, c := range v.classifications() {
		if v.inYear(c.Date) {
			k.add(c.Kind, v.item(c, c.Date, c.Kind.Label()))
		}
	}
	return k
}

// inProgress: started, not decided at the end of the year, not cancelled.
func (v *yearView) inProgress() KindFigures {
	var k KindFigures
	for _, c := range v.classifications() {
		if v.ongoing(c) {
			k.add(c.Kind, v.item(c, c.Date, c.Kind.Label()))
		}
	}
	return k
}

// decided: the classifications decided in the year.
func (v *yearView) decided() KindFigures {
	var k KindFigures
	for _, c := range v.classifications() {
		if v.decidedBy(c) && v.inYear(c.DecidedAt) {
			k.add(c.Kind, v.item(c, c.DecidedAt, c.Kind.Label()))
		}
	}
	return k
}

// handled: decided in the year or in progress at its end, of every
// kind; and of them, those that follow up an earlier classification.
func (v *yearView) handled() (all, followUps Figure) {
	for _, c := range v.classifications() {
		var it ReviewItem
		switch {
		case v.decidedBy(c) && v.inYear(c.DecidedAt):
			it = v.item(c, c.DecidedAt, c.Kind.Label()+", fastställd")
		case v.ongoing(c):
			it = v.item(c, c.Date, c.Kind.Label()+", pågår")
		default:
			continue
		}
		all.Items = append(all.Items, it)
		if v.followsUp(c) {
			followUps.Items = append(followUps.Items, it)
		}
	}
	return all, followUps
}

// followedUp: the classifications decided in the year that follow an
// earlier decided classification of the same asset.
func (v *yearView) followedUp() Figure {
	var f Figure
	for id, ds := range v.byAsset {
		for i, c := range ds {
			if i > 0 && v.inYear(c.DecidedAt) {
				f.Items = append(f.Items, ReviewItem{AssetID: id, Asset: v.name(id), Date: c.DecidedAt,
					Detail: "föregående fastställd " + ds[i-1].DecidedAt.String()})
			}
		}
	}
	return f
}

// followUpsDue: the decided classifications whose review date fell in
// the year, not followed up before it began; done are those followed up
// by a later decided classification by the end of the year.
func (v *yearView) followUpsDue() (due, done Figure) {
	for id, ds := range v.byAsset {
		if v.isCancelled(id) {
			continue
		}
		for i, c := range ds {
			if !v.inYear(c.NextReview) || i+1 < len(ds) && ds[i+1].DecidedAt.Before(v.start) {
				continue
			}
			it := ReviewItem{AssetID: id, Asset: v.name(id), Date: c.NextReview, Detail: "fastställd " + c.DecidedAt.String()}
			due.Items = append(due.Items, it)
			if i+1 < len(ds) {
				it.Detail = "uppföljd " + ds[i+1].DecidedAt.String()
				done.Items = append(done.Items, it)
			}
		}
	}
	return due, done
}

// followUpsOverdue: the assets whose latest decided classification is
// past its review date at the end of the year.
func (v *yearView) followUpsOverdue() Figure {
	var f Figure
	for id, ds := range v.byAsset {
		if len(ds) == 0 || v.isCancelled(id) {
			continue
		}
		last := ds[len(ds)-1]
		if !last.NextReview.IsZero() && last.NextReview.Before(v.asOf) {
			f.Items = append(f.Items, ReviewItem{AssetID: id, Asset: v.name(id), Date: last.NextReview,
				Detail: "skulle följas upp " + last.NextReview.String()})
		}
	}
	return f
}

// cancelled: the assets whose status became cancelled in the year, with
// the reason given then (or the asset's status reason).
func (v *yearView) cancelled() Figure {
	last := map[int64]StatusEvent{}
	for _, e := range v.in.Events {
		if e.New == StatusCancelled && e.Old != StatusCancelled && v.inYear(e.Date) && v.assets[e.AssetID] != nil {
			if l, ok := last[e.AssetID]; !ok || !e.Date.Before(l.Date) {
				last[e.AssetID] = e
			}
		}
	}
	var f Figure
	for id, e := range last {
		reason := e.Reason
		if reason == "" {
			reason = v.assets[id].StatusReason
		}
		f.Items = append(f.Items, ReviewItem{AssetID: id, Asset: v.name(id), Date: e.Date, Detail: CancelReason(reason)})
	}
	return f
}

// CancelReason returns a cancellation's reason as a sentence can hold
// it: without "Avbruten" or "Avbröts" before it, the colon or dash that
// followed that word, and the full stop.
func CancelReason(r string) string {
	r = strings.TrimSpace(r)
	low := strings.ToLower(r)
	for _, w := range []string{"avbruten", "avbruten,", "avbröts", "avbrutits", "avbrutet"} {
		if strings.HasPrefix(low, w) && (len(r) == len(w) || strings.ContainsRune(" :–-,", rune(r[len(w)]))) {
			r = r[len(w):]
			break
		}
	}
	r = strings.TrimLeft(r, " :–-,")
	return strings.TrimRight(strings.TrimSpace(r), ".")
}

// thresholds: the analyses dated in the year, split by final decision,
// and those of them that require a DPIA.
func (v *yearView) thresholds() (all Figure, outcomes []OutcomeFigure, required Figure) {
	by := map[Outcome]*Figure{}
	for _, t := range v.in.Thresholds {
		if v.assets[t.AssetID] == nil || !v.inYear(t.Date) {
			continue
		}
		it := ReviewItem{AssetID: t.AssetID, Asset: v.name(t.AssetID), Date: t.Date, Detail: t.Outcome.Label()}
		all.Items = append(all.Items, it)
		if by[t.Outcome] == nil {
			by[t.Outcome] = &Figure{}
		}
		by[t.Outcome].Items = append(by[t.Outcome].Items, it)
		if t.Outcome.RequiresDPIA() {
			required.Items = append(required.Items, it)
		}
	}
	for _, o := range reviewOutcomes {
		if f := by[o]; f != nil {
			outcomes = append(outcomes, OutcomeFigure{Outcome: o, Figure: *f})
		}
	}
	return all, outcomes, required
}

func dpiaItem(p YearProcessing) ReviewItem {
	return ReviewItem{Asset: p.Name, Date: p.DPIA.Date, Detail: p.DPIA.Reference}
}

// dpiasAtYearEnd: the processings whose DPIA is planned or ongoing at
// the end of the year.
func (v *yearView) dpiasAtYearEnd() (planned, ongoing Figure) {
	for _, p := range v.in.Processings {
		switch p.DPIA.Status {
		case DPIAPlanned:
			planned.Items = append(planned.Items, dpiaItem(p))
		case DPIAOngoing:
			ongoing.Items = append(ongoing.Items, dpiaItem(p))
		}
	}
	return planned, ongoing
}

// dpiasDone: the processings whose DPIA was done in the year, and those
// of them whose risk analysis was done by the end of the year.
func (v *yearView) dpiasDone() (done, withRisk Figure) {
	for _, p := range v.in.Processings {
		if p.DPIA.Status != DPIADone || !v.inYear(p.DPIA.Date) {
			continue
		}
		done.Items = append(done.Items, dpiaItem(p))
		if v.until(p.DPIA.RiskAnalysis) {
			it := dpiaItem(p)
			it.Detail = strings.TrimSpace(it.Detail + " riskanalys " + p.DPIA.RiskAnalysis.String())
			withRisk.Items = append(withRisk.Items, it)
		}
	}
	return done, withRisk
}

// dpiasOpen: the assets whose current analysis requires a DPIA that is
// not done for the processings they serve by the end of the year (see
// AssetDPIA); the detail is how far it has come.
func (v *yearView) dpiasOpen() Figure {
	statuses := map[int64][]DPIAStatus{}
	for _, p := range v.in.Processings {
		for _, a := range p.AssetIDs {
			statuses[a] = append(statuses[a], p.DPIA.Status)
		}
	}
	var f Figure
	for _, t := range v.in.Thresholds {
		st, _ := AssetDPIA(statuses[t.AssetID])
		if v.assets[t.AssetID] == nil || !t.Current || !t.Outcome.RequiresDPIA() || st == DPIADone || st == DPIANotRequired {
			continue
		}
		f.Items = append(f.Items, ReviewItem{AssetID: t.AssetID, Asset: v.name(t.AssetID), Date: t.Date,
			Detail: "konsekvensbedömning " + strings.ToLower(st.Label())})
	}
	return f
}

// processings: every processing with its assets' names, by name.
func (v *yearView) processings() []YearProcessing {
	out := make([]YearProcessing, 0, len(v.in.Processings))
	for _, p := range v.in.Processings {
		p.Assets = nil
		for _, a := range p.AssetIDs {
			if n := v.name(a); n != "" {
				p.Assets = append(p.Assets, n)
			}
		}
		sort.Slice(p.Assets, func(i, j int) bool { return NameLess(p.Assets[i], p.Assets[j]) })
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return NameLess(out[i].Name, out[j].Name) })
	return out
}

// latest returns the asset's latest decided classification.
func (v *yearView) latest(id int64) (YearClassification, bool) {
	ds := v.byAsset[id]
	if len(ds) == 0 {
		return YearClassification{}, false
	}
	return ds[len(ds)-1], true
}

// levels: the assets not cancelled by the highest level of their latest
// decided classification; [0] are those without one.
func (v *yearView) levels() [MaxScale + 1]Figure {
	var out [MaxScale + 1]Figure
	for _, a := range v.in.Assets {
		if a.Status == StatusCancelled {
			continue
		}
		c, ok := v.latest(a.ID)
		l, detail := Level(0), "saknar fastställd klassning"
		if ok && c.Overall >= 1 && int(c.Overall) <= MaxScale {
			l, detail = c.Overall, "fastställd "+c.DecidedAt.String()
		}
		out[l].Items = append(out[l].Items, ReviewItem{AssetID: a.ID, Asset: a.Name, Date: c.DecidedAt, Detail: detail})
	}
	return out
}

// critical: the number of assets critical to society (RSA) or under
// NIS2, and those of them without a decided classification.
func (v *yearView) critical() (int, Figure) {
	n := 0
	var f Figure
	for _, a := range v.in.Assets {
		if !a.RSACritical && !a.NIS2 {
			continue
		}
		n++
		if _, ok := v.latest(a.ID); !ok {
			f.Items = append(f.Items, ReviewItem{AssetID: a.ID, Asset: a.Name, Detail: criticalText(a) + ", " + a.Status.Label()})
		}
	}
	return n, f
}

// aheadOfProcurement: the classifications decided in the year within a
// year before a procurement or licence date of the asset.
func (v *yearView) aheadOfProcurement() Figure {
	var f Figure
	for _, c := range v.classifications() {
		if !v.decidedBy(c) || !v.inYear(c.DecidedAt) {
			continue
		}
		if p, ok := procurementAfter(v.assets[c.AssetID], c.DecidedAt); ok {
			f.Items = append(f.Items, v.item(c, c.DecidedAt, "upphandling eller licens "+p.String()))
		}
	}
	return f
}

// requirements: the classified assets by how their requirements stand.
func (v *yearView) requirements() (met, notMet, notAssessed Figure, n RequirementCounts) {
	for _, r := range v.in.Requirements {
		if v.assets[r.AssetID] == nil || v.isCancelled(r.AssetID) {
			continue
		}
		if _, ok := v.latest(r.AssetID); !ok {
			continue
		}
		n.Met, n.NotMet, n.NotAssessed = n.Met+r.Met, n.NotMet+r.NotMet, n.NotAssessed+r.NotAssessed
		it := ReviewItem{AssetID: r.AssetID, Asset: v.name(r.AssetID),
			Detail: fmt.Sprintf("%d uppfyllda, %d ej uppfyllda, %d ej bedömda", r.Met, r.NotMet, r.NotAssessed)}
		switch {
		case r.NotMet > 0:
			notMet.Items = append(notMet.Items, it)
		case r.NotAssessed > 0:
			notAssessed.Items = append(notAssessed.Items, it)
		case r.Met > 0:
			met.Items = append(met.Items, it)
		}
	}
	return met, notMet, notAssessed, n
}

// PlanYears is how many years after the review's year the plan covers.
const PlanYears = 3

// due: for each of the PlanYears years after the year, the assets that
// fall due then by the register as it stood at the end of the year: an
// asset without a decided classification, or whose follow-up is overdue
// or whose classification is in progress, in the first year; a decided
// one in the year of its next review or of its procurement or licence
// date, whichever comes first.
func (v *yearView) due() []Figure {
	out := make([]Figure, PlanYears)
	first := v.in.Year + 1
	for _, a := range v.in.Assets {
		if a.Status == StatusCancelled {
			continue
		}
		y, detail := v.dueYear(a)
		if y < first {
			y = first
		}
		if i := y - first; i < PlanYears {
			out[i].Items = append(out[i].Items, ReviewItem{AssetID: a.ID, Asset: a.Name, Detail: detail})
		}
	}
	return out
}

// dueYear returns the year asset a falls due, and why.
func (v *yearView) dueYear(a YearAsset) (int, string) {
	for _, c := range v.classifications() {
		if c.AssetID == a.ID && v.ongoing(c) {
			return 0, "klassningen pågår och slutförs"
		}
	}
	c, ok := v.latest(a.ID)
	if !ok {
		return 0, "ej klassad"
	}
	next, why := c.NextReview, "uppföljning, fastställd "+c.DecidedAt.String()
	for _, p := range a.ProcurementDates {
		if p.After(v.asOf) && (next.IsZero() || p.Before(next)) {
			next, why = p, "upphandling eller licensförnyelse "+p.String()
		}
	}
	switch {
	case next.IsZero():
		return 1 << 30, ""
	case !next.After(v.asOf):
		return 0, "uppföljningen är försenad (skulle ske " + next.String() + ")"
	}
	return next.Year(), why
}
