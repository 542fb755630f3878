package sqlite

import (
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// Summary is one row of the register: an asset with where its latest
// classification stands.
type Summary struct {
	Asset            domain.Asset
	Status           domain.Status
	ClassificationID int64 // the latest classification, 0 if none
	Effective        map[domain.Aspect]domain.Level
	Overall          domain.Level
	DecidedAt        domain.Date
	NextReview       domain.Date
	Problems         int // blocking problems in the latest classification
}

// latestWhere selects each asset's newest classification.
const latestWhere = `id IN (SELECT (SELECT id FROM classifications c2 WHERE c2.asset_id = a.id
	ORDER BY c2.date DESC, c2.id DESC LIMIT 1) FROM assets a)`

// Summaries returns the register: every asset, ordered by name, with its
// status on day today and its latest classification's result. It reads
// everything in a few bulk queries.
func (s *DB) Summaries(today domain.Date) ([]Summary, error) {
	assets, err := s.Assets()
	if err != nil {
		return nil, err
	}
	rows, err := s.db.Query("SELECT " + classificationColumns + " FROM classifications WHERE " + latestWhere)
	if err != nil {
		return nil, fmt.Errorf("latest classifications: %w", err)
	}
	latest := map[int64]*domain.Classification{}
	for rows.Next() {
		c, err := scanClassification(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		latest[c.AssetID] = c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	types, err := s.infoTypes("WHERE t.classification_id IN (SELECT id FROM classifications WHERE " + latestWhere + ")")
	if err != nil {
		return nil, err
	}
	raises, err := s.raises("WHERE classification_id IN (SELECT id FROM classifications WHERE " + latestWhere + ")")
	if err != nil {
		return nil, err
	}
	m := domain.DefaultModel()
	out := make([]Summary, len(assets))
	for i, a := range assets {
		sum := Summary{Asset: a, Effective: map[domain.Aspect]domain.Level{}}
		c := latest[a.ID]
		if c != nil {
			c.InfoTypes = types[c.ID]
			if r, ok := raises[c.ID]; ok {
				c.Raises = r
			}
			res := c.Result(m)
			sum.ClassificationID = c.ID
			sum.Effective = res.Effective()
			sum.Overall = res.Overall
			sum.DecidedAt = c.DecidedAt
			sum.NextReview = c.NextReview
			for _, p := range c.Problems(m) {
				if p.Blocking() {
					sum.Problems++
				}
			}
		}
		sum.Status = domain.DeriveStatus(a.Status, c, today)
		out[i] = sum
	}
	return out, nil
}
