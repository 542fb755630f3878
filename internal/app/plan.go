package app

import "github.com/infoklass/infoklass/internal/domain"

// PlanItems returns the yearly plan of year.
func (s *Service) PlanItems(year int) ([]domain.PlanItem, error) { return s.db.PlanItems(s.ctx, year) }

// PlanYears returns the years that have a plan.
func (s *Service) PlanYears() ([]int, error) { return s.db.PlanYears(s.ctx) }

// SetPlanItems stores items of the yearly plan, in one transaction.
func (s *Service) SetPlanItems(items ...domain.PlanItem) error {
	return s.db.SetPlanItems(s.ctx, items...)
}

// RequirementExclusions returns the requirements marked not applicable
// for asset id, with the reasons.
func (s *Service) RequirementExclusions(id int64) (map[string]string, error) {
	return s.db.RequirementExclusions(s.ctx, id)
}

// SetRequirementExclusion marks requirement req not applicable for asset
// id with a reason, or applicable again with an empty reason.
func (s *Service) SetRequirementExclusion(id int64, req, reason string) error {
	return s.db.SetRequirementExclusion(s.ctx, id, req, reason)
}
