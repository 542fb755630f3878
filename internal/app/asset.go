package app

import "github.com/infoklass/infoklass/internal/domain"

// Asset returns the asset with the given id.
func (s *Service) Asset(id int64) (*domain.Asset, error) { return s.db.Asset(s.ctx, id) }

// CreateAsset adds a to the register and sets its ID. The name must be
// given and unique.
func (s *Service) CreateAsset(a *domain.Asset) error {
	if a.Status == "" {
		a.Status = domain.StatusNotStarted
	}
	return s.db.CreateAsset(s.ctx, a)
}

// UpdateAsset stores a's own fields.
func (s *Service) UpdateAsset(a *domain.Asset) error { return s.db.UpdateAsset(s.ctx, a) }

// DeleteAsset removes an asset that has no decided classification.
func (s *Service) DeleteAsset(id int64) error { return s.db.DeleteAsset(s.ctx, id) }

// SetStatus sets an asset's manual status; a cancellation needs a reason.
func (s *Service) SetStatus(id int64, st domain.Status, reason string) error {
	if err := domain.ValidateStatus(st, reason); err != nil {
		return err
	}
	return s.db.SetStatus(s.ctx, id, st, reason)
}

// History returns the recorded changes of asset id, newest first.
func (s *Service) History(id int64) ([]domain.Change, error) { return s.db.History(s.ctx, id) }

// AssetByName returns the asset named name (case and surrounding space
// ignored), or nil when there is none.
func (s *Service) AssetByName(name string) (*domain.Asset, error) {
	return s.db.AssetByName(s.ctx, name)
}
