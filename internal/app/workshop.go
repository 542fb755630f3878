package app

import "github.com/infoklass/infoklass/internal/domain"

// Workshop is what the classification meeting of one asset works on.
type Workshop struct {
	Asset          *domain.Asset
	Classification *domain.Classification    // the latest, started now if the asset had none
	Threshold      *domain.ThresholdAnalysis // the current analysis, nil before one is started
	Parked         []domain.ParkedQuestion
	Versions       int // how many classifications the asset has
}

// OpenWorkshop reads the latest classification of asset id and what
// belongs to it. An asset never classified gets a new, empty
// classification with its owner as the first participant.
func (s *Service) OpenWorkshop(id int64) (*Workshop, error) {
	a, err := s.db.Asset(s.ctx, id)
	if err != nil {
		return nil, err
	}
	c, err := s.db.LatestClassification(s.ctx, id)
	if err != nil {
		return nil, err
	}
	if c == nil {
		c = domain.NewClassification(id, s.model, s.Today())
		if a.OwnerName != "" {
			c.Participants = []domain.Participant{{Name: a.OwnerName, Role: domain.RoleOwner}}
		}
		if err := s.db.CreateClassification(s.ctx, c); err != nil {
			return nil, err
		}
	}
	w := &Workshop{Asset: a, Classification: c}
	if w.Parked, err = s.db.ParkedQuestions(s.ctx, c.ID); err != nil {
		return nil, err
	}
	if w.Threshold, err = s.db.CurrentThreshold(s.ctx, id); err != nil {
		return nil, err
	}
	if w.Versions, err = s.db.ClassificationCount(s.ctx, id); err != nil {
		return nil, err
	}
	return w, nil
}

// Classifications returns every classification of asset id, oldest first.
func (s *Service) Classifications(id int64) ([]domain.Classification, error) {
	return s.db.Classifications(s.ctx, id)
}

// Classification returns classification id with everything it holds.
func (s *Service) Classification(id int64) (*domain.Classification, error) {
	return s.db.Classification(s.ctx, id)
}

// ParkedQuestions returns the questions parked in classification id's meeting.
func (s *Service) ParkedQuestions(id int64) ([]domain.ParkedQuestion, error) {
	return s.db.ParkedQuestions(s.ctx, id)
}

// CurrentThreshold returns asset id's current threshold analysis, or nil.
func (s *Service) CurrentThreshold(id int64) (*domain.ThresholdAnalysis, error) {
	return s.db.CurrentThreshold(s.ctx, id)
}
