package app

import (
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// AddStarterTypes adds the starter library's types picks to
// classification id, each through AddInfoType, with its flags and its
// suggested floors as chosen levels without motivation, which the group
// confirms with a motivation or changes. A type whose name the
// classification already has, or that is picked twice, is added once.
// It returns the types added, in order, also when a later one fails.
func (s *Service) AddStarterTypes(id int64, picks []domain.StarterType) ([]domain.InfoType, error) {
	c, err := s.Classification(id)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(c.InfoTypes)+len(picks))
	for _, t := range c.InfoTypes {
		names = append(names, t.Name)
	}
	var added []domain.InfoType
	for _, p := range picks {
		if hasName(names, p.Name) {
			continue
		}
		t, err := p.InfoType(s.model)
		if err != nil {
			return added, err
		}
		if err := s.AddInfoType(id, &t); err != nil {
			return added, fmt.Errorf("%s: %w", t.Name, err)
		}
		added = append(added, t)
		names = append(names, t.Name)
	}
	return added, nil
}

func hasName(names []string, name string) bool {
	for _, n := range names {
		if domain.SameName(n, name) {
			return true
		}
	}
	return false
}
