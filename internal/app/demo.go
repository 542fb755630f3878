package app

import (
	"context"
	"errors"

	"github.com/infoklass/infoklass/internal/demo"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// FillDemo writes the demo district, plus synthetic assets until there
// are n in all, to an empty database in one transaction.
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
	today := s.Today()
	return s.db.Batch(ctx, func(b *sqlite.Batch) error {
		if err := demo.Write(b, s.model, s.clock.set, today, n); err != nil {
			return err
		}
		// The file says it holds the demo, for the window to say so.
		return b.SetSetting(demoKey, today.String())
	})
}

// demoKey is the setting that marks a database filled by FillDemo.
const demoKey = "demo"

// IsDemo reports whether the database holds the demo district, filled
// by FillDemo (a file filled before the mark was kept says no).
func (s *Service) IsDemo() (bool, error) {
	v, err := s.db.Setting(s.ctx, demoKey)
	return v != "", err
}
