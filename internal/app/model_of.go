package app

import "github.com/infoklass/infoklass/internal/domain"

// ModelOf returns the model that classification c's levels are numbered
// and named in: the one c was made under (ClassificationModel), or the
// database's for nil c or when that model cannot be read. Every screen,
// export and document that shows one classification's levels asks this
// one function.
func (s *Service) ModelOf(c *domain.Classification) *domain.Model {
	if c == nil {
		return s.model
	}
	m, err := s.ClassificationModel(c)
	if err != nil || m == nil {
		return s.model
	}
	return m
}
