package domain

import (
	"sort"
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

// YearProcessing is a processing of personal data, with its DPIA, as it
// stood at the end of a year.
type YearProcessing struct {
	ID        int64
	Name      string
	AssetIDs  []int64  // the assets it serves today: links keep no history
	Assets    []string // their names at the end of the year, set by ComputeYear
	RecordRef string
	DPIA      ProcessingDPIA
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
	// Model is the database's model, which the levels are numbered and
	// named in; required.
	Model           *Model
	Year            int
	AsOf            Date // the last day counted: 31 December, or today in the current year
	Assets          []YearAsset
	Classifications []YearClassification
	Thresholds      []YearThreshold
	Processings     []YearProcessing
	Events          []StatusEvent
	// Requirements are, for each asset with a decided classification,
	// how its applicable requirements stand. Their fulfilment has no
	// history, so they are as the register stands when counted.
	Requirements []AssetRequirements
}

// AssetRequirements counts an asset's applicable requirements by how
// they are met: Met (met, or excluded as not applicable with a reason),
// NotMet (not met, or partly met) and NotAssessed (no status yet).
type AssetRequirements struct {
	AssetID                  int64
	Met, NotMet, NotAssessed int
}

// RequirementCounts are the applicable requirements of every classified
// asset, counted by how they are met.
type RequirementCounts struct {
	Met, NotMet, NotAssessed int
}

// Total returns the number of requirements counted.
func (r RequirementCounts) Total() int { return r.Met + r.NotMet + r.NotAssessed }

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
	// Handled are the classifications of every kind decided in the
	// year or in progress at its end ("hanterats eller är i slutfasen");
	// HandledFollowUps are those of them that follow up an earlier
	// decided classification of the same asset ("varav uppföljningar").
	Handled, HandledFollowUps Figure
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
	// upp"): the decided part of HandledFollowUps.
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
	// DPIA. The DPIAs are counted per processing (behandling): DPIAPlanned
	// and DPIAOngoing are the processings whose DPIA is planned or ongoing
	// at the end of the year, DPIADone those whose DPIA was done in the
	// year (an item's Asset is the processing's name, Detail its
	// reference).
	DPIARequired, DPIAPlanned, DPIAOngoing, DPIADone Figure
	// DPIAWithRiskAnalysis are those of DPIADone whose risk analysis was
	// recorded done by the end of the year.
	DPIAWithRiskAnalysis Figure
	// DPIAOpen are the assets whose current analysis at the end of the
	// year requires a DPIA that none of their processings has done (or
	// found not required); Detail holds how far it has come.
	DPIAOpen Figure
	// Processings are every processing as it stood at the end of the
	// year, with its assets' names, by name.
	Processings []YearProcessing

	// Levels are the assets not cancelled by the highest effective level
	// of their latest decided classification at the end of the year;
	// Levels[0] are those without a decided classification. Model
	// numbers and names them.
	Levels [MaxScale + 1]Figure
	Model  *Model

	// Critical counts the assets that support activity critical to
	// society (RSA) or fall under NIS2; CriticalUnclassified are those of
	// them without a decided classification.
	Critical             int
	CriticalUnclassified Figure

	// AheadOfProcurement are the classifications decided in the year
	// within a year before a procurement or licence date of the asset.
	AheadOfProcurement Figure

	// RequirementsMet are the assets with a decided classification all
	// of whose applicable requirements are met; RequirementsNotMet those
	// with at least one not or only partly met; RequirementsNotAssessed
	// the rest, with at least one requirement not yet assessed. Detail
	// holds the asset's counts; RequirementCounts counts requirements.
	RequirementsMet, RequirementsNotMet, RequirementsNotAssessed Figure
	RequirementCounts                                            RequirementCounts

	// Due are, for each of the PlanYears years after the year, the
	// assets that fall due then by the register at the year's end.
	Due []Figure
}

// Classified returns the number of assets with a decided classification
// at the end of the year.
func (y *YearFigures) Classified() int {
	n := 0
	for l := 1; l <= MaxScale; l++ {
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

// ComputeYear returns the figures of in.Year from in, each counted by
// one function below from the same view of the year.
func ComputeYear(in YearInput) YearFigures {
	v := newYearView(in)
	y := YearFigures{Year: in.Year, AsOf: v.asOf, Model: in.Model}
	y.Started = v.started()
	y.InProgress = v.inProgress()
	y.Decided = v.decided()
	y.Handled, y.HandledFollowUps = v.handled()
	y.Cancelled = v.cancelled()
	y.FollowUpsDue, y.FollowUpsDone = v.followUpsDue()
	y.FollowedUp = v.followedUp()
	y.FollowUpsOverdue = v.followUpsOverdue()
	y.Thresholds, y.Outcomes, y.DPIARequired = v.thresholds()
	y.DPIAPlanned, y.DPIAOngoing = v.dpiasAtYearEnd()
	y.DPIADone, y.DPIAWithRiskAnalysis = v.dpiasDone()
	y.DPIAOpen = v.dpiasOpen()
	y.Processings = v.processings()
	y.Levels = v.levels()
	y.Critical, y.CriticalUnclassified = v.critical()
	y.AheadOfProcurement = v.aheadOfProcurement()
	y.RequirementsMet, y.RequirementsNotMet, y.RequirementsNotAssessed, y.RequirementCounts = v.requirements()
	y.Due = v.due()
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
		&y.Handled, &y.HandledFollowUps, &y.Cancelled, &y.FollowUpsDue, &y.FollowUpsDone, &y.FollowedUp, &y.FollowUpsOverdue,
		&y.Thresholds, &y.DPIARequired, &y.DPIAPlanned, &y.DPIAOngoing, &y.DPIADone, &y.DPIAWithRiskAnalysis, &y.DPIAOpen,
		&y.RequirementsMet, &y.RequirementsNotMet, &y.RequirementsNotAssessed,
		&y.CriticalUnclassified, &y.AheadOfProcurement,
	}
	for i := range y.Levels {
		fs = append(fs, &y.Levels[i])
	}
	for i := range y.Due {
		fs = append(fs, &y.Due[i])
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
