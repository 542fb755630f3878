package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// Fulfilments returns how the asset meets its requirements, by
// requirement ID. A requirement marked not applicable (the exclusions of
// SetRequirementExclusion) reads as Ej tillämpligt with its reason as the
// text: the two are one record.
func (s *DB) Fulfilments(ctx context.Context, assetID int64) (map[string]domain.Fulfilment, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[string]domain.Fulfilment, error) { return s.loadFulfilments(ctx, tx, assetID) })
}

func (s *DB) loadFulfilments(ctx context.Context, tx *sql.Tx, assetID int64) (map[string]domain.Fulfilment, error) {
	all, err := fulfilments(ctx, tx, "WHERE asset_id = ?", assetID)
	if err != nil {
		return nil, err
	}
	if all[assetID] == nil {
		return map[string]domain.Fulfilment{}, nil
	}
	return all[assetID], nil
}

// AllFulfilments returns every asset's fulfilments, by asset and requirement.
func (s *DB) AllFulfilments(ctx context.Context) (map[int64]map[string]domain.Fulfilment, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[int64]map[string]domain.Fulfilment, error) { return s.allFulfilments(ctx, tx) })
}

func (s *DB) allFulfilments(ctx context.Context, tx *sql.Tx) (map[int64]map[string]domain.Fulfilment, error) {
	return fulfilments(ctx, tx, "")
}

func fulfilments(ctx context.Context, q querier, where string, args ...any) (map[int64]map[string]domain.Fulfilment, error) {
	out := map[int64]map[string]domain.Fulfilment{}
	put := func(asset int64, f domain.Fulfilment) {
		if out[asset] == nil {
			out[asset] = map[string]domain.Fulfilment{}
		}
		out[asset][f.RequirementID] = f
	}
	rows, err := q.QueryContext(ctx, "SELECT asset_id, requirement_id, status, how FROM requirement_fulfilment "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("requirement fulfilment: %w", err)
	}
	for rows.Next() {
		var a int64
		var f domain.Fulfilment
		var status string
		if err := rows.Scan(&a, &f.RequirementID, &status, &f.How); err != nil {
			rows.Close()
			return nil, err
		}
		f.Status = domain.FulfilmentStatus(status)
		put(a, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = q.QueryContext(ctx, "SELECT asset_id, requirement_id, reason FROM requirement_exclusions "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("requirement exclusions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a int64
		f := domain.Fulfilment{Status: domain.FulfilNotApplicable}
		if err := rows.Scan(&a, &f.RequirementID, &f.How); err != nil {
			return nil, err
		}
		put(a, f)
	}
	return out, rows.Err()
}

// SetFulfilment stores how the asset meets requirement f.RequirementID,
// in one transaction with its history. Ej tillämpligt is stored as the
// requirement's exclusion with the text as its reason; any other status
// removes the exclusion. An unassessed status without text removes the
// record.
func (s *DB) SetFulfilment(ctx context.Context, assetID int64, f domain.Fulfilment) error {
	if err := f.Validate(); err != nil {
		return err
	}
	if f.RequirementID == "" {
		return fmt.Errorf("requirement fulfilment: no requirement")
	}
	f.How = strings.TrimSpace(f.How)
	if f.Status == domain.FulfilNotApplicable {
		f.How = domain.NormalizeName(f.How) // as SetRequirementExclusion stores reasons
	}
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, "SELECT id FROM assets WHERE id = ?", assetID).Scan(new(int64)); errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		all, err := fulfilments(ctx, tx, "WHERE asset_id = ? AND requirement_id = ?", assetID, f.RequirementID)
		if err != nil {
			return err
		}
		old := all[assetID][f.RequirementID]
		del := func(table string) error {
			_, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE asset_id = ? AND requirement_id = ?", assetID, f.RequirementID)
			return err
		}
		switch {
		case f.Status == domain.FulfilNotApplicable:
			if err = del("requirement_fulfilment"); err == nil {
				_, err = tx.ExecContext(ctx, `INSERT INTO requirement_exclusions (asset_id, requirement_id, reason) VALUES (?, ?, ?)
					ON CONFLICT (asset_id, requirement_id) DO UPDATE SET reason = excluded.reason`, assetID, f.RequirementID, f.How)
			}
		case f.Status == domain.FulfilUnknown && f.How == "":
			if err = del("requirement_exclusions"); err == nil {
				err = del("requirement_fulfilment")
			}
		default:
			if err = del("requirement_exclusions"); err == nil {
				_, err = tx.ExecContext(ctx, `INSERT INTO requirement_fulfilment (asset_id, requirement_id, status, how) VALUES (?, ?, ?, ?)
					ON CONFLICT (asset_id, requirement_id) DO UPDATE SET status = excluded.status, how = excluded.how`,
					assetID, f.RequirementID, string(f.Status), f.How)
			}
		}
		if err != nil {
			return fmt.Errorf("requirement %s of asset %d: %w", f.RequirementID, assetID, err)
		}
		if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
			return err
		}
		r := s.record(assetID, "requirement", 0)
		r.field(f.RequirementID+".fulfilment_status", string(old.Status), string(f.Status))
		r.field(f.RequirementID+".fulfilment_how", old.How, f.How)
		return r.write(ctx, tx)
	})
}

// SeparateAnalyses returns the asset's records of separate protection
// analyses, by aspect.
func (s *DB) SeparateAnalyses(ctx context.Context, assetID int64) (map[domain.Aspect]domain.AnalysisRecord, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[domain.Aspect]domain.AnalysisRecord, error) {
		return s.separateAnalyses(ctx, tx, assetID)
	})
}

func (s *DB) separateAnalyses(ctx context.Context, tx *sql.Tx, assetID int64) (map[domain.Aspect]domain.AnalysisRecord, error) {
	rows, err := tx.QueryContext(ctx, "SELECT aspect, done_on, reference FROM separate_analyses WHERE asset_id = ?", assetID)
	if err != nil {
		return nil, fmt.Errorf("separate analyses of asset %d: %w", assetID, err)
	}
	defer rows.Close()
	out := map[domain.Aspect]domain.AnalysisRecord{}
	for rows.Next() {
		var a, done string
		var r domain.AnalysisRecord
		if err := rows.Scan(&a, &done, &r.Reference); err != nil {
			return nil, err
		}
		r.Aspect = domain.Aspect(a)
		r.Date, _ = domain.ParseDate(done)
		out[r.Aspect] = r
	}
	return out, rows.Err()
}

// SetSeparateAnalysis records that the separate protection analysis of
// rec.Aspect was done on rec.Date, with a reference; a zero date and no
// reference removes the record.
func (s *DB) SetSeparateAnalysis(ctx context.Context, assetID int64, rec domain.AnalysisRecord) error {
	if !rec.Aspect.Valid() {
		return &Error{Code: CodeUnknownAspect, Args: []any{string(rec.Aspect)}}
	}
	rec.Reference = domain.NormalizeName(rec.Reference)
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		var old domain.AnalysisRecord
		var done string
		tx.QueryRowContext(ctx, "SELECT done_on, reference FROM separate_analyses WHERE asset_id = ? AND aspect = ?", assetID, string(rec.Aspect)).Scan(&done, &old.Reference)
		old.Date, _ = domain.ParseDate(done)
		var err error
		if rec.Date.IsZero() && rec.Reference == "" {
			_, err = tx.ExecContext(ctx, "DELETE FROM separate_analyses WHERE asset_id = ? AND aspect = ?", assetID, string(rec.Aspect))
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO separate_analyses (asset_id, aspect, done_on, reference) VALUES (?, ?, ?, ?)
				ON CONFLICT (asset_id, aspect) DO UPDATE SET done_on = excluded.done_on, reference = excluded.reference`,
				assetID, string(rec.Aspect), rec.Date.String(), rec.Reference)
		}
		if err != nil {
			return fmt.Errorf("separate analysis %s of asset %d: %w", rec.Aspect, assetID, err)
		}
		if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
			return err
		}
		r := s.record(assetID, "requirement", 0)
		r.field(string(rec.Aspect)+".separate_analysis", old.Date.String(), rec.Date.String())
		r.field(string(rec.Aspect)+".separate_analysis_ref", old.Reference, rec.Reference)
		return r.write(ctx, tx)
	})
}
