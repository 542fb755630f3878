package sqlite

import (
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// ParkQuestion adds a question last in the classification's list within
// the batch, as DB.ParkQuestion does; an import brings them along.
func (b *Batch) ParkQuestion(classificationID int64, q *domain.ParkedQuestion) error {
	if err := q.Tidy(); err != nil {
		return err
	}
	assetID, _, err := owner(b.ctx, b.tx, classificationOwner, classificationID)
	if err != nil {
		return fmt.Errorf("park question: %w", err)
	}
	pos, err := nextPosition(b.ctx, b.tx, "parked_questions", classificationID)
	if err != nil {
		return err
	}
	res, err := b.tx.ExecContext(b.ctx, "INSERT INTO parked_questions (classification_id, position, text, resolved) VALUES (?, ?, ?, ?)",
		classificationID, pos, q.Text, q.Resolved)
	if err != nil {
		return fmt.Errorf("park question: %w", err)
	}
	q.ID, _ = res.LastInsertId()
	r := b.s.record(assetID, "parked", q.ID)
	r.field("parkerad fråga", "", q.Text)
	return r.write(b.ctx, b.tx)
}

// SetRequirementExclusion marks requirement id not applicable for the
// asset within the batch, as DB.SetRequirementExclusion does.
func (b *Batch) SetRequirementExclusion(assetID int64, id, reason string) error {
	reason = domain.NormalizeName(reason)
	if reason == "" {
		return fmt.Errorf("requirement %s of asset %d: a reason is needed", id, assetID)
	}
	if _, err := b.tx.ExecContext(b.ctx, `INSERT INTO requirement_exclusions (asset_id, requirement_id, reason) VALUES (?, ?, ?)
		ON CONFLICT (asset_id, requirement_id) DO UPDATE SET reason = excluded.reason`, assetID, id, reason); err != nil {
		return fmt.Errorf("requirement %s of asset %d: %w", id, assetID, err)
	}
	r := b.s.record(assetID, "requirement", 0)
	r.field(id+" ej tillämplig", "", reason)
	return r.write(b.ctx, b.tx)
}

// SetFulfilment stores how the asset meets a requirement within the
// batch, as DB.SetFulfilment does for every status but Ej tillämpligt
// (an exclusion, SetRequirementExclusion).
func (b *Batch) SetFulfilment(assetID int64, f domain.Fulfilment) error {
	if err := f.Validate(); err != nil {
		return err
	}
	if f.Status == domain.FulfilNotApplicable || f.RequirementID == "" {
		return fmt.Errorf("requirement fulfilment %q: use SetRequirementExclusion for Ej tillämpligt", f.RequirementID)
	}
	f.How = strings.TrimSpace(f.How)
	all, err := fulfilments(b.ctx, b.tx, "WHERE asset_id = ? AND requirement_id = ?", assetID, f.RequirementID)
	if err != nil {
		return err
	}
	old := all[assetID][f.RequirementID]
	if _, err := b.tx.ExecContext(b.ctx, `INSERT INTO requirement_fulfilment (asset_id, requirement_id, status, how) VALUES (?, ?, ?, ?)
		ON CONFLICT (asset_id, requirement_id) DO UPDATE SET status = excluded.status, how = excluded.how`,
		assetID, f.RequirementID, string(f.Status), f.How); err != nil {
		return fmt.Errorf("requirement %s of asset %d: %w", f.RequirementID, assetID, err)
	}
	if err := b.s.touchAsset(b.ctx, b.tx, assetID, b.s.now()); err != nil {
		return err
	}
	r := b.s.record(assetID, "requirement", 0)
	r.field(f.RequirementID+".fulfilment_status", string(old.Status), string(f.Status))
	r.field(f.RequirementID+".fulfilment_how", old.How, f.How)
	return r.write(b.ctx, b.tx)
}
