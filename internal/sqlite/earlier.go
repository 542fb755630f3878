package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// recordEarlier stores the asset's classification from a hand-kept list
// within tx, in place of any earlier one, with its history.
func (s *DB) recordEarlier(ctx context.Context, tx *sql.Tx, assetID int64, e *domain.EarlierClassification) error {
	if e.Date.IsZero() {
		return fmt.Errorf("en tidigare klassning behöver ett datum")
	}
	if e.Date.After(domain.DateOf(s.now())) {
		return &Error{Code: CodeEarlierInFuture, Args: []any{e.Date.String()}}
	}
	next := e.NextReview
	if next.IsZero() {
		next = domain.DefaultNextReview(e.Date)
	}
	lv := func(a domain.Aspect) int { return int(e.Levels[a]) }
	now := s.now()
	_, err := tx.ExecContext(ctx, `INSERT INTO earlier_classifications (asset_id, classified_at, level_k, level_r, level_t, level_s,
		next_review, source, source_row, scale, recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (asset_id) DO UPDATE SET classified_at = excluded.classified_at, level_k = excluded.level_k,
		level_r = excluded.level_r, level_t = excluded.level_t, level_s = excluded.level_s, next_review = excluded.next_review,
		source = excluded.source, source_row = excluded.source_row, scale = excluded.scale, recorded_on = excluded.recorded_on`,
		assetID, e.Date.String(), lv(domain.Confidentiality), lv(domain.Integrity), lv(domain.Availability), lv(domain.Traceability),
		next.String(), e.Source, e.Row, e.Scale, timestamp(now))
	if err != nil {
		return fmt.Errorf("earlier classification of asset %d: %w", assetID, err)
	}
	if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
		return err
	}
	r := s.record(assetID, "earlier", 0)
	r.field("classified_at", "", e.Date.String())
	r.field("source", "", fmt.Sprintf("%s rad %d", e.Source, e.Row))
	return r.write(ctx, tx)
}

// EarlierClassification returns the asset's classification from a
// hand-kept list, or nil when it has none.
func (s *DB) EarlierClassification(ctx context.Context, assetID int64) (*domain.EarlierClassification, error) {
	var e domain.EarlierClassification
	var at, next string
	var k, r, t, sl int
	err := s.db.QueryRowContext(ctx, `SELECT classified_at, level_k, level_r, level_t, level_s, next_review, source, source_row, scale
		FROM earlier_classifications WHERE asset_id = ?`, assetID).Scan(&at, &k, &r, &t, &sl, &next, &e.Source, &e.Row, &e.Scale)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("earlier classification of asset %d: %w", assetID, err)
	}
	e.Date, _ = domain.ParseDate(at)
	e.NextReview, _ = domain.ParseDate(next)
	e.Levels = map[domain.Aspect]domain.Level{}
	for i, l := range []int{k, r, t, sl} {
		if l != 0 {
			e.Levels[domain.AllAspects[i]] = domain.Level(l)
		}
	}
	return &e, nil
}
