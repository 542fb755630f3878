package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// Decide records the information owner's decision d on classification
// id, atomically: it reads the classification, its asset and current
// threshold analysis inside the transaction, refuses with a
// *domain.BlockedError while domain.DecisionBlockers lists anything, and
// otherwise stores who decided, the date, the next review and the time
// of the decision. It is the only way a classification becomes decided.
// d must be complete (see domain.OwnerDecision.Complete).
func (s *DB) Decide(ctx context.Context, id int64, d domain.OwnerDecision, m *domain.Model) error {
	if d.By == "" || d.At.IsZero() || d.NextReview.IsZero() {
		return fmt.Errorf("decide classification %d: the decision is incomplete", id)
	}
	return s.write(ctx, func(tx *sql.Tx) error { return s.decide(ctx, tx, id, d, m) })
}

// decide is Decide within tx: the decision rule, checked where the
// decision is written.
func (s *DB) decide(ctx context.Context, tx *sql.Tx, id int64, d domain.OwnerDecision, m *domain.Model) error {
	c, err := scanClassification(tx.QueryRowContext(ctx, "SELECT "+classificationColumns+" FROM classifications WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("decide classification %d: %w", id, err)
	}
	if c.Decided() {
		return domain.ErrDecided
	}
	if err := loadDetails(ctx, tx, c); err != nil {
		return fmt.Errorf("decide classification %d: %w", id, err)
	}
	a, err := scanAsset(tx.QueryRowContext(ctx, "SELECT "+assetColumns+" FROM assets WHERE id = ?", c.AssetID))
	if err != nil {
		return fmt.Errorf("decide classification %d: asset: %w", id, err)
	}
	ts, err := loadThreshold(ctx, tx, "WHERE asset_id = ? AND current = 1 ORDER BY id DESC LIMIT 1", c.AssetID)
	if err != nil {
		return fmt.Errorf("decide classification %d: %w", id, err)
	}
	var t *domain.ThresholdAnalysis
	if len(ts) > 0 {
		t = &ts[0]
	}
	return s.decideLoaded(ctx, tx, a, c, t, d, m)
}

// decideLoaded decides classification c of asset a, whose current
// threshold analysis is t, all as they stand in tx: it refuses with a
// *domain.BlockedError while domain.DecisionBlockers lists anything.
func (s *DB) decideLoaded(ctx context.Context, tx *sql.Tx, a *domain.Asset, c *domain.Classification, t *domain.ThresholdAnalysis, d domain.OwnerDecision, m *domain.Model) error {
	id := c.ID
	now := s.now()
	d.By = domain.OneLine(d.By)
	if err := domain.ValidateText("Beslutat av", d.By); err != nil {
		return err
	}
	if err := domain.ValidateDecisionDate(d.At, c.Date, domain.DateOf(now)); err != nil {
		return err
	}
	if bs := domain.DecisionBlockers(a, c, t, m); len(bs) > 0 {
		return &domain.BlockedError{Blockers: bs}
	}
	_, err := tx.ExecContext(ctx, `UPDATE classifications SET decided_by = ?, decided_at = ?, next_review = ?, decided_on = ?,
		updated_at = ? WHERE id = ?`, d.By, d.At.String(), d.NextReview.String(), timestamp(now), timestamp(now), id)
	if err != nil {
		return fmt.Errorf("decide classification %d: %w", id, err)
	}
	if err := s.touch(ctx, tx, c.AssetID, id, now); err != nil {
		return err
	}
	r := s.record(c.AssetID, "classification", id)
	r.field("decided_by", c.DecidedBy, d.By)
	r.field("decided_at", c.DecidedAt.String(), d.At.String())
	r.field("next_review", c.NextReview.String(), d.NextReview.String())
	r.field("decided", "", d.At.String())
	r.field(fieldDecidedDigest, "", decisionDigest(c))
	return r.write(ctx, tx)
}

// undecidedThreshold returns the asset of threshold analysis id, for an
// edit of its answers or decision: an analysis that belongs to a decided
// classification cannot be changed, and domain.ErrDecided is returned.
func undecidedThreshold(ctx context.Context, tx *sql.Tx, id int64) (assetID int64, err error) {
	var decided string
	err = tx.QueryRowContext(ctx, `SELECT t.asset_id, coalesce(c.decided_on, '') FROM threshold_analyses t
		LEFT JOIN classifications c ON c.id = t.classification_id WHERE t.id = ?`, id).Scan(&assetID, &decided)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return 0, ErrNotFound
	case err != nil:
		return 0, err
	case decided != "":
		return 0, domain.ErrDecided
	}
	return assetID, nil
}
