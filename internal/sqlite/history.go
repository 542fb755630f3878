package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// recorder collects the changes one edit makes, to be written in the
// edit's own transaction.
type recorder struct {
	s       *DB
	assetID int64
	entity  string
	id      int64
	changes []domain.Change
}

func (s *DB) record(assetID int64, entity string, id int64) *recorder {
	return &recorder{s: s, assetID: assetID, entity: entity, id: id}
}

// field records the field with code going from old to new, if it
// changed. args are the names the field's label needs, such as the
// information type and aspect of a rating (see domain.ChangeLabels).
func (r *recorder) field(code, old, new string, args ...string) {
	if old == new {
		return
	}
	r.changes = append(r.changes, domain.Change{Field: code, Args: args, Old: old, New: new})
}

func (r *recorder) write(ctx context.Context, tx *sql.Tx) error {
	at := timestamp(r.s.now())
	for _, c := range r.changes {
		if _, err := r.s.execTx(ctx, tx, qInsertChange, at, r.s.user, r.assetID, r.entity, r.id, c.Field, argsText(c.Args), c.Old, c.New); err != nil {
			return fmt.Errorf("record change: %w", err)
		}
	}
	return nil
}

// History returns the recorded changes of asset assetID, newest first.
func (s *DB) History(ctx context.Context, assetID int64) ([]domain.Change, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.Change, error) { return s.history(ctx, tx, assetID) })
}

func (s *DB) history(ctx context.Context, tx *sql.Tx, assetID int64) ([]domain.Change, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, at, user, asset_id, entity, entity_id, field, args, old, new
		FROM changes WHERE asset_id = ? ORDER BY id DESC`, assetID)
	if err != nil {
		return nil, fmt.Errorf("history of asset %d: %w", assetID, err)
	}
	return scanChanges(rows)
}

// scanChanges reads change rows (id, at, user, asset_id, entity,
// entity_id, field, args, old, new) and closes them.
func scanChanges(rows *sql.Rows) ([]domain.Change, error) {
	defer rows.Close()
	var out []domain.Change
	for rows.Next() {
		var c domain.Change
		var at, args string
		if err := rows.Scan(&c.ID, &at, &c.User, &c.AssetID, &c.Entity, &c.EntityID, &c.Field, &args, &c.Old, &c.New); err != nil {
			return nil, err
		}
		c.At = parseTimestamp(at)
		c.Args = parseArgs(args)
		out = append(out, c)
	}
	return out, rows.Err()
}

func boolText(b bool) string {
	if b {
		return "ja"
	}
	return "nej"
}

// argsText stores a change's arguments as a JSON array ("" for none).
func argsText(args []string) string {
	if len(args) == 0 {
		return ""
	}
	b, _ := json.Marshal(args)
	return string(b)
}

func parseArgs(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	json.Unmarshal([]byte(s), &out)
	return out
}
