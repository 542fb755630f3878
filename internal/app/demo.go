package app

import (
	"context"

	"github.com/infoklass/infoklass/internal/demo"
)

// FillDemo writes the demo district, plus synthetic assets until there
// are n in all, to an empty database in one transaction.
func (s *Service) FillDemo(ctx context.Context, n int) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return demo.Fill(ctx, s.db, s.Today(), n)
}
