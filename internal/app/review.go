package app

import (
	"context"
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// ReviewCompared is how many years before the review's year it shows
// beside it; ReviewPlanYears how many years after it the plan covers.
const (
	ReviewCompared  = 2
	ReviewPlanYears = 3
)

// ReviewLocation is the time zone whose calendar years the review
// counts; the machine's own unless a test sets it.
var ReviewLocation = time.Local

// Review returns Ledningens genomgång for year: the year's figures as
// they stood at its end (today, for the current year) with the assets
// behind each, the two years before for comparison, ready-made
// sentences, the risks, and the plan for the three years after.
func (s *Service) Review(year int) (*domain.Review, error) {
	if year < 2000 || year > 2200 {
		return nil, domain.Refuse("review.year", "orimligt år %d", year)
	}
	reqs, err := s.reviewRequirements()
	if err != nil {
		return nil, err
	}
	var years []domain.YearFigures
	for y := year - ReviewCompared; y <= year; y++ {
		in, err := s.db.ReviewInput(s.ctx, y, ReviewLocation)
		if err != nil {
			return nil, fmt.Errorf("ledningens genomgång %d: %w", y, err)
		}
		in.Requirements, in.Model = reqs, s.model
		years = append(years, domain.ComputeYear(in))
	}
	plan, err := s.reviewPlan(year)
	if err != nil {
		return nil, err
	}
	return domain.NewReview(years, plan), nil
}

// reviewRequirements counts, for every asset with a decided
// classification, its applicable requirements by how they are met, as
// the register stands today: fulfilment keeps no history.
func (s *Service) reviewRequirements() ([]domain.AssetRequirements, error) {
	sums, err := s.Register()
	if err != nil {
		return nil, err
	}
	fs, err := s.db.AllFulfilments(s.ctx)
	if err != nil {
		return nil, err
	}
	ex, err := s.db.AllRequirementExclusions(s.ctx)
	if err != nil {
		return nil, err
	}
	cat := domain.Requirements()
	var out []domain.AssetRequirements
	for _, x := range sums {
		if x.DecidedAt.IsZero() {
			continue
		}
		r := domain.CountRequirements(cat, domain.ApplicabilityOf(x, s.model), fs[x.Asset.ID], ex[x.Asset.ID])
		r.AssetID = x.Asset.ID
		out = append(out, r)
	}
	return out, nil
}

// reviewPlan returns the plan for the years after year: what Årsplan
// has accepted, by quarter, and what is proposed, both those marked
// proposed and those due that the plan does not hold yet.
func (s *Service) reviewPlan(year int) ([]domain.PlanYear, error) {
	sums, err := s.Register()
	if err != nil {
		return nil, err
	}
	names := map[int64]string{}
	for _, sm := range sums {
		names[sm.Asset.ID] = sm.Asset.Name
	}
	var out []domain.PlanYear
	for y := year + 1; y <= year+ReviewPlanYears; y++ {
		items, err := s.db.PlanItems(s.ctx, y)
		if err != nil {
			return nil, err
		}
		p := domain.PlanYear{Year: y}
		item := func(it domain.PlanItem) domain.ReviewItem {
			return domain.ReviewItem{AssetID: it.AssetID, Asset: names[it.AssetID], Detail: it.Note}
		}
		for _, it := range items {
			switch it.State {
			case domain.PlanAccepted:
				p.Accepted[it.Quarter] = append(p.Accepted[it.Quarter], item(it))
			case domain.PlanProposed:
				p.Proposed = append(p.Proposed, item(it))
			}
		}
		if y == year+1 {
			// Today's list proposes for the coming year only; later
			// years hold what Årsplan has put there.
			for _, it := range domain.ProposePlan(sums, items, y) {
				p.Proposed = append(p.Proposed, item(it))
			}
		}
		for q := range p.Accepted {
			sortReviewItems(p.Accepted[q])
		}
		sortReviewItems(p.Proposed)
		out = append(out, p)
	}
	return out, nil
}

func sortReviewItems(items []domain.ReviewItem) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].Asset < items[j-1].Asset; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

// ExportReview writes Ledningens genomgång for year to the workbook at
// path: print-ready A4 sheets with the figures, the comparison, the
// sentences, the plan, the risks and the assets behind each figure.
func (s *Service) ExportReview(ctx context.Context, path string, year int) error {
	if err := s.checkTarget(path); err != nil {
		return err
	}
	r, err := s.Review(year)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return xlsx.WriteReview(path, r, xlsx.ReviewSource{Database: s.db.Path(), Made: s.Today(), Model: s.model})
}

// ISAMActivities returns the ISAM's own activities planned for year.
func (s *Service) ISAMActivities(ctx context.Context, year int) ([]string, error) {
	return s.db.ISAMActivities(ctx, year)
}

// SetISAMActivities replaces the ISAM's activities for year, one a line.
func (s *Service) SetISAMActivities(ctx context.Context, year int, acts []string) error {
	return s.db.SetISAMActivities(ctx, year, acts)
}
