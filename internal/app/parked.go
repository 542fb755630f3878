package app

import (
	"github.com/infoklass/infoklass/internal/domain"
)

// ParkQuestion sets a question aside in classification id's meeting.
func (s *Service) ParkQuestion(id int64, q *domain.ParkedQuestion) error {
	return s.db.ParkQuestion(s.ctx, id, q)
}

// UpdateParked stores a parked question's text and whether it is resolved.
func (s *Service) UpdateParked(q *domain.ParkedQuestion) error { return s.db.UpdateParked(s.ctx, q) }

// DeleteParked removes a parked question.
func (s *Service) DeleteParked(id int64) error { return s.db.DeleteParked(s.ctx, id) }
