package app

import "github.com/infoklass/infoklass/internal/xlsx"

// importRegister is what an import is matched against: the register as
// Register ranks it, so the preview's computed columns are the list's,
// and each asset's latest classification, threshold analysis,
// exclusions and fulfilments.
func (s *Service) importRegister() (xlsx.Register, error) {
	sums, err := s.Register()
	if err != nil || len(sums) == 0 {
		return xlsx.Register{Summaries: sums}, err
	}
	r := xlsx.Register{Summaries: sums}
	if r.Latest, err = s.db.LatestClassifications(); err != nil {
		return r, err
	}
	if r.Current, err = s.db.CurrentThresholds(); err != nil {
		return r, err
	}
	if r.Excluded, err = s.db.AllRequirementExclusions(); err != nil {
		return r, err
	}
	r.Fulfilled, err = s.db.AllFulfilments()
	return r, err
}
