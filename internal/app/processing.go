package app

import (
	"github.com/infoklass/infoklass/internal/domain"
)

// This file holds the use cases of the processings of personal data
// (behandlingar) and their DPIAs: the DPIA is followed per processing,
// and an asset lists the processings it serves.

// Processings returns every processing with the assets it serves, by name.
func (s *Service) Processings() ([]domain.Processing, error) {
	return s.db.Processings(s.ctx)
}

// AssetProcessings returns the processings asset assetID serves.
func (s *Service) AssetProcessings(assetID int64) ([]domain.Processing, error) {
	return s.db.AssetProcessings(s.ctx, assetID)
}

// CreateProcessing stores a new processing, checked by the rules
// (domain.ValidateProcessing on the service's day), linked to the assets
// in p.AssetIDs.
func (s *Service) CreateProcessing(p *domain.Processing) error {
	if err := domain.ValidateProcessing(*p, s.Today()); err != nil {
		return err
	}
	return s.db.CreateProcessing(s.ctx, p)
}

// UpdateProcessing stores p's name, purpose, registerförteckning
// reference, unit and DPIA, checked by the rules.
func (s *Service) UpdateProcessing(p *domain.Processing) error {
	if err := domain.ValidateProcessing(*p, s.Today()); err != nil {
		return err
	}
	return s.db.UpdateProcessing(s.ctx, p)
}

// LinkProcessing records that asset assetID serves processing id.
func (s *Service) LinkProcessing(assetID, id int64) error {
	return s.db.LinkProcessing(s.ctx, assetID, id)
}

// UnlinkProcessing records that asset assetID no longer serves
// processing id; the processing and its DPIA are kept.
func (s *Service) UnlinkProcessing(assetID, id int64) error {
	return s.db.UnlinkProcessing(s.ctx, assetID, id)
}
