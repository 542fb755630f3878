package app

import (
	"github.com/infoklass/infoklass/internal/domain"
)

// earlierUndecided returns the asset's classification from a hand-kept
// list while Infoklass has decided none, or nil.
func (s *Service) earlierUndecided(assetID int64) (*domain.EarlierClassification, error) {
	e, err := s.db.EarlierClassification(s.ctx, assetID)
	if err != nil || e == nil {
		return nil, err
	}
	d, err := s.DecidedClassification(assetID)
	if err != nil || d != nil {
		return nil, err
	}
	return e, nil
}

// EarlierClassification returns the asset's classification from a
// hand-kept list (klassad enligt tidigare förteckning), or nil.
func (s *Service) EarlierClassification(assetID int64) (*domain.EarlierClassification, error) {
	return s.db.EarlierClassification(s.ctx, assetID)
}

// StartFromEarlier starts a follow-up of an asset's earlier classification
// from a hand-kept list: one information type with the list's levels and
// no motivation, which the group gives in the workshop before the
// decision. An empty undecided classification of the asset is replaced;
// one with content is refused with ErrClassificationOngoing.
func (s *Service) StartFromEarlier(assetID int64) (*domain.Classification, error) {
	e, err := s.earlierUndecided(assetID)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return nil, domain.Refuse("earlier.none", "tillgången har ingen tidigare klassning att följa upp")
	}
	if err := s.clearEmptyDraft(assetID); err != nil {
		return nil, err
	}
	a, err := s.db.Asset(s.ctx, assetID)
	if err != nil {
		return nil, err
	}
	c := domain.FromEarlier(e, assetID, s.model, s.Today())
	if a.OwnerName != "" {
		c.Participants = []domain.Participant{{Name: a.OwnerName, Role: domain.RoleOwner}}
	}
	if err := s.db.CreateClassification(s.ctx, c); err != nil {
		return nil, err
	}
	return s.db.Classification(s.ctx, c.ID)
}
