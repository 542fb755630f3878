package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// AssetByName returns the asset with the same name (ignoring case and
// space), or nil when there is none.
func (s *DB) AssetByName(ctx context.Context, name string) (*domain.Asset, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.Asset, error) { return s.loadAssetByName(ctx, tx, name) })
}

func (s *DB) loadAssetByName(ctx context.Context, tx *sql.Tx, name string) (*domain.Asset, error) {
	return assetByName(ctx, tx, name)
}

func assetByName(ctx context.Context, q querier, name string) (*domain.Asset, error) {
	a, err := scanAsset(q.QueryRowContext(ctx, "SELECT "+assetColumns+" FROM assets WHERE name_key = ?", nameKey(name)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("asset named %q: %w", name, err)
	}
	return a, nil
}

// LatestClassifications returns every asset's newest classification,
// complete, by asset ID, in a few bulk queries.
func (s *DB) LatestClassifications(ctx context.Context) (map[int64]*domain.Classification, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[int64]*domain.Classification, error) { return s.latestClassifications(ctx, tx) })
}

func (s *DB) latestClassifications(ctx context.Context, tx *sql.Tx) (map[int64]*domain.Classification, error) {
	const latest = `id IN (SELECT (SELECT id FROM classifications c2 WHERE c2.asset_id = a.id
		ORDER BY c2.date DESC, c2.id DESC LIMIT 1) FROM assets a)`
	rows, err := tx.QueryContext(ctx, "SELECT "+classificationColumns+" FROM classifications WHERE "+latest)
	if err != nil {
		return nil, fmt.Errorf("latest classifications: %w", err)
	}
	out := map[int64]*domain.Classification{}
	byID := map[int64]*domain.Classification{}
	for rows.Next() {
		c, err := scanClassification(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out[c.AssetID], byID[c.ID] = c, c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	types, err := infoTypes(ctx, tx, "WHERE t.classification_id IN (SELECT id FROM classifications WHERE "+latest+")")
	if err != nil {
		return nil, err
	}
	rs, err := raises(ctx, tx, "WHERE classification_id IN (SELECT id FROM classifications WHERE "+latest+")")
	if err != nil {
		return nil, err
	}
	prow, err := tx.QueryContext(ctx, "SELECT classification_id, id, name, role FROM participants WHERE classification_id IN (SELECT id FROM classifications WHERE "+latest+") ORDER BY classification_id, position, id")
	if err != nil {
		return nil, fmt.Errorf("participants: %w", err)
	}
	for prow.Next() {
		var cid int64
		var p domain.Participant
		var role string
		if err := prow.Scan(&cid, &p.ID, &p.Name, &role); err != nil {
			prow.Close()
			return nil, err
		}
		p.Role = domain.Role(role)
		if c := byID[cid]; c != nil {
			c.Participants = append(c.Participants, p)
		}
	}
	prow.Close()
	if err := latestRoutines(ctx, tx, latest, byID); err != nil {
		return nil, err
	}
	for id, c := range byID {
		c.InfoTypes = types[id]
		if r, ok := rs[id]; ok {
			c.Raises = r
		}
	}
	return out, nil
}

// CurrentThresholds returns every asset's current threshold analysis,
// with its answers, by asset ID.
func (s *DB) CurrentThresholds(ctx context.Context) (map[int64]*domain.ThresholdAnalysis, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[int64]*domain.ThresholdAnalysis, error) { return s.currentThresholds(ctx, tx) })
}

func (s *DB) currentThresholds(ctx context.Context, tx *sql.Tx) (map[int64]*domain.ThresholdAnalysis, error) {
	rows, err := tx.QueryContext(ctx, "SELECT "+thresholdColumns+" FROM threshold_analyses WHERE current = 1")
	if err != nil {
		return nil, fmt.Errorf("threshold analyses: %w", err)
	}
	out := map[int64]*domain.ThresholdAnalysis{}
	byID := map[int64]*domain.ThresholdAnalysis{}
	for rows.Next() {
		t, err := scanThreshold(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out[t.AssetID], byID[t.ID] = t, t
	}
	rows.Close()
	ans, err := tx.QueryContext(ctx, "SELECT a.analysis_id, a.question_id, a.answer, a.comment FROM threshold_answers a JOIN threshold_analyses t ON t.id = a.analysis_id WHERE t.current = 1")
	if err != nil {
		return nil, fmt.Errorf("threshold answers: %w", err)
	}
	defer ans.Close()
	for ans.Next() {
		var id int64
		var q, a, c string
		if err := ans.Scan(&id, &q, &a, &c); err != nil {
			return nil, err
		}
		if t := byID[id]; t != nil {
			t.Responses[q] = domain.Response{Answer: domain.Answer(a), Comment: c}
		}
	}
	return out, ans.Err()
}
