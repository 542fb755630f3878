package demo

import (
	"context"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// Fill is app.Service.FillDemo for the tests: Write in one transaction
// of db, refused with ErrNotEmpty when db has assets.
func Fill(ctx context.Context, db *sqlite.DB, set func(time.Time), today domain.Date, n int) error {
	if any, err := db.HasAssets(ctx); err != nil {
		return err
	} else if any {
		return ErrNotEmpty
	}
	return db.Batch(ctx, func(b *sqlite.Batch) error { return Write(b, db.Model(), set, today, n) })
}
