package app

import "github.com/infoklass/infoklass/internal/domain"

// StartThreshold starts the threshold analysis of the workshop's
// classification c of asset a, with the current question set, as the
// asset's current analysis.
func (s *Service) StartThreshold(a *domain.Asset, c *domain.Classification) (*domain.ThresholdAnalysis, error) {
	t := domain.NewThresholdAnalysis(a.ID, c.ID, s.Today())
	t.Participants = domain.ParticipantList(c.Participants)
	if err := s.db.CreateThreshold(s.ctx, t); err != nil {
		return nil, err
	}
	return t, nil
}

// UpdateThreshold stores the analysis's own fields. Once its
// classification is decided, only the DPIA's status, date and reference
// may change.
func (s *Service) UpdateThreshold(t *domain.ThresholdAnalysis) error {
	return s.db.UpdateThreshold(s.ctx, t)
}

// Answer stores the answer and comment to question q of analysis id.
func (s *Service) Answer(id int64, q string, r domain.Response) error {
	return s.db.SetThresholdAnswer(s.ctx, id, q, r)
}
