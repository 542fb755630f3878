package sqlite

import (
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// ParkQuestion adds a question last in the classification's list within
// the batch, as DB.ParkQuestion does; an import brings them along.
func (b *Batch) ParkQuestion(classificationID int64, q *domain.ParkedQuestion) error {
	q.Text = strings.TrimSpace(q.Text)
	if q.Text == "" {
		return ErrEmptyQuestion
	}
	assetID, _, err := owner(b.tx, classificationOwner, classificationID)
	if err != nil {
		return fmt.Errorf("park question: %w", err)
	}
	pos, err := nextPosition(b.tx, "parked_questions", classificationID)
	if err != nil {
		return err
	}
	res, err := b.tx.Exec("INSERT INTO parked_questions (classification_id, position, text, resolved) VALUES (?, ?, ?, ?)",
		classificationID, pos, q.Text, q.Resolved)
	if err != nil {
		return fmt.Errorf("park question: %w", err)
	}
	q.ID, _ = res.LastInsertId()
	r := b.s.record(assetID, "parked", q.ID)
	r.field("parkerad fråga", "", q.Text)
	return r.write(b.tx)
}

// SetRequirementExclusion marks requirement id not applicable for the
// asset within the batch, as DB.SetRequirementExclusion does.
func (b *Batch) SetRequirementExclusion(assetID int64, id, reason string) error {
	reason = domain.NormalizeName(reason)
	if reason == "" {
		return fmt.Errorf("requirement %s of asset %d: a reason is needed", id, assetID)
	}
	if _, err := b.tx.Exec(`INSERT INTO requirement_exclusions (asset_id, requirement_id, reason) VALUES (?, ?, ?)
		ON CONFLICT (asset_id, requirement_id) DO UPDATE SET reason = excluded.reason`, assetID, id, reason); err != nil {
		return fmt.Errorf("requirement %s of asset %d: %w", id, assetID, err)
	}
	r := b.s.record(assetID, "requirement", 0)
	r.field(id+" ej tillämplig", "", reason)
	return r.write(b.tx)
}
