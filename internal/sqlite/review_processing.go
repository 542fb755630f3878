package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// processings returns the processings made before the cutoff with their
// DPIAs rewound past every later edit, and the assets of exists each
// serves (links keep no history: as they are today).
func (r *rewinder) processings(ctx context.Context, tx *sql.Tx, exists map[int64]bool) ([]domain.YearProcessing, error) {
	all, err := loadProcessings(ctx, tx, 0)
	if err != nil {
		return nil, err
	}
	var out []domain.YearProcessing
	for _, p := range all {
		if !p.CreatedAt.Before(r.cutoff) {
			continue
		}
		v := func(field, now string) string { return r.value("processing", p.ID, field, now) }
		y := domain.YearProcessing{ID: p.ID, Name: v("name", p.Name), RecordRef: v("record_ref", p.RecordRef)}
		y.DPIA.Status = domain.DPIAStatus(v("dpia_status", string(p.DPIA.Status)))
		y.DPIA.Reason = v("dpia_reason", p.DPIA.Reason)
		y.DPIA.Reference = v("dpia_reference", p.DPIA.Reference)
		var errs [2]error
		y.DPIA.Date, errs[0] = parseOptionalDate(v("dpia_date", p.DPIA.Date.String()))
		y.DPIA.RiskAnalysis, errs[1] = parseOptionalDate(v("risk_analysis_on", p.DPIA.RiskAnalysis.String()))
		for _, err := range errs {
			if err != nil {
				return nil, fmt.Errorf("processing %d for the review: %w", p.ID, err)
			}
		}
		for _, a := range p.AssetIDs {
			if exists[a] {
				y.AssetIDs = append(y.AssetIDs, a)
			}
		}
		out = append(out, y)
	}
	return out, nil
}

func parseOptionalDate(s string) (domain.Date, error) {
	if s == "" {
		return domain.Date{}, nil
	}
	return domain.ParseDate(s)
}
