package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// ParkedQuestions returns the classification's parked questions in the
// order they were parked.
func (s *DB) ParkedQuestions(ctx context.Context, classificationID int64) ([]domain.ParkedQuestion, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.ParkedQuestion, error) { return s.parkedQuestions(ctx, tx, classificationID) })
}

func (s *DB) parkedQuestions(ctx context.Context, tx *sql.Tx, classificationID int64) ([]domain.ParkedQuestion, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id, text, resolved FROM parked_questions WHERE classification_id = ? ORDER BY position, id", classificationID)
	if err != nil {
		return nil, fmt.Errorf("parked questions: %w", err)
	}
	defer rows.Close()
	var out []domain.ParkedQuestion
	for rows.Next() {
		var q domain.ParkedQuestion
		if err := rows.Scan(&q.ID, &q.Text, &q.Resolved); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// ParkQuestion adds a question last in the classification's list.
func (s *DB) ParkQuestion(ctx context.Context, classificationID int64, q *domain.ParkedQuestion) error {
	if err := q.Tidy(); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, _, err := owner(ctx, tx, classificationOwner, classificationID)
		if err != nil {
			return fmt.Errorf("park question: %w", err)
		}
		pos, err := nextPosition(ctx, tx, "parked_questions", classificationID)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO parked_questions (classification_id, position, text, resolved) VALUES (?, ?, ?, ?)",
			classificationID, pos, q.Text, q.Resolved)
		if err != nil {
			return fmt.Errorf("park question: %w", err)
		}
		q.ID, _ = res.LastInsertId()
		r := s.record(assetID, "parked", q.ID)
		r.field("added", "", q.Text)
		return r.write(ctx, tx)
	})
}

// UpdateParked stores a parked question's text and whether it is resolved.
func (s *DB) UpdateParked(ctx context.Context, q *domain.ParkedQuestion) error {
	if err := q.Tidy(); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, decided, old, err := parkedOwner(ctx, tx, q.ID)
		if err != nil {
			return err
		}
		if err := domain.ParkedChange(decided, old, *q); err != nil {
			return err
		}
		oldText, oldResolved := old.Text, old.Resolved
		if _, err := tx.ExecContext(ctx, "UPDATE parked_questions SET text = ?, resolved = ? WHERE id = ?", q.Text, q.Resolved, q.ID); err != nil {
			return fmt.Errorf("update parked question: %w", err)
		}
		r := s.record(assetID, "parked", q.ID)
		r.field("text", oldText, q.Text)
		r.field("resolved", boolText(oldResolved), boolText(q.Resolved))
		return r.write(ctx, tx)
	})
}

// DeleteParked removes a parked question.
func (s *DB) DeleteParked(ctx context.Context, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, decided, old, err := parkedOwner(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := domain.ParkedRemoval(decided); err != nil {
			return err
		}
		text := old.Text
		if _, err := tx.ExecContext(ctx, "DELETE FROM parked_questions WHERE id = ?", id); err != nil {
			return err
		}
		r := s.record(assetID, "parked", id)
		r.field("deleted", text, "")
		return r.write(ctx, tx)
	})
}

// parkedOwner returns parked question id as stored, its asset and
// whether its classification is decided.
func parkedOwner(ctx context.Context, tx *sql.Tx, id int64) (assetID int64, decided bool, q domain.ParkedQuestion, err error) {
	var decidedOn string
	err = tx.QueryRowContext(ctx, `SELECT c.asset_id, coalesce(c.decided_on, ''), p.id, p.text, p.resolved FROM parked_questions p
		JOIN classifications c ON c.id = p.classification_id WHERE p.id = ?`, id).Scan(&assetID, &decidedOn, &q.ID, &q.Text, &q.Resolved)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, q, ErrNotFound
	}
	if err != nil {
		return 0, false, q, fmt.Errorf("parked question: %w", err)
	}
	return assetID, decidedOn != "", q, nil
}

// CarryParked copies the open parked questions of classification from
// into classification to, last in its list, in one transaction: a
// follow-up goes on with the loose ends of the meeting before it. The
// questions of from are kept as they are. It returns how many were
// carried over; to must not be decided (domain.ErrDecided).
func (s *DB) CarryParked(ctx context.Context, from, to int64) (int, error) {
	var open []domain.ParkedQuestion
	err := s.write(ctx, func(tx *sql.Tx) error {
		qs, err := s.parkedQuestions(ctx, tx, from)
		if err != nil {
			return err
		}
		if open = domain.OpenParked(qs); len(open) == 0 {
			return nil
		}
		assetID, _, err := owner(ctx, tx, classificationOwner, to)
		if err != nil {
			return fmt.Errorf("carry parked questions: %w", err)
		}
		for i := range open {
			pos, err := nextPosition(ctx, tx, "parked_questions", to)
			if err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, "INSERT INTO parked_questions (classification_id, position, text, resolved) VALUES (?, ?, ?, 0)", to, pos, open[i].Text)
			if err != nil {
				return fmt.Errorf("carry parked questions: %w", err)
			}
			open[i].ID, _ = res.LastInsertId()
			r := s.record(assetID, "parked", open[i].ID)
			r.field("added", "", open[i].Text)
			if err := r.write(ctx, tx); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return len(open), nil
}

// AllParkedQuestions returns the parked questions of every asset's latest
// classification, by asset ID.
func (s *DB) AllParkedQuestions(ctx context.Context) (map[int64][]domain.ParkedQuestion, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[int64][]domain.ParkedQuestion, error) { return s.allParkedQuestions(ctx, tx) })
}

func (s *DB) allParkedQuestions(ctx context.Context, tx *sql.Tx) (map[int64][]domain.ParkedQuestion, error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.asset_id, p.id, p.text, p.resolved FROM parked_questions p
		JOIN classifications c ON c.id = p.classification_id
		WHERE c.id = (SELECT id FROM classifications c2 WHERE c2.asset_id = c.asset_id ORDER BY c2.date DESC, c2.id DESC LIMIT 1)
		ORDER BY c.asset_id, p.position, p.id`)
	if err != nil {
		return nil, fmt.Errorf("parked questions: %w", err)
	}
	defer rows.Close()
	out := map[int64][]domain.ParkedQuestion{}
	for rows.Next() {
		var a int64
		var q domain.ParkedQuestion
		if err := rows.Scan(&a, &q.ID, &q.Text, &q.Resolved); err != nil {
			return nil, err
		}
		out[a] = append(out[a], q)
	}
	return out, rows.Err()
}
