package xlsx

import (
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// ErrProblems is returned by Plan when the preview has problems: then
// nothing is written.
var ErrProblems = errors.New("filen har fel; inget importerades")

// ErrNotMatched is returned by Plan for a preview that was not matched
// against the register it is applied to.
var ErrNotMatched = errors.New("förhandsgranskningen är inte jämförd med databasen")

func normalized(a domain.Asset) domain.Asset {
	a.Name = domain.NormalizeName(a.Name)
	a.CreatedAt, a.UpdatedAt = a.CreatedAt.UTC(), a.UpdatedAt.UTC()
	return a
}

// merge returns old with the fields the file gave.
func (it *Item) merge(old domain.Asset) domain.Asset {
	a := old
	v := it.Asset
	set := func(f field, apply func()) {
		if it.has[f] {
			apply()
		}
	}
	set(fDescription, func() { a.Description = v.Description })
	set(fKind, func() { a.Kind = v.Kind })
	set(fOwner, func() { a.OwnerName = v.OwnerName })
	set(fOwnerRole, func() { a.OwnerRole = v.OwnerRole })
	set(fObject, func() { a.ManagementObject = v.ManagementObject })
	set(fSystem, func() { a.System = v.System })
	set(fSupplier, func() { a.Supplier = v.Supplier })
	// Fastställd, Pågående and Uppföljning krävs follow from the
	// classification; only the statuses set by hand are taken as such.
	if it.has[fStatus] && (v.Status == domain.StatusNotStarted || v.Status == domain.StatusPlanned || v.Status == domain.StatusCancelled) {
		a.Status = v.Status
	}
	if it.has[fStatusReason] || a.Status == domain.StatusCancelled && v.StatusReason != "" {
		a.StatusReason = v.StatusReason
	}
	set(fProcurement, func() { a.ProcurementDate = v.ProcurementDate })
	set(fComment, func() { a.Notes = v.Notes })
	set(fPersonal, func() { a.PersonalData = v.PersonalData })
	set(fRSA, func() { a.RSACritical = v.RSACritical })
	set(fNIS2, func() { a.NIS2 = v.NIS2 })
	set(fAdjust, func() { a.PriorityAdjust = v.PriorityAdjust })
	set(fAdjustReason, func() { a.PriorityReason = v.PriorityReason })
	a.Normalize() // as the store will hold it, so the preview shows what is written
	return a
}

// Plan returns what the preview writes, as plain steps for the store to
// apply in one transaction: exactly the Changes of each item, as
// MatchOn found them. source names the file the levels of a hand-kept
// list came from.
func (p *Preview) Plan(source string, m *domain.Model) ([]domain.ImportStep, error) {
	if !p.OK() {
		return nil, ErrProblems
	}
	if !p.matched {
		return nil, ErrNotMatched
	}
	scale := ""
	if len(p.Scale) > 0 {
		scale = ScaleText(p.Scale, m)
		if p.opt.ScaleAs != "" {
			scale = p.opt.ScaleAs
		}
	}
	var steps []domain.ImportStep
	for _, it := range p.Items {
		if it.Action == Unchanged {
			continue
		}
		st := domain.ImportStep{Row: it.Row, Name: it.Asset.Name, Create: it.Action == Create,
			Merge: it.merge, UpdateAsset: it.plan.asset}
		if it.plan.class {
			it.planClassification(&st, m, source, scale, p.today)
		}
		if it.plan.threshold {
			t := *it.Threshold
			st.Threshold = &t
		}
		for _, id := range it.plan.fulfil {
			st.Fulfilments = append(st.Fulfilments, it.Fulfilments[id])
		}
		for _, id := range it.plan.exclusions {
			st.Exclusions = append(st.Exclusions, domain.Exclusion{RequirementID: id, Reason: it.Exclusions[id]})
		}
		steps = append(steps, st)
	}
	return steps, nil
}

// planClassification puts what the item brings of a classification in
// st: an export's information types, undecided, with the decision to be
// taken through the decision rule; or a list's levels and date as a
// classification from a hand-kept list; or a list's levels without a
// date as a classification to be worked on.
func (it *Item) planClassification(st *domain.ImportStep, m *domain.Model, source, scale string, today domain.Date) {
	if !it.Scaled {
		scale = "" // the scale note only where the scale was used
	}
	if len(it.Types) == 0 && !it.Classified.IsZero() {
		if it.Classified.After(today) {
			return // named as not applied by the preview
		}
		st.Earlier = &domain.EarlierClassification{Date: it.Classified, Levels: map[domain.Aspect]domain.Level{},
			NextReview: it.NextReview, Source: source, Row: it.Row, Scale: scale}
		for asp, l := range it.Levels {
			if l != domain.Unset {
				st.Earlier.Levels[asp] = l
			}
		}
		return
	}
	c := it.classification(m, source, scale, today)
	if c == nil {
		return
	}
	st.Classification, st.Parked = c, nil
	if it.plan.parked {
		st.Parked = append(st.Parked, it.Parked...)
	}
	if it.plan.decide {
		st.Decision = &domain.OwnerDecision{By: it.DecidedBy, At: it.DecidedAt, NextReview: it.reviewAt()}
	}
}

// classification returns the undecided classification the item brings,
// or nil: the information types of an Infoklass export, or else the
// levels of a list as one information type, with no motivation (the
// source is named in the type's description).
func (it *Item) classification(m *domain.Model, source, scale string, today domain.Date) *domain.Classification {
	var c *domain.Classification
	switch {
	case len(it.Types) > 0:
		c = domain.NewClassification(0, m, it.ClassDate)
		c.Kind = it.ClassKind
		c.InfoTypes = it.Types
		c.Scope = it.Scope
		c.Participants = it.Participants
		c.Routine, c.Security = it.Routine, it.Security
	case len(it.Levels) > 0:
		c = domain.NewClassification(0, m, today)
		desc := fmt.Sprintf("Nivåerna lästes från %s, rad %d; motivera dem i workshopen.", source, it.Row)
		if scale != "" {
			desc += " Nivåskalan i filen översattes så: " + scale + "."
		}
		t := domain.InfoType{Name: "Hela tillgången (importerad)", Description: desc, Ratings: map[domain.Aspect]domain.Rating{}}
		for asp, l := range it.Levels {
			if l != domain.Unset {
				t.Ratings[asp] = domain.Rating{Level: l}
			}
		}
		c.InfoTypes = []domain.InfoType{t}
	default:
		return nil
	}
	// An export names its raises; what the types and the raises do not
	// explain of the effective levels was raised too.
	for asp, r := range it.Raises {
		c.Raises[asp] = r
	}
	res := c.Result(m)
	for asp, l := range it.Levels {
		if _, named := it.Raises[asp]; !named && l > res.Aspect(asp).Calculated && len(it.Types) > 0 {
			c.Raises[asp] = domain.Raise{Level: l, Reason: domain.RaiseOther, Explanation: "Höjd nivå enligt importerad lista."}
		}
	}
	return c
}

func sameThreshold(cur, t *domain.ThresholdAnalysis) bool {
	return cur != nil && len(thresholdEdits(cur, t)) == 0
}
