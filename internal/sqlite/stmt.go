package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// The statements an import or a bulk write runs thousands of times.
// They are prepared once when the database opens: parsing SQL anew for
// every row would cost more than the writing itself.
const (
	qCheckName      = "SELECT id FROM assets WHERE name_key = ? AND id <> ?"
	qTouchAsset     = "UPDATE assets SET updated_at = ? WHERE id = ?"
	qInsertChange   = "INSERT INTO changes (at, user, asset_id, entity, entity_id, field, args, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
	qInsertInfoType = "INSERT INTO info_types (classification_id, position, name, description, flags) VALUES (?, ?, ?, ?, ?)"
	qInsertRating   = "INSERT INTO ratings (info_type_id, aspect, level, motivation) VALUES (?, ?, ?, ?)"
	qWriteSummary   = `UPDATE classifications SET eff_k = ?, eff_r = ?, eff_t = ?, eff_s = ?, overall = ?, problems = ?,
		started = ?, flags = ? WHERE id = ?`
)

const (
	qInsertAsset = `INSERT INTO assets (name, name_key, description, kind, owner_name, owner_role, management_object,
		system, supplier, personal_data, rsa_critical, nis2, procurement_date, notes, status, status_reason,
		priority_adjust, priority_reason, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qInsertClassification = `INSERT INTO classifications (asset_id, date, kind, scope, model_id, model_version,
		decided_by, decided_at, next_review, decided_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

var hotQueries = []string{qInsertAsset, qInsertClassification, qCheckName, qTouchAsset, qInsertChange, qInsertInfoType, qInsertRating, qWriteSummary}

// prepare prepares the hot statements on the database's connection.
func (s *DB) prepare(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	for _, q := range hotQueries {
		st, err := s.db.Prepare(q)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", q, err)
		}
		s.stmts[q] = st
	}
	return nil
}

// execTx runs a statement in tx, prepared if it is a hot one.
func (s *DB) execTx(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	if st, ok := s.stmts[query]; ok {
		return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return tx.ExecContext(ctx, query, args...)
}

// queryRowTx runs a one-row query in tx, prepared if it is a hot one.
func (s *DB) queryRowTx(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	if st, ok := s.stmts[query]; ok {
		return tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return tx.QueryRowContext(ctx, query, args...)
}
