package app

import "github.com/infoklass/infoklass/internal/domain"

// The edits of an undecided classification. Each is one transaction;
// each is refused with domain.ErrDecided once the classification is
// decided, by the store.

// UpdateClassification stores c's date, kind, scope and the drafts of
// the decision's fields. It never decides: see Decide.
func (s *Service) UpdateClassification(c *domain.Classification) error {
	return s.db.UpdateClassification(s.ctx, c)
}

// AddParticipant adds p last among the participants of classification id.
func (s *Service) AddParticipant(id int64, p *domain.Participant) error {
	p.Name = domain.NormalizeName(p.Name)
	return s.db.AddParticipant(s.ctx, id, p)
}

// UpdateParticipant stores p's name and role.
func (s *Service) UpdateParticipant(p *domain.Participant) error {
	return s.db.UpdateParticipant(s.ctx, p)
}

// DeleteParticipant removes a participant.
func (s *Service) DeleteParticipant(id int64) error { return s.db.DeleteParticipant(s.ctx, id) }

// AddInfoType adds t last among the information types of classification id.
func (s *Service) AddInfoType(id int64, t *domain.InfoType) error {
	return s.db.AddInfoType(s.ctx, id, t)
}

// UpdateInfoType stores t's name, description and flags.
func (s *Service) UpdateInfoType(t *domain.InfoType) error { return s.db.UpdateInfoType(s.ctx, t) }

// MoveInfoType moves an information type up (-1) or down (+1).
func (s *Service) MoveInfoType(id int64, delta int) error { return s.db.MoveInfoType(s.ctx, id, delta) }

// DeleteInfoType removes an information type with its ratings.
func (s *Service) DeleteInfoType(id int64) error { return s.db.DeleteInfoType(s.ctx, id) }

// Rate stores the level and motivation of aspect a of information type
// id. The level must lie on the model's scale (0 clears it).
func (s *Service) Rate(id int64, a domain.Aspect, r domain.Rating) error {
	if _, ok := s.model.Aspect(a); !ok {
		return errUnknownAspect(a)
	}
	if r.Level < domain.Unset || r.Level > s.model.MaxLevel() {
		return errOutOfScale(r.Level, s.model)
	}
	return s.db.SetRating(s.ctx, id, a, r)
}

// Raise stores the group's raise of aspect a of classification id above
// its calculated level; nil removes it.
func (s *Service) Raise(id int64, a domain.Aspect, r *domain.Raise) error {
	if r != nil && r.Level > s.model.MaxLevel() {
		return errOutOfScale(r.Level, s.model)
	}
	return s.db.SetRaise(s.ctx, id, a, r)
}
