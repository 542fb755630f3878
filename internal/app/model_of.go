package app

import "github.com/infoklass/infoklass/internal/domain"

// ModelOf returns the model that classification c's levels are numbered
// and named in: every screen, export and document that shows one
// classification's levels asks this one function. Until classifications
// record their own model it is the database's; nil c gives the
// database's model too.
func (s *Service) ModelOf(c *domain.Classification) *domain.Model {
	_ = c
	return s.model
}
