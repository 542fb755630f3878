package app

import (
	"context"
	"errors"

	"github.com/infoklass/infoklass/internal/demo"
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
	return demo.Fill(ctx, s.db, s.clock.set, s.Today(), n)
}
