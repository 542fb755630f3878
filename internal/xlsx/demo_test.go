package xlsx

import (
	"context"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// storeUseCases are the demo's use cases on the store, each one
// transaction as app.Service's are: this package's tests cannot import
// app, which imports this package. Every refusal is the store's.
type storeUseCases struct{ db *sqlite.DB }

var bg = context.Background()

func (s storeUseCases) today() domain.Date { return domain.DateOf(s.db.Now()) }

func (s storeUseCases) CreateAsset(a *domain.Asset) error { return s.db.CreateAsset(bg, a) }

func (s storeUseCases) SetStatus(id int64, st domain.Status, reason string) error {
	return s.db.SetStatus(bg, id, st, reason)
}

func (s storeUseCases) StartClassification(assetID int64) (*domain.Classification, error) {
	a, err := s.db.Asset(bg, assetID)
	if err != nil {
		return nil, err
	}
	c := domain.NewClassification(assetID, s.db.Model(), s.today())
	if a.OwnerName != "" {
		c.Participants = []domain.Participant{{Name: a.OwnerName, Role: domain.RoleOwner}}
	}
	return c, s.db.CreateClassification(bg, c)
}

func (s storeUseCases) UpdateClassification(c *domain.Classification) error {
	return s.db.UpdateClassification(bg, c)
}

func (s storeUseCases) AddParticipant(id int64, p *domain.Participant) error {
	return s.db.AddParticipant(bg, id, p)
}

func (s storeUseCases) AddInfoType(id int64, t *domain.InfoType) error {
	return s.db.AddInfoType(bg, id, t)
}

func (s storeUseCases) Rate(id int64, a domain.Aspect, r domain.Rating) error {
	return s.db.SetRating(bg, id, a, r)
}

func (s storeUseCases) Raise(id int64, a domain.Aspect, r *domain.Raise) error {
	return s.db.SetRaise(bg, id, a, r)
}

func (s storeUseCases) SetRoutine(id int64, r domain.RoutineAssessment) error {
	return s.db.SetRoutine(bg, id, r)
}

func (s storeUseCases) StartThreshold(a *domain.Asset, c *domain.Classification) (*domain.ThresholdAnalysis, error) {
	t := domain.NewThresholdAnalysis(a.ID, c.ID, s.today())
	t.Participants = domain.ParticipantList(c.Participants)
	return t, s.db.CreateThreshold(bg, t)
}

func (s storeUseCases) Answer(id int64, q string, r domain.Response) error {
	return s.db.SetThresholdAnswer(bg, id, q, r)
}

func (s storeUseCases) UpdateThreshold(t *domain.ThresholdAnalysis) error {
	return s.db.UpdateThreshold(bg, t)
}

func (s storeUseCases) Decide(id int64, d domain.OwnerDecision) (domain.OwnerDecision, error) {
	d, err := d.Complete(s.today())
	if err != nil {
		return d, err
	}
	return d, s.db.Decide(bg, id, d, s.db.Model())
}

func (s storeUseCases) StartFollowUp(c *domain.Classification) (*domain.Classification, error) {
	n := domain.FollowUp(c, s.db.Model(), s.today())
	if err := s.db.CreateClassification(bg, n); err != nil {
		return nil, err
	}
	_, err := s.db.CarryParked(bg, c.ID, n.ID)
	return n, err
}

func (s storeUseCases) Classification(id int64) (*domain.Classification, error) {
	return s.db.Classification(bg, id)
}

func (s storeUseCases) AssetByName(name string) (*domain.Asset, error) {
	return s.db.AssetByName(bg, name)
}

func (s storeUseCases) CreateProcessing(p *domain.Processing) error {
	if err := domain.ValidateProcessing(*p, s.today()); err != nil {
		return err
	}
	return s.db.CreateProcessing(bg, p)
}

func (s storeUseCases) UpdateProcessing(p *domain.Processing) error {
	if err := domain.ValidateProcessing(*p, s.today()); err != nil {
		return err
	}
	return s.db.UpdateProcessing(bg, p)
}

func (s storeUseCases) ImportSteps(ctx context.Context, steps []domain.ImportStep) error {
	return s.db.ApplyImport(ctx, steps, s.db.Model())
}
