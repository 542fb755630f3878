package domain

import (
	"sort"
	"strings"
)

// This file holds the figures of Ledningens genomgång, the yearly
// management review: what happened to the classification work in a year,
// counted from the state of things as they stood at the end of the year.

// YearAsset is an asset as it stood at the end of a year.
type YearAsset struct {
	ID           int64
	Name         string
	RSACritical  bool
	NIS2         bool
	Status       Status // manual status at the end of the year
	StatusReason string
	// ProcurementDates are every procurement or licence date the asset
	// has held up to the end of the year.
	ProcurementDates []Date
}

// YearClassification is a classification as it stood at the end of a year.
type YearClassification struct {
	ID         int64
	AssetID    int64
	Kind       ClassificationKind
	Date       Date // when the work started
	Decided    bool
	DecidedAt  Date
	NextReview Date
	Overall    Level // the highest effective level
}

// YearThreshold is a threshold analysis as it stood at the end of a year.
type YearThreshold struct {
	ID            int64
	AssetID       int64
	Date          Date
	Outcome       Outcome // the final decision
	Current       bool    // the asset's current analysis at the end of the year
	DPIAStatus    DPIAStatus
	DPIADate      Date
	DPIAReference string
}

// StatusEvent is one recorded change of an asset's manual status.
type StatusEvent struct {
	AssetID  int64
	Date     Date
	Old, New Status
	Reason   string // the status reason given with the change
}

// YearInput is what the figures of a year are computed from: everything
// as it stood at the end of the year (or on AsOf, for a year not yet
// over), and the status events up to then.
type YearInput struct {
	Year            int
	AsOf            Date // the last day counted: 31 December, or today in the current year
	Assets          []YearAsset
	Classifications []YearClassification
	Thresholds      []YearThreshold
	Events          []StatusEvent
}

// ReviewItem is one asset behind a figure.
type ReviewItem struct {
	AssetID int64
	Asset   string
	Date    Date   // the date the item is counted from, when it has one
	Detail  string // kind, reason, outcome, reference or level, in Swedish
}

// Figure is a count with the assets behind it.
type Figure struct {
	Items []ReviewItem
}

// Count returns the number of items.
func (f Figure) Count() int { return len(f.Items) }

// KindFigures split a figure of classifications by kind.
type KindFigures struct {
	Local, Normative, FollowUp Figure
}

// Total returns the number of classifications of every kind.
func (k KindFigures) Total() int {
	return k.Local.Count() + k.Normative.Count() + k.FollowUp.Count()
}

// All returns the classifications of every kind in one figure.
func (k KindFigures) All() Figure {
	var f Figure
	for _, x := range []Figure{k.Local, k.Normative, k.FollowUp} {
		f.Items = append(f.Items, x.Items...)
	}
	sortItems(f.Items)
	return f
}

func (k *KindFigures) add(kind ClassificationKind, it ReviewItem) {
	switch kind {
	case KindNormative:
		k.Normative.Items = append(k.Normative.Items, it)
	case KindFollowUp:
		k.FollowUp.Items = append(k.FollowUp.Items, it)
	default:
		k.Local.Items = append(k.Local.Items, it)
	}
}

// OutcomeFigure is the threshold analyses of a year with one outcome.
type OutcomeFigure struct {
	Outcome Outcome
	Figure
}

// YearFigures are the figures of one year.
type YearFigures struct {
	Year int
	AsOf Date

	// Started are the classifications whose work started in the year.
	Started KindFigures
	// InProgress are the classifications started but not decided at the
	// end of the year, of assets not cancelled.
	InProgress KindFigures
	// Decided are the classifications decided in the year.
	Decided KindFigures
	// Handled are the local and normative classifications decided in
	// the year or in progress at its end ("hanterats eller är i
	// slutfasen").
	Handled Figure
	// Cancelled are the assets whose classification was cancelled in the
	// year; Detail holds the reason.
	Cancelled Figure

	// FollowUpsDue are the decided classifications whose review date
	// fell in the year (and had not been followed up before it began).
	FollowUpsDue Figure
	// FollowUpsDone are those of FollowUpsDue followed up by a later
	// decided classification by the end of the year.
	FollowUpsDone Figure
	// FollowedUp are the classifications decided in the year that
	// follow an earlier decided classification of the same asset,
	// whatever their kind ("tidigare genomförda klassningar har följts
	// upp").
	FollowedUp Figure
	// FollowUpsOverdue are the assets whose latest decided classification
	// is past its review date at the end of the year, whichever year it
	// fell due in.
	FollowUpsOverdue Figure

	// Thresholds are the threshold analyses dated in the year; Outcomes
	// split them by final decision, in the order of the decision rule.
	Thresholds Figure
	Outcomes   []OutcomeFigure

	// DPIARequired are the analyses of the year whose outcome requires a
	// DPIA. DPIAPlanned and DPIAOngoing are the DPIAs planned and ongoing
	// at the end of the year, DPIADone those done in the year (Detail
	// holds the reference).
	DPIARequired, DPIAPlanned, DPIAOngoing, DPIADone Figure
	// DPIAOpen are the assets whose current analysis at the end of the
	// year requires a DPIA that is not done; Detail holds its status.
	DPIAOpen Figure

	// Levels are the assets not cancelled by the highest effective level
	// of their latest decided classification at the end of the year;
	// Levels[0] are those without a decided classification.
	Levels [MaxLevel + 1]Figure

	// Critical counts the assets that support activity critical to
	// society (RSA) or fall under NIS2; CriticalUnclassified are those of
	// them without a decided classification.
	Critical             int
	CriticalUnclassified Figure

	// AheadOfProcurement are the classifications decided in the year
	// within a year before a procurement or licence date of the asset.
	AheadOfProcurement Figure
}

// Classified returns the number of assets with a decided classification
// at the end of the year.
func (y *YearFigures) Classified() int {
	n := 0
	for l := Level(1); l <= MaxLevel; l++ {
		n += y.Levels[l].Count()
	}
	return n
}

// Outcome returns the year's analyses with outcome o.
func (y *YearFigures) Outcome(o Outcome) Figure {
	for _, f := range y.Outcomes {
		if f.Outcome == o {
			return f.Figure
		}
	}
	return Figure{}
}

// reviewOutcomes is the order outcomes are listed in.
var reviewOutcomes = []Outcome{OutcomeRequired, OutcomeUnsure, OutcomeAssess, OutcomeNotRequired, OutcomeException, OutcomeNotApplicable, OutcomeNone}

// ComputeYear returns the figures of in.Year from in.
func ComputeYear(in YearInput) YearFigures {
	y := YearFigures{Year: in.Year, AsOf: in.AsOf}
	if y.AsOf.IsZero() {
		y.AsOf = NewDate(in.Year, 12, 31)
	}
	start := NewDate(in.Year, 1, 1)
	inYear := func(d Date) bool { return !d.IsZero() && !d.Before(start) && !d.After(y.AsOf) }
	until := func(d Date) bool { return !d.IsZero() && !d.After(y.AsOf) }

	assets := map[int64]*YearAsset{}
	for i := range in.Assets {
		assets[in.Assets[i].ID] = &in.Assets[i]
	}
	name := func(id int64) string {
		if a := assets[id]; a != nil {
			return a.Name
		}
		return ""
	}
	cancelled := func(id int64) bool { a := assets[id]; return a != nil && a.Status == StatusCancelled }

	// The classifications of each asset, oldest decision first.
	byAsset := map[int64][]YearClassification{}
	for _, c := range in.Classifications {
		if assets[c.AssetID] == nil {
			continue
		}
		byAsset[c.AssetID] = append(byAsset[c.AssetID], c)
		it := ReviewItem{AssetID: c.AssetID, Asset: name(c.AssetID), Date: c.Date, Detail: c.Kind.Label()}
		decided := c.Decided && until(c.DecidedAt)
		if inYear(c.Date) {
			y.Started.add(c.Kind, it)
		}
		if decided && inYear(c.DecidedAt) {
			it.Date = c.DecidedAt
			y.Decided.add(c.Kind, it)
			if c.Kind != KindFollowUp {
				y.Handled.Items = append(y.Handled.Items, it)
			}
			if p, ok := procurementAfter(assets[c.AssetID], c.DecidedAt); ok {
				y.AheadOfProcurement.Items = append(y.AheadOfProcurement.Items,
					ReviewItem{AssetID: c.AssetID, Asset: it.Asset, Date: c.DecidedAt, Detail: "upphandling eller licens " + p.String()})
			}
		}
		if !decided && until(c.Date) && !cancelled(c.AssetID) {
			y.InProgress.add(c.Kind, it)
			if c.Kind != KindFollowUp {
				it.Detail = c.Kind.Label() + ", pågår"
				y.Handled.Items = append(y.Handled.Items, it)
			}
		}
	}

	for id, cs := range byAsset {
		var ds []YearClassification
		for _, c := range cs {
			if c.Decided && until(c.DecidedAt) {
				ds = append(ds, c)
			}
		}
		sort.Slice(ds, func(i, j int) bool {
			if !ds[i].DecidedAt.Equal(ds[j].DecidedAt) {
				return ds[i].DecidedAt.Before(ds[j].DecidedAt)
			}
			return ds[i].ID < ds[j].ID
		})
		for i, c := range ds {
			if i > 0 && inYear(c.DecidedAt) {
				y.FollowedUp.Items = append(y.FollowedUp.Items, ReviewItem{AssetID: id, Asset: name(id), Date: c.DecidedAt,
					Detail: "föregående fastställd " + ds[i-1].DecidedAt.String()})
			}
			if !inYear(c.NextReview) || cancelled(id) {
				continue
			}
			if i+1 < len(ds) && ds[i+1].DecidedAt.Before(start) {
				continue // followed up before the year began
			}
			it := ReviewItem{AssetID: id, Asset: name(id), Date: c.NextReview, Detail: "fastställd " + c.DecidedAt.String()}
			y.FollowUpsDue.Items = append(y.FollowUpsDue.Items, it)
			if i+1 < len(ds) {
				it.Detail = "uppföljd " + ds[i+1].DecidedAt.String()
				y.FollowUpsDone.Items = append(y.FollowUpsDone.Items, it)
			}
		}
		if n := len(ds); n > 0 && !cancelled(id) {
			last := ds[n-1]
			if !last.NextReview.IsZero() && last.NextReview.Before(y.AsOf) {
				y.FollowUpsOverdue.Items = append(y.FollowUpsOverdue.Items,
					ReviewItem{AssetID: id, Asset: name(id), Date: last.NextReview, Detail: "skulle följas upp " + last.NextReview.String()})
			}
		}
	}

	// Levels and critical assets.
	latest := map[int64]YearClassification{}
	for id, cs := range byAsset {
		for _, c := range cs {
			if !c.Decided || !until(c.DecidedAt) {
				continue
			}
			l, ok := latest[id]
			if !ok || l.DecidedAt.Before(c.DecidedAt) || l.DecidedAt.Equal(c.DecidedAt) && l.ID < c.ID {
				latest[id] = c
			}
		}
	}
	for _, a := range in.Assets {
		c, classified := latest[a.ID]
		if a.Status != StatusCancelled {
			l := Level(0)
			detail := "saknar fastställd klassning"
			if classified && c.Overall.Valid() {
				l = c.Overall
				detail = "fastställd " + c.DecidedAt.String()
			}
			y.Levels[l].Items = append(y.Levels[l].Items, ReviewItem{AssetID: a.ID, Asset: a.Name, Date: c.DecidedAt, Detail: detail})
		}
		if a.RSACritical || a.NIS2 {
			y.Critical++
			if !classified {
				y.CriticalUnclassified.Items = append(y.CriticalUnclassified.Items,
					ReviewItem{AssetID: a.ID, Asset: a.Name, Detail: criticalText(a) + ", " + a.Status.Label()})
			}
		}
	}

	// Cancellations: the assets whose status became cancelled in the year.
	last := map[int64]StatusEvent{}
	for _, e := range in.Events {
		if e.New == StatusCancelled && e.Old != StatusCancelled && inYear(e.Date) && assets[e.AssetID] != nil {
			if l, ok := last[e.AssetID]; !ok || l.Date.Before(e.Date) || l.Date.Equal(e.Date) {
				last[e.AssetID] = e
			}
		}
	}
	for id, e := range last {
		reason := e.Reason
		if reason == "" {
			reason = assets[id].StatusReason
		}
		y.Cancelled.Items = append(y.Cancelled.Items, ReviewItem{AssetID: id, Asset: name(id), Date: e.Date, Detail: reason})
	}

	// Threshold analyses and DPIAs.
	outcomes := map[Outcome]*Figure{}
	for _, t := range in.Thresholds {
		if assets[t.AssetID] == nil {
			continue
		}
		it := ReviewItem{AssetID: t.AssetID, Asset: name(t.AssetID), Date: t.Date, Detail: t.Outcome.Label()}
		if inYear(t.Date) {
			y.Thresholds.Items = append(y.Thresholds.Items, it)
			if outcomes[t.Outcome] == nil {
				outcomes[t.Outcome] = &Figure{}
			}
			outcomes[t.Outcome].Items = append(outcomes[t.Outcome].Items, it)
			if t.Outcome.RequiresDPIA() {
				y.DPIARequired.Items = append(y.DPIARequired.Items, it)
			}
		}
		d := ReviewItem{AssetID: t.AssetID, Asset: it.Asset, Date: t.DPIADate, Detail: t.DPIAReference}
		if t.Current && t.Outcome.RequiresDPIA() && t.DPIAStatus != DPIADone {
			st := "ej påbörjad"
			if t.DPIAStatus != DPIANone {
				st = strings.ToLower(t.DPIAStatus.Label())
			}
			y.DPIAOpen.Items = append(y.DPIAOpen.Items, ReviewItem{AssetID: t.AssetID, Asset: it.Asset, Date: t.Date, Detail: "konsekvensbedömning " + st})
		}
		switch {
		case t.DPIAStatus == DPIADone && inYear(t.DPIADate):
			y.DPIADone.Items = append(y.DPIADone.Items, d)
		case !t.Current:
		case t.DPIAStatus == DPIAPlanned:
			y.DPIAPlanned.Items = append(y.DPIAPlanned.Items, d)
		case t.DPIAStatus == DPIAOngoing:
			y.DPIAOngoing.Items = append(y.DPIAOngoing.Items, d)
		}
	}
	for _, o := range reviewOutcomes {
		if f := outcomes[o]; f != nil {
			y.Outcomes = append(y.Outcomes, OutcomeFigure{Outcome: o, Figure: *f})
		}
	}

	for _, f := range y.figures() {
		sortItems(f.Items)
	}
	for i := range y.Outcomes {
		sortItems(y.Outcomes[i].Items)
	}
	return y
}

// figures returns pointers to every figure of y, for sorting.
func (y *YearFigures) figures() []*Figure {
	fs := []*Figure{
		&y.Started.Local, &y.Started.Normative, &y.Started.FollowUp,
		&y.InProgress.Local, &y.InProgress.Normative, &y.InProgress.FollowUp,
		&y.Decided.Local, &y.Decided.Normative, &y.Decided.FollowUp,
		&y.Handled, &y.Cancelled, &y.FollowUpsDue, &y.FollowUpsDone, &y.FollowedUp, &y.FollowUpsOverdue,
		&y.Thresholds, &y.DPIARequired, &y.DPIAPlanned, &y.DPIAOngoing, &y.DPIADone, &y.DPIAOpen,
		&y.CriticalUnclassified, &y.AheadOfProcurement,
	}
	for i := range y.Levels {
		fs = append(fs, &y.Levels[i])
	}
	return fs
}

// procurementAfter returns the first procurement or licence date of a
// within a year after day d (d itself included).
func procurementAfter(a *YearAsset, d Date) (Date, bool) {
	if a == nil {
		return Date{}, false
	}
	limit := d.AddMonths(12)
	var best Date
	for _, p := range a.ProcurementDates {
		if p.IsZero() || p.Before(d) || p.After(limit) {
			continue
		}
		if best.IsZero() || p.Before(best) {
			best = p
		}
	}
	return best, !best.IsZero()
}

func criticalText(a YearAsset) string {
	switch {
	case a.RSACritical && a.NIS2:
		return "RSA, NIS2"
	case a.RSACritical:
		return "RSA"
	}
	return "NIS2"
}

// sortItems orders items by asset name, then date.
func sortItems(items []ReviewItem) {
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].Asset != items[j].Asset {
			return items[i].Asset < items[j].Asset
		}
		return items[i].Date.Before(items[j].Date)
	})
}
