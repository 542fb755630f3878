package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"

	"github.com/infoklass/infoklass/internal/domain"
)

// This file holds the processings of personal data (behandlingar) and
// their DPIAs, and which assets each serves. A processing's history is
// recorded under entity "processing" with asset 0 (it spans assets); a
// link or an unlink is recorded on the asset.

const processingColumns = `id, name, purpose, record_ref, unit, dpia_status, dpia_reason, dpia_date, dpia_reference,
	risk_analysis_on, created_at, updated_at`

func scanProcessing(row interface{ Scan(...any) error }) (*domain.Processing, error) {
	var p domain.Processing
	var status, date, risk, created, updated string
	if err := row.Scan(&p.ID, &p.Name, &p.Purpose, &p.RecordRef, &p.Unit, &status, &p.DPIA.Reason, &date,
		&p.DPIA.Reference, &risk, &created, &updated); err != nil {
		return nil, err
	}
	p.DPIA.Status = domain.DPIAStatus(status)
	p.DPIA.Date, _ = domain.ParseDate(date)
	p.DPIA.RiskAnalysis, _ = domain.ParseDate(risk)
	p.CreatedAt, p.UpdatedAt = parseTimestamp(created), parseTimestamp(updated)
	return &p, nil
}

// Processings returns every processing with the assets it serves, by name.
func (s *DB) Processings(ctx context.Context) ([]domain.Processing, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.Processing, error) { return loadProcessings(ctx, tx, 0) })
}

// AssetProcessings returns the processings asset assetID serves, by name.
func (s *DB) AssetProcessings(ctx context.Context, assetID int64) ([]domain.Processing, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.Processing, error) { return loadProcessings(ctx, tx, assetID) })
}

// Processing returns processing id, or ErrNotFound.
func (s *DB) Processing(ctx context.Context, id int64) (*domain.Processing, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.Processing, error) { return processingByID(ctx, tx, id) })
}

func processingByID(ctx context.Context, tx *sql.Tx, id int64) (*domain.Processing, error) {
	p, err := scanProcessing(tx.QueryRowContext(ctx, "SELECT "+processingColumns+" FROM processings WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("processing %d: %w", id, err)
	}
	links, err := processingLinks(ctx, tx)
	if err != nil {
		return nil, err
	}
	p.AssetIDs = links[p.ID]
	return p, nil
}

// loadProcessings returns every processing, or those of assetID when it
// is not 0, with their assets.
func loadProcessings(ctx context.Context, tx *sql.Tx, assetID int64) ([]domain.Processing, error) {
	q, args := "SELECT "+processingColumns+" FROM processings", []any{}
	if assetID != 0 {
		q += " WHERE id IN (SELECT processing_id FROM asset_processings WHERE asset_id = ?)"
		args = append(args, assetID)
	}
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("processings: %w", err)
	}
	defer rows.Close()
	var out []domain.Processing
	for rows.Next() {
		p, err := scanProcessing(rows)
		if err != nil {
			return nil, fmt.Errorf("processings: %w", err)
		}
		out = append(out, *p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("processings: %w", err)
	}
	links, err := processingLinks(ctx, tx)
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].AssetIDs = links[out[i].ID]
	}
	sort.SliceStable(out, func(i, j int) bool { return domain.NameLess(out[i].Name, out[j].Name) })
	return out, nil
}

// processingLinks returns the assets of every processing, by asset ID.
func processingLinks(ctx context.Context, tx *sql.Tx) (map[int64][]int64, error) {
	rows, err := tx.QueryContext(ctx, "SELECT processing_id, asset_id FROM asset_processings ORDER BY processing_id, asset_id")
	if err != nil {
		return nil, fmt.Errorf("processings' assets: %w", err)
	}
	defer rows.Close()
	out := map[int64][]int64{}
	for rows.Next() {
		var p, a int64
		if err := rows.Scan(&p, &a); err != nil {
			return nil, err
		}
		out[p] = append(out[p], a)
	}
	return out, rows.Err()
}

// checkProcessing applies the domain's rules and refuses a name another
// processing has (domain.ErrProcessingExists).
func (s *DB) checkProcessing(ctx context.Context, tx *sql.Tx, p *domain.Processing) error {
	p.Name = domain.NormalizeName(p.Name)
	if err := domain.ValidateProcessing(*p, domain.DateOf(s.now())); err != nil {
		return err
	}
	var other int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM processings WHERE name_key = ? AND id <> ?", nameKey(p.Name), p.ID).Scan(&other)
	if err == nil {
		return domain.ErrProcessingExists
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return nil
}

// CreateProcessing stores a new processing, linked to the assets in
// p.AssetIDs.
func (s *DB) CreateProcessing(ctx context.Context, p *domain.Processing) error {
	return s.write(ctx, func(tx *sql.Tx) error { return s.createProcessing(ctx, tx, p) })
}

func (s *DB) createProcessing(ctx context.Context, tx *sql.Tx, p *domain.Processing) error {
	if err := s.checkProcessing(ctx, tx, p); err != nil {
		return err
	}
	now := s.now()
	d := p.DPIA
	res, err := tx.ExecContext(ctx, `INSERT INTO processings (name, name_key, purpose, record_ref, unit, dpia_status, dpia_reason,
		dpia_date, dpia_reference, risk_analysis_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Name, nameKey(p.Name), p.Purpose, p.RecordRef, p.Unit, string(d.Status), d.Reason, d.Date.String(), d.Reference,
		d.RiskAnalysis.String(), timestamp(now), timestamp(now))
	if err != nil {
		return fmt.Errorf("create processing %q: %w", p.Name, err)
	}
	p.ID, _ = res.LastInsertId()
	p.CreatedAt, p.UpdatedAt = now, now
	r := s.record(0, "processing", p.ID)
	r.field("created", "", p.Name)
	recordProcessing(r, domain.Processing{}, *p)
	if err := r.write(ctx, tx); err != nil {
		return err
	}
	ids := p.AssetIDs
	p.AssetIDs = nil
	for _, a := range ids {
		if err := s.linkProcessing(ctx, tx, a, p); err != nil {
			return err
		}
	}
	return nil
}

// UpdateProcessing stores p's own fields and its DPIA; its assets are
// changed by LinkProcessing and UnlinkProcessing.
func (s *DB) UpdateProcessing(ctx context.Context, p *domain.Processing) error {
	return s.write(ctx, func(tx *sql.Tx) error { return s.updateProcessing(ctx, tx, p) })
}

func (s *DB) updateProcessing(ctx context.Context, tx *sql.Tx, p *domain.Processing) error {
	old, err := processingByID(ctx, tx, p.ID)
	if err != nil {
		return err
	}
	if err := s.checkProcessing(ctx, tx, p); err != nil {
		return err
	}
	now := s.now()
	d := p.DPIA
	if _, err := tx.ExecContext(ctx, `UPDATE processings SET name = ?, name_key = ?, purpose = ?, record_ref = ?, unit = ?,
		dpia_status = ?, dpia_reason = ?, dpia_date = ?, dpia_reference = ?, risk_analysis_on = ?, updated_at = ? WHERE id = ?`,
		p.Name, nameKey(p.Name), p.Purpose, p.RecordRef, p.Unit, string(d.Status), d.Reason, d.Date.String(), d.Reference,
		d.RiskAnalysis.String(), timestamp(now), p.ID); err != nil {
		return fmt.Errorf("update processing %d: %w", p.ID, err)
	}
	p.AssetIDs, p.CreatedAt, p.UpdatedAt = old.AssetIDs, old.CreatedAt, now
	r := s.record(0, "processing", p.ID)
	recordProcessing(r, *old, *p)
	return r.write(ctx, tx)
}

// recordProcessing records every field of a processing that differs
// from old to p.
func recordProcessing(r *recorder, old, p domain.Processing) {
	r.field("name", old.Name, p.Name)
	r.field("purpose", old.Purpose, p.Purpose)
	r.field("record_ref", old.RecordRef, p.RecordRef)
	r.field("unit", old.Unit, p.Unit)
	r.field("dpia_status", string(old.DPIA.Status), string(p.DPIA.Status))
	r.field("dpia_reason", old.DPIA.Reason, p.DPIA.Reason)
	r.field("dpia_date", old.DPIA.Date.String(), p.DPIA.Date.String())
	r.field("dpia_reference", old.DPIA.Reference, p.DPIA.Reference)
	r.field("risk_analysis_on", old.DPIA.RiskAnalysis.String(), p.DPIA.RiskAnalysis.String())
}

// LinkProcessing records that asset assetID serves processing id; a link
// that exists is left as it is.
func (s *DB) LinkProcessing(ctx context.Context, assetID, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		p, err := processingByID(ctx, tx, id)
		if err != nil {
			return err
		}
		return s.linkProcessing(ctx, tx, assetID, p)
	})
}

func (s *DB) linkProcessing(ctx context.Context, tx *sql.Tx, assetID int64, p *domain.Processing) error {
	var one int
	if err := tx.QueryRowContext(ctx, "SELECT 1 FROM assets WHERE id = ?", assetID).Scan(&one); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		return err
	}
	res, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO asset_processings (asset_id, processing_id) VALUES (?, ?)", assetID, p.ID)
	if err != nil {
		return fmt.Errorf("link processing %d to asset %d: %w", p.ID, assetID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	p.AssetIDs = append(p.AssetIDs, assetID)
	r := s.record(assetID, "asset", assetID)
	r.field("processing_linked", "", p.Name)
	return r.write(ctx, tx)
}

// UnlinkProcessing records that asset assetID no longer serves
// processing id. The processing itself is kept.
func (s *DB) UnlinkProcessing(ctx context.Context, assetID, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		p, err := processingByID(ctx, tx, id)
		if err != nil {
			return err
		}
		return s.unlinkProcessing(ctx, tx, assetID, p)
	})
}

func (s *DB) unlinkProcessing(ctx context.Context, tx *sql.Tx, assetID int64, p *domain.Processing) error {
	res, err := tx.ExecContext(ctx, "DELETE FROM asset_processings WHERE asset_id = ? AND processing_id = ?", assetID, p.ID)
	if err != nil {
		return fmt.Errorf("unlink processing %d from asset %d: %w", p.ID, assetID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	r := s.record(assetID, "asset", assetID)
	r.field("processing_linked", p.Name, "")
	return r.write(ctx, tx)
}
