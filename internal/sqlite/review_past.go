package sqlite

import (
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// This file holds what demo data needs to tell a past that the
// management review can count: changes written with their own times,
// creations moved back to when they happened, and analyses added before
// the current one. Nothing the user does calls them.

// RecordHistory writes changes to the history as given, each with its
// own time and user (the database's user when empty). It changes no
// other table: the changes must lead to what the tables hold.
func (b *Batch) RecordHistory(cs ...domain.Change) error {
	for _, c := range cs {
		user := c.User
		if user == "" {
			user = b.s.user
		}
		if _, err := b.s.execTx(b.ctx, b.tx, qInsertChange, timestamp(c.At), user, c.AssetID, c.Entity, c.EntityID, c.Field, argsText(c.Args), c.Old, c.New); err != nil {
			return fmt.Errorf("record history: %w", err)
		}
	}
	return nil
}

// Backdate moves the creation of asset assetID to registered, and that of
// each of its classifications and threshold analyses recorded after its
// own date to 09:00 on that date in loc, in the tables and in the
// history.
func (b *Batch) Backdate(assetID int64, registered time.Time, loc *time.Location) error {
	at := timestamp(registered)
	if _, err := b.tx.ExecContext(b.ctx, "UPDATE assets SET created_at = ? WHERE id = ?", at, assetID); err != nil {
		return fmt.Errorf("backdate asset %d: %w", assetID, err)
	}
	if _, err := b.tx.ExecContext(b.ctx, "UPDATE changes SET at = ? WHERE asset_id = ? AND entity = 'asset' AND field = 'created'", at, assetID); err != nil {
		return fmt.Errorf("backdate asset %d: %w", assetID, err)
	}
	for _, t := range []struct{ table, entity, field string }{
		{"classifications", "classification", "created"},
		{"threshold_analyses", "threshold", "created"},
	} {
		rows, err := b.tx.QueryContext(b.ctx, "SELECT id, date, created_at FROM "+t.table+" WHERE asset_id = ?", assetID)
		if err != nil {
			return fmt.Errorf("backdate asset %d: %w", assetID, err)
		}
		moves := map[int64]string{}
		for rows.Next() {
			var id int64
			var date, created string
			if err := rows.Scan(&id, &date, &created); err != nil {
				rows.Close()
				return err
			}
			d, err := domain.ParseDate(date)
			if err != nil || d.IsZero() {
				continue
			}
			when := time.Date(d.Year(), d.Time().Month(), d.Time().Day(), 9, 0, 0, 0, loc)
			if parseTimestamp(created).After(when) {
				moves[id] = timestamp(when)
			}
		}
		rows.Close()
		for id, when := range moves {
			if _, err := b.tx.ExecContext(b.ctx, "UPDATE "+t.table+" SET created_at = ? WHERE id = ?", when, id); err != nil {
				return fmt.Errorf("backdate %s %d: %w", t.entity, id, err)
			}
			if _, err := b.tx.ExecContext(b.ctx, "UPDATE changes SET at = ? WHERE entity = ? AND entity_id = ? AND field = ?", when, t.entity, id, t.field); err != nil {
				return fmt.Errorf("backdate %s %d: %w", t.entity, id, err)
			}
		}
	}
	return nil
}

// CreateEarlierThreshold stores an analysis made before the asset's
// current one, as its history: the current analysis stays current.
func (b *Batch) CreateEarlierThreshold(t *domain.ThresholdAnalysis) error {
	var current int64
	b.tx.QueryRowContext(b.ctx, "SELECT id FROM threshold_analyses WHERE asset_id = ? AND current = 1 ORDER BY id DESC LIMIT 1", t.AssetID).Scan(&current)
	if t.QuestionSetID == "" {
		qs := domain.ThresholdQuestions()
		t.QuestionSetID, t.QuestionSetVersion = qs.ID, qs.Version
	}
	if err := b.s.createThreshold(b.ctx, b.tx, t); err != nil {
		return err
	}
	if current == 0 {
		return nil
	}
	if _, err := b.tx.ExecContext(b.ctx, "UPDATE threshold_analyses SET current = (id = ?) WHERE asset_id = ?", current, t.AssetID); err != nil {
		return fmt.Errorf("earlier threshold analysis: %w", err)
	}
	t.Current = false
	return nil
}
