package domain

import (
	"time"
)

// PlanState is where an asset stands in a yearly plan.
type PlanState string

// The plan states.
const (
	PlanProposed PlanState = "foreslagen"
	PlanAccepted PlanState = "accepterad"
	PlanMoved    PlanState = "flyttad" // to the following year
)

// Label returns the state in Swedish.
func (s PlanState) Label() string {
	switch s {
	case PlanProposed:
		return "Föreslagen"
	case PlanAccepted:
		return "Accepterad"
	case PlanMoved:
		return "Flyttad till nästa år"
	}
	return string(s)
}

// PlanItem is one asset in the plan for a year ("Plan för år N").
type PlanItem struct {
	Year    int
	AssetID int64
	State   PlanState
	Quarter int // 1–4 when planned, 0 when not yet
	Note    string
}

// Validate checks the item.
func (p PlanItem) Validate() error {
	switch {
	case p.Year < 2000 || p.Year > 2200:
		return Refuse("plan.year", "orimligt år %d", p.Year)
	case p.Quarter < 0 || p.Quarter > 4:
		return Refuse("plan.quarter", "kvartal måste vara 1–4")
	case p.State != PlanProposed && p.State != PlanAccepted && p.State != PlanMoved:
		return Refuse("plan.unknown_state", "okänt planläge %q", p.State)
	}
	return nil
}

// DueIn reports whether an asset belongs in the plan for year: its next
// review or its procurement falls in the year (or before it, not yet
// done), it has never been classified and is not cancelled, or it is
// planned or ongoing.
func DueIn(s AssetSummary, year int) bool {
	if s.Status == StatusCancelled {
		return false
	}
	end := NewDate(year, 12, 31)
	switch {
	case !s.NextReview.IsZero() && !s.NextReview.After(end):
		return true
	case !s.Asset.ProcurementDate.IsZero() && s.Asset.ProcurementDate.Year() == year:
		return true
	case !s.Classified():
		return true
	}
	return s.Status == StatusPlanned || s.Status == StatusOngoing || s.Status == StatusReview
}

// ProposePlan returns the assets due in year that the plan does not
// hold yet, in list order, as proposed items.
func ProposePlan(sums []AssetSummary, existing []PlanItem, year int) []PlanItem {
	have := map[int64]bool{}
	for _, p := range existing {
		have[p.AssetID] = true
	}
	var out []PlanItem
	for _, s := range sums {
		if !have[s.Asset.ID] && DueIn(s, year) {
			out = append(out, PlanItem{Year: year, AssetID: s.Asset.ID, State: PlanProposed})
		}
	}
	return out
}

// DueReason says in Swedish why asset s is in the plan for year, with
// the date that makes it due (zero when none does): its review, its
// procurement, that it was never classified, or its status.
func DueReason(s AssetSummary, year int) (string, Date) {
	switch {
	case !s.NextReview.IsZero() && s.NextReview.Year() <= year:
		return "Uppföljning", s.NextReview
	case !s.Asset.ProcurementDate.IsZero() && s.Asset.ProcurementDate.Year() == year:
		return "Upphandling/licens", s.Asset.ProcurementDate
	case !s.Classified():
		return "Aldrig klassad", Date{}
	}
	return s.Status.Label(), Date{}
}

// QuarterEnd returns the last day of quarter q (1–4) of year, or the
// zero Date for no quarter.
func QuarterEnd(year, q int) Date {
	if q < 1 || q > 4 {
		return Date{}
	}
	return NewDate(year, time.Month(3*q), 1).AddMonths(1).AddDays(-1)
}
