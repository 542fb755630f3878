package app

import (
	"context"

	"github.com/infoklass/infoklass/internal/xlsx"
)

// importRegister is what an import is matched against: the register as
// Register ranks it, so the preview's computed columns are the list's,
// and each asset's latest classification, threshold analysis,
// exclusions and fulfilments, and the processings with their assets.
func (s *Service) importRegister(ctx context.Context) (xlsx.Register, error) {
	sums, err := s.Register()
	if err != nil || len(sums) == 0 {
		return xlsx.Register{Summaries: sums}, err
	}
	r := xlsx.Register{Summaries: sums}
	if r.Latest, err = s.db.LatestClassifications(ctx); err != nil {
		return r, err
	}
	if r.Current, err = s.db.CurrentThresholds(ctx); err != nil {
		return r, err
	}
	if r.Excluded, err = s.db.AllRequirementExclusions(ctx); err != nil {
		return r, err
	}
	if r.Fulfilled, err = s.db.AllFulfilments(ctx); err != nil {
		return r, err
	}
	r.Processings, err = s.db.Processings(ctx)
	return r, err
}
