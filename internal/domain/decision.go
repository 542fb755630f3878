package domain

import (
	"errors"
	"fmt"
)

// DecisionBlockers lists what must be put right before the information
// owner can decide classification c of asset a: the blocking problems of
// the classification, a departure from the norm it was started from that
// lacks its reason or approval, information under säkerhetsskydd whose
// referral to the säkerhetsskyddschef is not recorded, and then the
// problems of threshold analysis t — or, when personal data is processed
// and no analysis is made, of the routine assessment of the need for a
// DPIA, which calls for the full analysis when it is doubtful or the
// flags point to it. It is the one list that the decision, the decision
// step and the protocol all go by.
func DecisionBlockers(a *Asset, c *Classification, t *ThresholdAnalysis, m *Model) []Problem {
	var out []Problem
	for _, p := range c.Problems(m) {
		if p.Blocking() {
			out = append(out, p)
		}
	}
	out = append(out, NormProblems(c, c.Norm, m)...)
	out = append(out, SecurityProblems(c)...)
	switch {
	case t == nil && (NeedsThreshold(c.InfoTypes) || a != nil && a.PersonalData):
		out = append(out, RoutineProblems(c)...)
	case t != nil:
		for _, p := range t.Problems() {
			out = append(out, Problem{Kind: ProblemThreshold, Format: p.Format, Args: p.Args, Message: p.Message})
		}
	}
	return out
}

// ErrDecided is returned for every write that would change a decided
// classification. A decided classification is the information owner's
// record of the meeting: it is changed only by starting a follow-up.
var ErrDecided = errors.New("klassningen är fastställd och låst; tryck Starta uppföljning för att ändra den – den fastställda versionen finns kvar")

// BlockedError is returned when a classification cannot be decided
// because of Blockers.
type BlockedError struct {
	Blockers []Problem
}

func (e *BlockedError) Error() string {
	if len(e.Blockers) == 1 {
		return fmt.Sprintf("klassningen kan inte fastställas: %s", e.Blockers[0].Message)
	}
	return fmt.Sprintf("klassningen kan inte fastställas: %d saker återstår, till exempel: %s", len(e.Blockers), e.Blockers[0].Message)
}

// OwnerDecision is what the information owner signs: who decided, on which
// day, and when the classification is next to be reviewed.
type OwnerDecision struct {
	By         string
	At         Date
	NextReview Date
}

// Complete returns d with the date and next review filled in where they
// are missing: today, and ReviewMonths after the decision. It reports an
// error when no one is named.
func (d OwnerDecision) Complete(today Date) (OwnerDecision, error) {
	d.By = NormalizeName(d.By)
	if d.By == "" {
		return d, ErrNoDecisionMaker
	}
	if d.At.IsZero() {
		d.At = today
	}
	if d.NextReview.IsZero() {
		d.NextReview = DefaultNextReview(d.At)
	}
	if !d.NextReview.After(d.At) {
		return d, Refuse("decision.review_before_decision", "nästa uppföljning (%s) måste ligga efter beslutsdatumet (%s)", d.NextReview, d.At)
	}
	return d, nil
}

// ErrNoDecisionMaker is returned when a decision names no one.
var ErrNoDecisionMaker = errors.New("skriv namnet på den informationsägare som fastställer klassningen")

// DecisionWarnings are what the information owner should know before a
// classification is decided, though they do not block it: the parked
// questions still open, and whether the threshold analysis requires a
// DPIA that has not started.
type DecisionWarnings struct {
	OpenParked     []string
	DPIANotStarted bool
}

// Any reports whether there is anything to warn about.
func (w DecisionWarnings) Any() bool { return len(w.OpenParked) > 0 || w.DPIANotStarted }

// WarningsBeforeDecision returns the warnings of a classification with
// the parked questions and threshold analysis t (nil: none).
func WarningsBeforeDecision(parked []ParkedQuestion, t *ThresholdAnalysis) DecisionWarnings {
	var w DecisionWarnings
	for _, q := range parked {
		if !q.Resolved {
			w.OpenParked = append(w.OpenParked, q.Text)
		}
	}
	w.DPIANotStarted = t != nil && t.FinalDecision().RequiresDPIA() && t.DPIAStatus == DPIANone
	return w
}
