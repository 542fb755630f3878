package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// ImportProcessing is one processing an import creates or updates: its
// fields and DPIA, and the names of the assets it serves, which replace
// the ones it served.
type ImportProcessing struct {
	Row        int // the row of the sheet Behandlingar, for messages
	Create     bool
	Processing domain.Processing // AssetIDs are ignored: the assets are by name
	Assets     []string
}

// importProcessing creates or updates ip's processing within tx, found
// by name, and links it to exactly the assets ip names.
func (s *DB) importProcessing(ctx context.Context, tx *sql.Tx, ip *ImportProcessing) error {
	ids := make([]int64, 0, len(ip.Assets))
	for _, n := range ip.Assets {
		a, err := assetByName(ctx, tx, n)
		if err != nil {
			return err
		}
		if a == nil {
			return fmt.Errorf("asset %q of processing %q: %w", n, ip.Processing.Name, ErrNotFound) // the preview is stale
		}
		ids = append(ids, a.ID)
	}
	p := ip.Processing
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM processings WHERE name_key = ?", nameKey(p.Name)).Scan(&id)
	switch {
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return err
	case err == nil && ip.Create:
		return domain.ErrProcessingExists // created since the preview
	case err != nil && !ip.Create:
		return fmt.Errorf("processing %q: %w", p.Name, ErrNotFound) // removed since the preview
	case ip.Create:
		p.ID, p.AssetIDs = 0, ids
		return s.createProcessing(ctx, tx, &p)
	}
	p.ID = id
	if err := s.updateProcessing(ctx, tx, &p); err != nil {
		return err
	}
	return s.relinkProcessing(ctx, tx, &p, ids)
}

// relinkProcessing links p to the assets ids and unlinks it from every
// other asset, recording each on the asset.
func (s *DB) relinkProcessing(ctx context.Context, tx *sql.Tx, p *domain.Processing, ids []int64) error {
	want := map[int64]bool{}
	for _, id := range ids {
		want[id] = true
	}
	for _, a := range append([]int64(nil), p.AssetIDs...) {
		if !want[a] {
			if err := s.unlinkProcessing(ctx, tx, a, p); err != nil {
				return err
			}
		}
	}
	for _, a := range ids {
		if err := s.linkProcessing(ctx, tx, a, p); err != nil {
			return err
		}
	}
	return nil
}
