package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// ISAMActivities returns the ISAM's activities for year, in order.
func (s *DB) ISAMActivities(ctx context.Context, year int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT text FROM isam_activities WHERE year = ? ORDER BY position", year)
	if err != nil {
		return nil, fmt.Errorf("aktiviteter %d: %w", year, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// SetISAMActivities replaces the activities of year with acts, in order,
// blank ones left out, in one transaction kept in the history.
func (s *DB) SetISAMActivities(ctx context.Context, year int, acts []string) error {
	if year < 2000 || year > 2200 {
		return fmt.Errorf("orimligt år %d", year)
	}
	old, err := s.ISAMActivities(ctx, year)
	if err != nil {
		return err
	}
	var clean []string
	for _, a := range acts {
		if a = strings.TrimSpace(a); a != "" {
			clean = append(clean, a)
		}
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM isam_activities WHERE year = ?", year); err != nil {
			return err
		}
		for i, a := range clean {
			if _, err := tx.ExecContext(ctx, "INSERT INTO isam_activities (year, position, text) VALUES (?, ?, ?)", year, i+1, a); err != nil {
				return fmt.Errorf("aktivitet %d för %d: %w", i+1, year, err)
			}
		}
		r := s.record(0, "activities", int64(year))
		r.field("activities", strings.Join(old, "\n"), strings.Join(clean, "\n"))
		return r.write(ctx, tx)
	})
}

// SetDPIARiskAnalysis records when the risk analysis of the DPIA of
// threshold analysis id was done and where it is found; a zero date
// removes the record.
func (s *DB) SetDPIARiskAnalysis(ctx context.Context, id int64, on domain.Date, reference string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var assetID int64
		var oldOn, oldRef string
		if err := tx.QueryRowContext(ctx, "SELECT asset_id FROM threshold_analyses WHERE id = ?", id).Scan(&assetID); err != nil {
			return fmt.Errorf("tröskelanalys %d: %w", id, err)
		}
		tx.QueryRowContext(ctx, "SELECT done_on, reference FROM dpia_risk_analyses WHERE threshold_id = ?", id).Scan(&oldOn, &oldRef)
		var err error
		if on.IsZero() {
			_, err = tx.ExecContext(ctx, "DELETE FROM dpia_risk_analyses WHERE threshold_id = ?", id)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO dpia_risk_analyses (threshold_id, done_on, reference) VALUES (?, ?, ?)
				ON CONFLICT (threshold_id) DO UPDATE SET done_on = excluded.done_on, reference = excluded.reference`,
				id, on.String(), strings.TrimSpace(reference))
		}
		if err != nil {
			return err
		}
		r := s.record(assetID, "threshold", id)
		r.field("dpia_risk_analysis", oldOn, on.String())
		r.field("dpia_risk_reference", oldRef, strings.TrimSpace(reference))
		return r.write(ctx, tx)
	})
}

// dpiaRiskAnalyses returns the risk analyses done by last, by threshold
// analysis ID.
func dpiaRiskAnalyses(ctx context.Context, tx *sql.Tx, last domain.Date) (map[int64]domain.Date, error) {
	rows, err := tx.QueryContext(ctx, "SELECT threshold_id, done_on FROM dpia_risk_analyses WHERE done_on <= ?", last.String())
	if err != nil {
		return nil, fmt.Errorf("riskanalyser: %w", err)
	}
	defer rows.Close()
	out := map[int64]domain.Date{}
	for rows.Next() {
		var id int64
		var on string
		if err := rows.Scan(&id, &on); err != nil {
			return nil, err
		}
		if d, err := domain.ParseDate(on); err == nil {
			out[id] = d
		}
	}
	return out, rows.Err()
}

// DPIARiskAnalysis returns when the risk analysis of the DPIA of
// threshold analysis id was done and its reference; a zero date if none
// is recorded.
func (s *DB) DPIARiskAnalysis(ctx context.Context, id int64) (domain.Date, string, error) {
	var on, ref string
	err := s.db.QueryRowContext(ctx, "SELECT done_on, reference FROM dpia_risk_analyses WHERE threshold_id = ?", id).Scan(&on, &ref)
	if errors.Is(err, sql.ErrNoRows) {
		return domain.Date{}, "", nil
	}
	if err != nil {
		return domain.Date{}, "", fmt.Errorf("riskanalys %d: %w", id, err)
	}
	d, err := domain.ParseDate(on)
	return d, ref, err
}
