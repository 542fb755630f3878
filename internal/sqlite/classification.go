package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

const classificationColumns = `id, asset_id, date, kind, scope, model_id, model_version, decided_by, decided_at, next_review, decided_on, created_at, updated_at`

func scanClassification(row interface{ Scan(...any) error }) (*domain.Classification, error) {
	var c domain.Classification
	var date, kind, decidedAt, next, decidedOn, created, updated string
	err := row.Scan(&c.ID, &c.AssetID, &date, &kind, &c.Scope, &c.ModelID, &c.ModelVersion, &c.DecidedBy,
		&decidedAt, &next, &decidedOn, &created, &updated)
	if err != nil {
		return nil, err
	}
	c.Kind = domain.ClassificationKind(kind)
	c.Date, _ = domain.ParseDate(date)
	c.DecidedAt, _ = domain.ParseDate(decidedAt)
	c.NextReview, _ = domain.ParseDate(next)
	c.CreatedAt, c.UpdatedAt = parseTimestamp(created), parseTimestamp(updated)
	if decidedOn != "" {
		c.DecidedOn = parseTimestamp(decidedOn)
	}
	c.Raises = map[domain.Aspect]domain.Raise{}
	return &c, nil
}

// CreateClassification stores c with the participants, information types,
// ratings and raises it already holds, and sets their IDs. It refuses a
// classification that arrives decided (ErrArrivesDecided): a
// classification becomes decided only through Decide.
func (s *DB) CreateClassification(ctx context.Context, c *domain.Classification) error {
	if err := checkNewClassification(c, s.model); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error { return s.createClassification(ctx, tx, c) })
}

func (s *DB) createClassification(ctx context.Context, tx *sql.Tx, c *domain.Classification) error {
	now := s.now()
	c.Scope, c.DecidedBy = domain.MultiLine(c.Scope), domain.OneLine(c.DecidedBy)
	if err := checkClassificationText(c); err != nil {
		return err
	}
	res, err := s.execTx(ctx, tx, qInsertClassification,
		c.AssetID, c.Date.String(), string(c.Kind), c.Scope, c.ModelID, c.ModelVersion,
		c.DecidedBy, c.DecidedAt.String(), c.NextReview.String(), decidedOn(c), timestamp(now), timestamp(now))
	if err != nil {
		return fmt.Errorf("create classification of asset %d: %w", c.AssetID, err)
	}
	c.ID, _ = res.LastInsertId()
	c.CreatedAt, c.UpdatedAt = now, now
	for i := range c.Participants {
		if err := insertParticipant(ctx, tx, c.ID, i, &c.Participants[i]); err != nil {
			return err
		}
	}
	for i := range c.InfoTypes {
		if err := s.insertInfoType(ctx, tx, c.ID, i, &c.InfoTypes[i]); err != nil {
			return err
		}
	}
	for a, r := range c.Raises {
		if err := upsertRaise(ctx, tx, c.ID, a, r); err != nil {
			return err
		}
	}
	if err := insertRoutine(ctx, tx, c); err != nil {
		return err
	}
	if err := s.writeSummary(ctx, tx, c); err != nil {
		return err
	}
	if err := s.touchAsset(ctx, tx, c.AssetID, now); err != nil {
		return err
	}
	r := s.record(c.AssetID, "classification", c.ID)
	r.field("created", "", c.Date.String())
	r.field("kind", "", string(c.Kind))
	if c.Decided() { // a decision made elsewhere, recorded as Decide records one
		digest, err := storedDigest(ctx, tx, c.ID)
		if err != nil {
			return err
		}
		r.field("decided", "", c.DecidedAt.String())
		r.field(fieldDecidedDigest, "", digest)
	}
	return r.write(ctx, tx)
}

// checkClassificationText refuses a scope or a decider's name that
// ValidateText refuses: bidi controls, control characters, past Excel's
// cell.
func checkClassificationText(c *domain.Classification) error {
	if err := domain.ValidateText("Avgränsning", c.Scope); err != nil {
		return err
	}
	return domain.ValidateText("Beslutat av", c.DecidedBy)
}

func decidedOn(c *domain.Classification) string {
	if !c.Decided() {
		return ""
	}
	return timestamp(c.DecidedOn)
}

// UpdateClassification stores c's own fields: date, kind, scope and the
// drafts of the decision's fields. It never decides (see Decide), and it
// refuses a decided classification with domain.ErrDecided.
// Participants, information types and raises have their own methods.
func (s *DB) UpdateClassification(ctx context.Context, c *domain.Classification) error {
	now := s.now()
	c.Scope, c.DecidedBy = domain.MultiLine(c.Scope), domain.OneLine(c.DecidedBy)
	if err := checkClassificationText(c); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		old, err := scanClassification(tx.QueryRowContext(ctx, "SELECT "+classificationColumns+" FROM classifications WHERE id = ?", c.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return fmt.Errorf("update classification %d: %w", c.ID, err)
		}
		if old.Decided() {
			return domain.ErrDecided
		}
		_, err = tx.ExecContext(ctx, `UPDATE classifications SET date = ?, kind = ?, scope = ?, decided_by = ?, decided_at = ?,
			next_review = ?, updated_at = ? WHERE id = ?`,
			c.Date.String(), string(c.Kind), c.Scope, c.DecidedBy, c.DecidedAt.String(), c.NextReview.String(),
			timestamp(now), c.ID)
		if err != nil {
			return fmt.Errorf("update classification %d: %w", c.ID, err)
		}
		if err := s.refreshSummary(ctx, tx, c.ID); err != nil {
			return err
		}
		if err := s.touchAsset(ctx, tx, old.AssetID, now); err != nil {
			return err
		}
		c.UpdatedAt = now
		r := s.record(old.AssetID, "classification", c.ID)
		r.field("date", old.Date.String(), c.Date.String())
		r.field("kind", string(old.Kind), string(c.Kind))
		r.field("scope", old.Scope, c.Scope)
		r.field("decided_by", old.DecidedBy, c.DecidedBy)
		r.field("decided_at", old.DecidedAt.String(), c.DecidedAt.String())
		r.field("next_review", old.NextReview.String(), c.NextReview.String())
		return r.write(ctx, tx)
	})
}

// DeleteClassification deletes an undecided classification.
func (s *DB) DeleteClassification(ctx context.Context, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		c, err := scanClassification(tx.QueryRowContext(ctx, "SELECT "+classificationColumns+" FROM classifications WHERE id = ?", id))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return fmt.Errorf("delete classification %d: %w", id, err)
		}
		if c.Decided() {
			return ErrHasDecided
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM classifications WHERE id = ?", id); err != nil {
			return fmt.Errorf("delete classification %d: %w", id, err)
		}
		r := s.record(c.AssetID, "classification", id)
		r.field("deleted", c.Date.String(), "")
		return r.write(ctx, tx)
	})
}

// Classification returns the classification with the given ID, with its
// participants and information types in order, ratings and raises.
func (s *DB) Classification(ctx context.Context, id int64) (*domain.Classification, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.Classification, error) { return classification(ctx, tx, id) })
}

func classification(ctx context.Context, tx *sql.Tx, id int64) (*domain.Classification, error) {
	cs, err := classifications(ctx, tx, "WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return nil, ErrNotFound
	}
	return &cs[0], nil
}

// LatestClassification returns the asset's newest classification, or
// nil when it has none.
func (s *DB) LatestClassification(ctx context.Context, assetID int64) (*domain.Classification, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.Classification, error) { return latestClassification(ctx, tx, assetID) })
}

func latestClassification(ctx context.Context, tx *sql.Tx, assetID int64) (*domain.Classification, error) {
	cs, err := classifications(ctx, tx, "WHERE asset_id = ? ORDER BY date DESC, id DESC LIMIT 1", assetID)
	if err != nil || len(cs) == 0 {
		return nil, err
	}
	return &cs[0], nil
}

// ClassificationCount returns how many classifications asset assetID has.
func (s *DB) ClassificationCount(ctx context.Context, assetID int64) (int, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (int, error) { return s.classificationCount(ctx, tx, assetID) })
}

func (s *DB) classificationCount(ctx context.Context, tx *sql.Tx, assetID int64) (int, error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM classifications WHERE asset_id = ?", assetID).Scan(&n); err != nil {
		return 0, fmt.Errorf("classifications of asset %d: %w", assetID, err)
	}
	return n, nil
}

// Classifications returns all of the asset's classifications, newest first.
func (s *DB) Classifications(ctx context.Context, assetID int64) ([]domain.Classification, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.Classification, error) {
		return classifications(ctx, tx, "WHERE asset_id = ? ORDER BY date DESC, id DESC", assetID)
	})
}

// classifications loads the classifications that where selects, complete.
func classifications(ctx context.Context, q querier, where string, args ...any) ([]domain.Classification, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+classificationColumns+" FROM classifications "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("classifications: %w", err)
	}
	var out []domain.Classification
	for rows.Next() {
		c, err := scanClassification(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, *c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if err := loadDetails(ctx, q, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// querier is what *sql.DB and *sql.Tx have in common for reading.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// loadDetails reads c's participants, information types, ratings and raises.
func loadDetails(ctx context.Context, q querier, c *domain.Classification) error {
	rows, err := q.QueryContext(ctx, "SELECT id, name, role FROM participants WHERE classification_id = ? ORDER BY position, id", c.ID)
	if err != nil {
		return fmt.Errorf("participants of %d: %w", c.ID, err)
	}
	for rows.Next() {
		var p domain.Participant
		var role string
		if err := rows.Scan(&p.ID, &p.Name, &role); err != nil {
			rows.Close()
			return err
		}
		p.Role = domain.Role(role)
		c.Participants = append(c.Participants, p)
	}
	rows.Close()

	types, err := infoTypes(ctx, q, "WHERE t.classification_id = ?", c.ID)
	if err != nil {
		return err
	}
	c.InfoTypes = types[c.ID]

	rs, err := raises(ctx, q, "WHERE classification_id = ?", c.ID)
	if err != nil {
		return err
	}
	if r, ok := rs[c.ID]; ok {
		c.Raises = r
	}
	if c.Routine, c.Security, err = loadRoutine(ctx, q, c.ID); err != nil {
		return err
	}
	c.Norm, err = loadNormLink(ctx, q, c.ID)
	return err
}

// touchAsset bumps the asset's updated time after an edit below it.
func (s *DB) touchAsset(ctx context.Context, tx *sql.Tx, assetID int64, now time.Time) error {
	if _, err := s.execTx(ctx, tx, qTouchAsset, timestamp(now), assetID); err != nil {
		return fmt.Errorf("touch asset %d: %w", assetID, err)
	}
	return nil
}

// touch refreshes the classification's result columns and bumps its
// asset's updated time, after an edit below them.
func (s *DB) touch(ctx context.Context, tx *sql.Tx, assetID, classificationID int64, now time.Time) error {
	if err := s.refreshSummary(ctx, tx, classificationID); err != nil {
		return err
	}
	return s.touchAsset(ctx, tx, assetID, now)
}
