package app

import "github.com/infoklass/infoklass/internal/domain"

// ModelChange is what a change of the database's model did: the model
// before and after, and the classifications that keep the model they
// were made under, decided and ongoing.
type ModelChange struct {
	From, To         *domain.Model
	Decided, Ongoing int
	Unchanged        bool // the same model and version: nothing was written
}

// ChangeModel makes m the database's classification model. The new
// model is recorded (once per id and version, in the models table) with
// an entry in the history; no classification is touched. A decided
// classification keeps its model and version forever; an ongoing one
// keeps its model too and is finished in it. Classifications created
// afterwards, follow-ups included, are made in m (see StartFollowUp).
func (s *Service) ChangeModel(m *domain.Model) (ModelChange, error) {
	ch := ModelChange{From: s.model, To: m}
	if s.model != nil && m.ID == s.model.ID && m.Version == s.model.Version {
		ch.Unchanged = true
		return ch, nil
	}
	var err error
	if ch.Decided, ch.Ongoing, err = s.db.ModelUse(s.ctx); err != nil {
		return ch, err
	}
	if err := s.db.SetModel(s.ctx, m); err != nil {
		return ch, err
	}
	s.model = s.db.Model()
	return ch, nil
}
