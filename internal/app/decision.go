package app

import (
	"github.com/infoklass/infoklass/internal/domain"
)

// Blockers lists what must be put right before classification c of
// asset a can be decided, with threshold analysis t (nil for none).
func (s *Service) Blockers(a *domain.Asset, c *domain.Classification, t *domain.ThresholdAnalysis) []domain.Problem {
	return domain.DecisionBlockers(a, c, t, s.ModelOf(c))
}

// Decide records the information owner's decision on classification id:
// who decided, the date (today when missing) and the next review (12
// months on when missing). It fails with a *domain.BlockedError while
// anything blocks the decision, and with domain.ErrDecided when the
// classification is already decided. It is the only way a
// classification becomes decided.
func (s *Service) Decide(id int64, d domain.OwnerDecision) (domain.OwnerDecision, error) {
	d, err := d.Complete(s.Today())
	if err != nil {
		return d, err
	}
	return d, s.db.Decide(s.ctx, id, d, s.model)
}

// StartFollowUp starts a follow-up of decided classification c: a new,
// undecided classification from a copy of it, which carries over the
// parked questions not yet resolved. The decided one is kept. The
// follow-up is made in the database's model as it is now: when that is
// not c's, levels keep their place on the scale, and a level the new
// model cannot hold is left unset with a parked question that says what
// it was (domain.FitToModel).
func (s *Service) StartFollowUp(c *domain.Classification) (*domain.Classification, error) {
	if !c.Decided() {
		return nil, errNotDecided
	}
	from := s.ModelOf(c)
	n := domain.FollowUp(c, s.model, s.Today())
	dropped := domain.FitToModel(n, s.model)
	if err := s.db.CreateClassification(s.ctx, n); err != nil {
		return nil, err
	}
	if _, err := s.db.CarryParked(s.ctx, c.ID, n.ID); err != nil {
		return nil, err
	}
	for _, d := range dropped {
		if err := s.db.ParkQuestion(s.ctx, n.ID, &domain.ParkedQuestion{Text: d.Note(from, s.model)}); err != nil {
			return nil, err
		}
	}
	if c.Norm != nil { // a follow-up keeps the norm it departs from
		if err := s.CarryNorm(c.ID, n.ID); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// SetRoutine records the routine assessment of the need for a DPIA of
// undecided classification id: krävs, krävs inte or tveksamt, with a
// reason and, where the group is less cautious than the flags, the DSO's
// opinion. Tveksamt calls for the full threshold analysis before the
// decision.
func (s *Service) SetRoutine(id int64, r domain.RoutineAssessment) error {
	return s.db.SetRoutine(s.ctx, id, r)
}

// SetSecurityReferral records that the säkerhetsskyddschef was told of
// the information under säkerhetsskydd of undecided classification id;
// until then the decision waits. A zero date removes the record.
func (s *Service) SetSecurityReferral(id int64, r domain.SecurityReferral) error {
	if !r.On.IsZero() && r.On.After(s.Today()) {
		return domain.Refuse("referral.in_future", "datumet %s ligger efter i dag", r.On)
	}
	return s.db.SetSecurityReferral(s.ctx, id, r)
}

// DecisionWarnings returns what to tell the information owner before
// classification c is decided: its open parked questions, and a DPIA
// that threshold analysis t requires but that has not started.
func (s *Service) DecisionWarnings(c *domain.Classification, t *domain.ThresholdAnalysis) (domain.DecisionWarnings, error) {
	parked, err := s.db.ParkedQuestions(s.ctx, c.ID)
	if err != nil {
		return domain.DecisionWarnings{}, err
	}
	return domain.WarningsBeforeDecision(parked, t), nil
}
