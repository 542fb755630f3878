package app

import "github.com/infoklass/infoklass/internal/domain"

// RequirementRow is one requirement an asset's levels trigger, with how
// the asset meets it.
type RequirementRow struct {
	Requirement domain.Requirement
	Fulfilment  domain.Fulfilment
}

// AnalysisRow is one aspect at level 4 that needs a separate protection
// analysis, with the record that it was done.
type AnalysisRow struct {
	Notice domain.SeparateAnalysis
	Record domain.AnalysisRecord
}

// Requirements returns the requirements that apply to the asset on the
// list (its effective levels, its personal data and flags), each with
// its fulfilment, and the separate analyses that its aspects at a level
// outside the catalogue need, each with its record.
func (s *Service) Requirements(sum domain.AssetSummary) ([]RequirementRow, []AnalysisRow, error) {
	assetID := sum.Asset.ID
	fs, err := s.db.Fulfilments(s.ctx, assetID)
	if err != nil {
		return nil, nil, err
	}
	recs, err := s.db.SeparateAnalyses(s.ctx, assetID)
	if err != nil {
		return nil, nil, err
	}
	var rows []RequirementRow
	for _, r := range domain.Requirements().For(domain.ApplicabilityOf(sum, s.model)) {
		f := fs[r.ID]
		f.RequirementID = r.ID
		rows = append(rows, RequirementRow{Requirement: r, Fulfilment: f})
	}
	var as []AnalysisRow
	for _, sa := range domain.SeparateAnalyses(sum.ModelOr(s.model), sum.Effective) {
		rec := recs[sa.Aspect]
		rec.Aspect = sa.Aspect
		as = append(as, AnalysisRow{Notice: sa, Record: rec})
	}
	return rows, as, nil
}

// Fulfilments returns how the asset meets each requirement, by ID.
func (s *Service) Fulfilments(assetID int64) (map[string]domain.Fulfilment, error) {
	return s.db.Fulfilments(s.ctx, assetID)
}

// SetFulfilment stores how the asset meets one requirement and its status.
func (s *Service) SetFulfilment(assetID int64, f domain.Fulfilment) error {
	return s.db.SetFulfilment(s.ctx, assetID, f)
}

// SetSeparateAnalysis records that a level-4 aspect's separate analysis
// was done (a zero date and no reference removes the record).
func (s *Service) SetSeparateAnalysis(assetID int64, rec domain.AnalysisRecord) error {
	return s.db.SetSeparateAnalysis(s.ctx, assetID, rec)
}

// UnmetCounts returns, per asset of sums, how many requirements its
// levels trigger that are Delvis or Ej uppfyllt — counted only at level 3
// or higher (domain.UnmetRequirements) — for PriorityInput.Unmet.
func (s *Service) UnmetCounts(sums []domain.AssetSummary) (map[int64]int, error) {
	all, err := s.db.AllFulfilments(s.ctx)
	if err != nil {
		return nil, err
	}
	out := map[int64]int{}
	cat := domain.Requirements()
	for _, x := range sums {
		if n := len(domain.UnmetRequirements(cat, domain.ApplicabilityOf(x, s.model), all[x.Asset.ID])); n > 0 {
			out[x.Asset.ID] = n
		}
	}
	return out, nil
}
