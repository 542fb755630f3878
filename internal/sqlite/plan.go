package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/infoklass/infoklass/internal/domain"
)

// SetStatus sets an asset's manual status with its reason; avbruten
// needs a reason. The change is kept in the history with date and user.
func (s *DB) SetStatus(ctx context.Context, assetID int64, status domain.Status, reason string) error {
	if err := domain.ValidateStatus(status, reason); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		a, err := s.asset(ctx, tx, assetID)
		if err != nil {
			return err
		}
		a.Status, a.StatusReason = status, reason
		return s.updateAsset(ctx, tx, a)
	})
}

// PlanItems returns the yearly plan of year, in no particular order.
func (s *DB) PlanItems(ctx context.Context, year int) ([]domain.PlanItem, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.PlanItem, error) { return s.planItems(ctx, tx, year) })
}

func (s *DB) planItems(ctx context.Context, tx *sql.Tx, year int) ([]domain.PlanItem, error) {
	rows, err := tx.QueryContext(ctx, "SELECT year, asset_id, state, quarter, note FROM plan_items WHERE year = ?", year)
	if err != nil {
		return nil, fmt.Errorf("plan %d: %w", year, err)
	}
	defer rows.Close()
	var out []domain.PlanItem
	for rows.Next() {
		var p domain.PlanItem
		var state string
		if err := rows.Scan(&p.Year, &p.AssetID, &state, &p.Quarter, &p.Note); err != nil {
			return nil, err
		}
		p.State = domain.PlanState(state)
		out = append(out, p)
	}
	return out, rows.Err()
}

// PlanYears returns the years that have a plan, newest first.
func (s *DB) PlanYears(ctx context.Context) ([]int, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]int, error) { return s.planYears(ctx, tx) })
}

func (s *DB) planYears(ctx context.Context, tx *sql.Tx) ([]int, error) {
	rows, err := tx.QueryContext(ctx, "SELECT DISTINCT year FROM plan_items ORDER BY year DESC")
	if err != nil {
		return nil, fmt.Errorf("plan years: %w", err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var y int
		rows.Scan(&y)
		out = append(out, y)
	}
	return out, rows.Err()
}

// SetPlanItems stores plan items, each replacing the asset's item for
// its year, in one transaction. A moved item also proposes the asset for
// the year after.
func (s *DB) SetPlanItems(ctx context.Context, items ...domain.PlanItem) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		for _, p := range items {
			if err := p.Validate(); err != nil {
				return err
			}
			var oldState string
			var oldQuarter int
			tx.QueryRowContext(ctx, "SELECT state, quarter FROM plan_items WHERE year = ? AND asset_id = ?", p.Year, p.AssetID).Scan(&oldState, &oldQuarter)
			if _, err := tx.ExecContext(ctx, `INSERT INTO plan_items (year, asset_id, state, quarter, note) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (year, asset_id) DO UPDATE SET state = excluded.state, quarter = excluded.quarter, note = excluded.note`,
				p.Year, p.AssetID, string(p.State), p.Quarter, p.Note); err != nil {
				return fmt.Errorf("plan %d, asset %d: %w", p.Year, p.AssetID, err)
			}
			if p.State == domain.PlanMoved {
				if _, err := tx.ExecContext(ctx, `INSERT INTO plan_items (year, asset_id, state) VALUES (?, ?, 'foreslagen')
					ON CONFLICT (year, asset_id) DO NOTHING`, p.Year+1, p.AssetID); err != nil {
					return fmt.Errorf("plan %d, asset %d: %w", p.Year+1, p.AssetID, err)
				}
			}
			r := s.record(p.AssetID, "plan", int64(p.Year))
			r.field("plan", planText(oldState, oldQuarter), planText(string(p.State), p.Quarter), strconv.Itoa(p.Year))
			if err := r.write(ctx, tx); err != nil {
				return err
			}
		}
		return nil
	})
}

func planText(state string, quarter int) string {
	if state == "" {
		return ""
	}
	if quarter > 0 {
		return fmt.Sprintf("%s Q%d", state, quarter)
	}
	return state
}

// RequirementExclusions returns the asset's requirements marked not
// applicable, with their reasons, by requirement ID.
func (s *DB) RequirementExclusions(ctx context.Context, assetID int64) (map[string]string, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[string]string, error) { return s.requirementExclusions(ctx, tx, assetID) })
}

func (s *DB) requirementExclusions(ctx context.Context, tx *sql.Tx, assetID int64) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT requirement_id, reason FROM requirement_exclusions WHERE asset_id = ?", assetID)
	if err != nil {
		return nil, fmt.Errorf("requirement exclusions: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, reason string
		rows.Scan(&id, &reason)
		out[id] = reason
	}
	return out, rows.Err()
}

// AllRequirementExclusions returns every asset's exclusions, by asset.
func (s *DB) AllRequirementExclusions(ctx context.Context) (map[int64]map[string]string, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[int64]map[string]string, error) { return s.allRequirementExclusions(ctx, tx) })
}

func (s *DB) allRequirementExclusions(ctx context.Context, tx *sql.Tx) (map[int64]map[string]string, error) {
	rows, err := tx.QueryContext(ctx, "SELECT asset_id, requirement_id, reason FROM requirement_exclusions")
	if err != nil {
		return nil, fmt.Errorf("requirement exclusions: %w", err)
	}
	defer rows.Close()
	out := map[int64]map[string]string{}
	for rows.Next() {
		var a int64
		var id, reason string
		rows.Scan(&a, &id, &reason)
		if out[a] == nil {
			out[a] = map[string]string{}
		}
		out[a][id] = reason
	}
	return out, rows.Err()
}

// SetRequirementExclusion marks requirement id not applicable for the
// asset, with a reason; an empty reason makes it apply again.
func (s *DB) SetRequirementExclusion(ctx context.Context, assetID int64, id, reason string) error {
	reason = domain.NormalizeName(reason)
	return s.write(ctx, func(tx *sql.Tx) error {
		var old string
		tx.QueryRowContext(ctx, "SELECT reason FROM requirement_exclusions WHERE asset_id = ? AND requirement_id = ?", assetID, id).Scan(&old)
		var err error
		if reason == "" {
			_, err = tx.ExecContext(ctx, "DELETE FROM requirement_exclusions WHERE asset_id = ? AND requirement_id = ?", assetID, id)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO requirement_exclusions (asset_id, requirement_id, reason) VALUES (?, ?, ?)
				ON CONFLICT (asset_id, requirement_id) DO UPDATE SET reason = excluded.reason`, assetID, id, reason)
		}
		if err != nil {
			return fmt.Errorf("requirement %s of asset %d: %w", id, assetID, err)
		}
		r := s.record(assetID, "requirement", 0)
		r.field("excluded", old, reason, id)
		return r.write(ctx, tx)
	})
}
