package app

import (
	"context"
	"errors"

	"github.com/infoklass/infoklass/internal/demo"
	"github.com/infoklass/infoklass/internal/domain"
)

// FillDemo writes the demo district, plus synthetic assets until there
// are n in all, to an empty database. The district is written by the
// ordinary use cases, each its own transaction, in the order things
// happened and with the service's clock moved to each moment, so that
// its history, registrations and decisions are recorded as a user's
// are; the synthetic assets are written in one transaction, as an import
// of a list. The clock is back at the present when it returns.
func (s *Service) FillDemo(ctx context.Context, n int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.clock == nil {
		return errors.New("demo data needs a service opened by app.Open, whose clock it can move")
	}
	if any, err := s.db.HasAssets(ctx); err != nil {
		return err
	} else if any {
		return demo.ErrNotEmpty
	}
	if err := demo.Write(ctx, demoUseCases{s}, s.model, s.clock.set, s.Today(), n); err != nil {
		return err
	}
	// The file says it holds the demo, for the window to say so.
	return s.db.SetSetting(ctx, demoKey, s.Today().String())
}

// demoKey is the setting that marks a database filled by FillDemo.
const demoKey = "demo"

// IsDemo reports whether the database holds the demo district, filled
// by FillDemo (a file filled before the mark was kept says no).
func (s *Service) IsDemo() (bool, error) {
	v, err := s.db.Setting(s.ctx, demoKey)
	return v != "", err
}

// demoUseCases are the service's use cases as the demo runs them.
type demoUseCases struct{ *Service }

// StartClassification opens the workshop of an asset never classified,
// which starts its classification.
func (d demoUseCases) StartClassification(assetID int64) (*domain.Classification, error) {
	w, err := d.OpenWorkshop(assetID)
	if err != nil {
		return nil, err
	}
	return w.Classification, nil
}

// ImportSteps writes steps as ApplyImport writes an import's plan.
func (d demoUseCases) ImportSteps(ctx context.Context, steps []domain.ImportStep) error {
	return d.db.ApplyImport(ctx, steps, d.model)
}
