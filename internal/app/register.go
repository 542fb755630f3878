package app

import "github.com/infoklass/infoklass/internal/domain"

// Register returns every asset with its latest classification's result,
// threshold outcome and status, ranked as on today: the prioritised
// list. It is the one place the list is ranked.
func (s *Service) Register() ([]domain.AssetSummary, error) {
	today := s.Today()
	sums, err := s.db.Summaries(s.ctx, today)
	if err != nil {
		return nil, err
	}
	unmet, err := s.UnmetCounts(sums)
	if err != nil {
		return nil, err
	}
	for i := range sums {
		sums[i].Unmet = unmet[sums[i].Asset.ID]
	}
	domain.Prioritize(sums, domain.Priorities(), s.model, today)
	return sums, nil
}
