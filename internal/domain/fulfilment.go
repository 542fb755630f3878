package domain

import (
	"fmt"
	"strings"
)

// FulfilmentStatus says how far the asset meets one requirement.
type FulfilmentStatus string

// The statuses of a requirement's fulfilment. FulfilUnknown means not yet
// assessed.
const (
	FulfilUnknown       FulfilmentStatus = ""
	FulfilMet           FulfilmentStatus = "uppfyllt"
	FulfilPartly        FulfilmentStatus = "delvis"
	FulfilNotMet        FulfilmentStatus = "ej_uppfyllt"
	FulfilNotApplicable FulfilmentStatus = "ej_tillampligt"
)

// FulfilmentStatuses lists the statuses in display order.
var FulfilmentStatuses = []FulfilmentStatus{FulfilUnknown, FulfilMet, FulfilPartly, FulfilNotMet, FulfilNotApplicable}

// Label returns the status in Swedish.
func (s FulfilmentStatus) Label() string {
	switch s {
	case FulfilMet:
		return "Uppfyllt"
	case FulfilPartly:
		return "Delvis"
	case FulfilNotMet:
		return "Ej uppfyllt"
	case FulfilNotApplicable:
		return "Ej tillämpligt"
	}
	return "Ej bedömt"
}

// Valid reports whether s is one of the statuses.
func (s FulfilmentStatus) Valid() bool {
	for _, x := range FulfilmentStatuses {
		if s == x {
			return true
		}
	}
	return false
}

// Unmet reports whether the status says the requirement is not (fully) met.
func (s FulfilmentStatus) Unmet() bool { return s == FulfilPartly || s == FulfilNotMet }

// ParseFulfilmentStatus reads a status as a workbook or a person writes
// it: the label or the code, in any case, "ej tillämplig" too; an empty
// cell or "Ej bedömt" is FulfilUnknown.
func ParseFulfilmentStatus(s string) (FulfilmentStatus, bool) {
	k := strings.ToLower(NormalizeName(s))
	k = strings.NewReplacer("_", " ", "-", " ").Replace(k)
	switch k {
	case "", "ej bedömt", "ej bedomt":
		return FulfilUnknown, true
	case "uppfyllt", "uppfylld", "ja":
		return FulfilMet, true
	case "delvis", "delvis uppfyllt":
		return FulfilPartly, true
	case "ej uppfyllt", "ej uppfylld", "inte uppfyllt", "nej":
		return FulfilNotMet, true
	case "ej tillämpligt", "ej tillämplig", "ej tillampligt", "ej tillamplig", "inte tillämpligt":
		return FulfilNotApplicable, true
	}
	return FulfilUnknown, false
}

// Fulfilment is how the asset meets one requirement: "Hur uppfylls
// kravet" in words, and the status.
type Fulfilment struct {
	RequirementID string
	How           string
	Status        FulfilmentStatus
}

// Validate checks a fulfilment before it is stored: a known status, and
// for Ej tillämpligt the reason in How.
func (f Fulfilment) Validate() error {
	if !f.Status.Valid() {
		return Refuse("requirement.unknown_status", "okänd status %q för krav %s", f.Status, f.RequirementID)
	}
	if f.Status == FulfilNotApplicable && NormalizeName(f.How) == "" {
		return fmt.Errorf("krav %s ej tillämpligt: %w", f.RequirementID, ErrReasonRequired)
	}
	return nil
}

// UnmetLevel is the overall level from which unmet requirements count
// on the prioritised list.
const UnmetLevel Level = 3

// UnmetRequirements returns, in catalogue order, the requirements that
// effective levels trigger in catalogue c and that fs (by requirement ID)
// marks Delvis or Ej uppfyllt — but only when some effective level is
// UnmetLevel or higher; otherwise nil.
func UnmetRequirements(c *Catalogue, a Applicability, fs map[string]Fulfilment) []Requirement {
	high := false
	for _, l := range a.Effective {
		if l >= UnmetLevel {
			high = true
		}
	}
	if !high {
		return nil
	}
	var out []Requirement
	for _, r := range c.For(a) {
		if fs[r.ID].Status.Unmet() {
			out = append(out, r)
		}
	}
	return out
}

// AnalysisRecord records that the separate protection analysis an aspect
// at level 4 needs has been done: when, and where it is found.
type AnalysisRecord struct {
	Aspect    Aspect
	Date      Date
	Reference string
}

// Done reports whether the analysis is recorded as done.
func (r AnalysisRecord) Done() bool { return !r.Date.IsZero() }

// Text says in Swedish that the analysis was done, as in
// "Särskild skyddsanalys gjord 2026-03-01 (dnr KS 2026/14)."
func (r AnalysisRecord) Text() string {
	if !r.Done() {
		return "Särskild skyddsanalys är inte gjord."
	}
	if NormalizeName(r.Reference) == "" {
		return fmt.Sprintf("Särskild skyddsanalys gjord %s.", r.Date)
	}
	return fmt.Sprintf("Särskild skyddsanalys gjord %s (%s).", r.Date, NormalizeName(r.Reference))
}

// CountRequirements counts the requirements of catalogue c that apply to
// an asset (a) by how they are met: met, or excluded as not applicable
// (excluded holds the IDs with their reasons); not or partly met; and
// not yet assessed.
func CountRequirements(c *Catalogue, a Applicability, fs map[string]Fulfilment, excluded map[string]string) AssetRequirements {
	out := AssetRequirements{}
	for _, r := range c.For(a) {
		_, ex := excluded[r.ID]
		switch st := fs[r.ID].Status; {
		case st == FulfilMet || st == FulfilNotApplicable || ex && st == FulfilUnknown:
			out.Met++
		case st.Unmet():
			out.NotMet++
		default:
			out.NotAssessed++
		}
	}
	return out
}
