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
	return s.db.Batch(ctx, func(b *sqlite.Batch) error { return demo.Write(b, s.model, s.clock.set, today, n) })
}
