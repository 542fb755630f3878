package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// checkRating refuses an aspect Infoklass does not know and a level that
// model m does not have (Unset is no level, and allowed).
func checkRating(m *domain.Model, a domain.Aspect, l domain.Level) error {
	if !a.Valid() {
		return &Error{Code: CodeUnknownAspect, Args: []any{string(a)}}
	}
	if l != domain.Unset && !m.Valid(l) {
		return &Error{Code: CodeInvalidLevel, Args: []any{m.NumberText(l), string(a), m.Range()}}
	}
	return nil
}

// checkInfoTypeText refuses an information type's name that ValidateName
// refuses, or a description that ValidateText does.
func checkInfoTypeText(name, description string) error {
	if err := domain.ValidateName(name); err != nil {
		return err
	}
	return domain.ValidateText("Beskrivning", description)
}

func flagsText(fs []domain.Flag) string {
	s := make([]string, len(fs))
	for i, f := range fs {
		s[i] = string(f)
	}
	return strings.Join(s, ",")
}

func parseFlags(s string) []domain.Flag {
	if s == "" {
		return nil
	}
	var out []domain.Flag
	for _, f := range strings.Split(s, ",") {
		out = append(out, domain.Flag(f))
	}
	return out
}

func (s *DB) insertInfoType(ctx context.Context, tx *sql.Tx, classificationID int64, pos int, t *domain.InfoType) error {
	t.Name = domain.NormalizeName(t.Name)
	t.Description = domain.MultiLine(t.Description)
	if err := checkInfoTypeText(t.Name, t.Description); err != nil {
		return err
	}
	for a, r := range t.Ratings {
		if err := domain.ValidateText("Motivering", r.Motivation); err != nil {
			return err
		}
		if err := checkRating(s.model, a, r.Level); err != nil {
			return err
		}
		r.Motivation = domain.MultiLine(r.Motivation)
		t.Ratings[a] = r
	}
	res, err := s.execTx(ctx, tx, qInsertInfoType, classificationID, pos, t.Name, t.Description, flagsText(t.Flags))
	if err != nil {
		return fmt.Errorf("add information type %q: %w", t.Name, err)
	}
	t.ID, _ = res.LastInsertId()
	for a, r := range t.Ratings {
		if _, err := s.execTx(ctx, tx, qInsertRating, t.ID, string(a), int(r.Level), r.Motivation); err != nil {
			return fmt.Errorf("rating %s of %q: %w", a, t.Name, err)
		}
	}
	return nil
}

func insertParticipant(ctx context.Context, tx *sql.Tx, classificationID int64, pos int, p *domain.Participant) error {
	if p.Role == "" {
		p.Role = domain.RoleOther
	}
	p.Name = domain.NormalizeName(p.Name)
	if err := domain.ValidateName(p.Name); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO participants (classification_id, position, name, role) VALUES (?, ?, ?, ?)`,
		classificationID, pos, p.Name, string(p.Role))
	if err != nil {
		return fmt.Errorf("add participant: %w", err)
	}
	p.ID, _ = res.LastInsertId()
	return nil
}

// owner returns the asset and classification that a child row belongs
// to, for an edit of it: a row of a decided classification cannot be
// edited, and owner returns domain.ErrDecided for it.
func owner(ctx context.Context, tx *sql.Tx, query string, id int64) (assetID, classificationID int64, err error) {
	var decided string
	err = tx.QueryRowContext(ctx, query, id).Scan(&assetID, &classificationID, &decided)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return 0, 0, ErrNotFound
	case err != nil:
		return 0, 0, err
	case decided != "":
		return 0, 0, domain.ErrDecided
	}
	return assetID, classificationID, nil
}

const (
	classificationOwner = `SELECT asset_id, id, decided_on FROM classifications WHERE id = ?`
	infoTypeOwner       = `SELECT c.asset_id, c.id, c.decided_on FROM info_types t JOIN classifications c ON c.id = t.classification_id WHERE t.id = ?`
	participantOwner    = `SELECT c.asset_id, c.id, c.decided_on FROM participants p JOIN classifications c ON c.id = p.classification_id WHERE p.id = ?`
)

// nextPosition returns the position after the last row of table in the classification.
func nextPosition(ctx context.Context, tx *sql.Tx, table string, classificationID int64) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position) + 1, 0) FROM "+table+" WHERE classification_id = ?", classificationID).Scan(&n)
	return n, err
}

// AddParticipant adds p last among the classification's participants.
func (s *DB) AddParticipant(ctx context.Context, classificationID int64, p *domain.Participant) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, classificationOwner, classificationID)
		if err != nil {
			return fmt.Errorf("add participant to %d: %w", classificationID, err)
		}
		pos, err := nextPosition(ctx, tx, "participants", classificationID)
		if err != nil {
			return err
		}
		if err := insertParticipant(ctx, tx, classificationID, pos, p); err != nil {
			return err
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		r := s.record(assetID, "participant", p.ID)
		r.field("added", "", p.Name)
		return r.write(ctx, tx)
	})
}

// UpdateParticipant stores p's name and role.
func (s *DB) UpdateParticipant(ctx context.Context, p *domain.Participant) error {
	now := s.now()
	p.Name = domain.NormalizeName(p.Name)
	if err := domain.ValidateName(p.Name); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, participantOwner, p.ID)
		if err != nil {
			return fmt.Errorf("update participant %d: %w", p.ID, err)
		}
		var oldName, oldRole string
		if err := tx.QueryRowContext(ctx, "SELECT name, role FROM participants WHERE id = ?", p.ID).Scan(&oldName, &oldRole); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE participants SET name = ?, role = ? WHERE id = ?", p.Name, string(p.Role), p.ID); err != nil {
			return fmt.Errorf("update participant %d: %w", p.ID, err)
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		r := s.record(assetID, "participant", p.ID)
		r.field("name", oldName, p.Name)
		r.field("role", oldRole, string(p.Role))
		return r.write(ctx, tx)
	})
}

// DeleteParticipant removes a participant.
func (s *DB) DeleteParticipant(ctx context.Context, id int64) error {
	return s.deleteChild(ctx, participantOwner, "participants", "participant", "deleted", id)
}

// AddInfoType adds t, with any ratings it holds, last in the classification.
func (s *DB) AddInfoType(ctx context.Context, classificationID int64, t *domain.InfoType) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, classificationOwner, classificationID)
		if err != nil {
			return fmt.Errorf("add information type to %d: %w", classificationID, err)
		}
		pos, err := nextPosition(ctx, tx, "info_types", classificationID)
		if err != nil {
			return err
		}
		if err := s.insertInfoType(ctx, tx, classificationID, pos, t); err != nil {
			return err
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		r := s.record(assetID, "infotype", t.ID)
		r.field("added", "", t.Name)
		return r.write(ctx, tx)
	})
}

// UpdateInfoType stores t's name, description and flags.
func (s *DB) UpdateInfoType(ctx context.Context, t *domain.InfoType) error {
	now := s.now()
	t.Name, t.Description = domain.NormalizeName(t.Name), domain.MultiLine(t.Description)
	if err := checkInfoTypeText(t.Name, t.Description); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, infoTypeOwner, t.ID)
		if err != nil {
			return fmt.Errorf("update information type %d: %w", t.ID, err)
		}
		var oldName, oldDesc, oldFlags string
		if err := tx.QueryRowContext(ctx, "SELECT name, description, flags FROM info_types WHERE id = ?", t.ID).Scan(&oldName, &oldDesc, &oldFlags); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE info_types SET name = ?, description = ?, flags = ? WHERE id = ?",
			t.Name, t.Description, flagsText(t.Flags), t.ID); err != nil {
			return fmt.Errorf("update information type %d: %w", t.ID, err)
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		r := s.record(assetID, "infotype", t.ID)
		r.field("name", oldName, t.Name)
		r.field("description", oldDesc, t.Description, t.Name)
		r.field("flags", oldFlags, flagsText(t.Flags), t.Name)
		return r.write(ctx, tx)
	})
}

// MoveInfoType swaps an information type with its neighbour: delta -1
// moves it up, +1 down. At either end it does nothing.
func (s *DB) MoveInfoType(ctx context.Context, id int64, delta int) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, classID, err := owner(ctx, tx, infoTypeOwner, id)
		if err != nil {
			return fmt.Errorf("move information type %d: %w", id, err)
		}
		rows, err := tx.QueryContext(ctx, "SELECT id FROM info_types WHERE classification_id = ? ORDER BY position, id", classID)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var x int64
			rows.Scan(&x)
			ids = append(ids, x)
		}
		rows.Close()
		for i, x := range ids {
			if x != id {
				continue
			}
			j := i + delta
			if j < 0 || j >= len(ids) {
				return nil
			}
			ids[i], ids[j] = ids[j], ids[i]
			break
		}
		for pos, x := range ids {
			if _, err := tx.ExecContext(ctx, "UPDATE info_types SET position = ? WHERE id = ?", pos, x); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteInfoType removes an information type with its ratings.
func (s *DB) DeleteInfoType(ctx context.Context, id int64) error {
	return s.deleteChild(ctx, infoTypeOwner, "info_types", "infotype", "deleted", id)
}

func (s *DB) deleteChild(ctx context.Context, ownerQuery, table, entity, field string, id int64) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, ownerQuery, id)
		if err != nil {
			return fmt.Errorf("delete %s %d: %w", entity, id, err)
		}
		var name string
		tx.QueryRowContext(ctx, "SELECT name FROM "+table+" WHERE id = ?", id).Scan(&name)
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id); err != nil {
			return fmt.Errorf("delete %s %d: %w", entity, id, err)
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		r := s.record(assetID, entity, id)
		r.field(field, name, "")
		return r.write(ctx, tx)
	})
}

// SetRating stores the level and motivation of one aspect of an
// information type.
func (s *DB) SetRating(ctx context.Context, infoTypeID int64, a domain.Aspect, rt domain.Rating) error {
	if err := checkRating(s.model, a, rt.Level); err != nil {
		return err
	}
	rt.Motivation = domain.MultiLine(rt.Motivation)
	if err := domain.ValidateText("Motivering", rt.Motivation); err != nil {
		return err
	}
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, infoTypeOwner, infoTypeID)
		if err != nil {
			return fmt.Errorf("set rating of %d: %w", infoTypeID, err)
		}
		var name string
		var oldLevel int
		var oldMot string
		tx.QueryRowContext(ctx, "SELECT name FROM info_types WHERE id = ?", infoTypeID).Scan(&name)
		err = tx.QueryRowContext(ctx, "SELECT level, motivation FROM ratings WHERE info_type_id = ? AND aspect = ?", infoTypeID, string(a)).Scan(&oldLevel, &oldMot)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO ratings (info_type_id, aspect, level, motivation) VALUES (?, ?, ?, ?)
			ON CONFLICT (info_type_id, aspect) DO UPDATE SET level = excluded.level, motivation = excluded.motivation`,
			infoTypeID, string(a), int(rt.Level), rt.Motivation); err != nil {
			return fmt.Errorf("set rating %s of %d: %w", a, infoTypeID, err)
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		r := s.record(assetID, "rating", infoTypeID)
		r.field("level", levelCode(domain.Level(oldLevel)), levelCode(rt.Level), name, string(a))
		r.field("motivation", oldMot, rt.Motivation, name, string(a))
		return r.write(ctx, tx)
	})
}

func upsertRaise(ctx context.Context, tx *sql.Tx, classificationID int64, a domain.Aspect, r domain.Raise) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO raises (classification_id, aspect, level, reason, explanation) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (classification_id, aspect) DO UPDATE SET level = excluded.level, reason = excluded.reason,
		explanation = excluded.explanation`, classificationID, string(a), int(r.Level), string(r.Reason), r.Explanation)
	if err != nil {
		return fmt.Errorf("raise %s of %d: %w", a, classificationID, err)
	}
	return nil
}

// SetRaise stores the raise of aspect a; nil removes it.
func (s *DB) SetRaise(ctx context.Context, classificationID int64, a domain.Aspect, rs *domain.Raise) error {
	if rs != nil {
		if err := checkRating(s.model, a, rs.Level); err != nil {
			return err
		}
		rs.Explanation = domain.MultiLine(rs.Explanation)
		if err := domain.ValidateText("Motivering till höjningen", rs.Explanation); err != nil {
			return err
		}
		if rs.Level == domain.Unset {
			rs = nil
		}
	} else if !a.Valid() {
		return &Error{Code: CodeUnknownAspect, Args: []any{string(a)}}
	}
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, classificationOwner, classificationID)
		if err != nil {
			return fmt.Errorf("set raise of %d: %w", classificationID, err)
		}
		var old domain.Raise
		var oldLevel int
		var oldReason string
		tx.QueryRowContext(ctx, "SELECT level, reason, explanation FROM raises WHERE classification_id = ? AND aspect = ?",
			classificationID, string(a)).Scan(&oldLevel, &oldReason, &old.Explanation)
		old.Level, old.Reason = domain.Level(oldLevel), domain.RaiseReason(oldReason)
		var after domain.Raise
		if rs == nil {
			if _, err := tx.ExecContext(ctx, "DELETE FROM raises WHERE classification_id = ? AND aspect = ?", classificationID, string(a)); err != nil {
				return err
			}
		} else {
			after = *rs
			if err := upsertRaise(ctx, tx, classificationID, a, *rs); err != nil {
				return err
			}
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		r := s.record(assetID, "raise", classificationID)
		r.field("level", levelCode(old.Level), levelCode(after.Level), string(a))
		r.field("reason", string(old.Reason), string(after.Reason), string(a))
		r.field("explanation", old.Explanation, after.Explanation, string(a))
		return r.write(ctx, tx)
	})
}

// infoTypes loads information types with ratings for the classifications
// that where selects (on info_types t), keyed by classification.
func infoTypes(ctx context.Context, q querier, where string, args ...any) (map[int64][]domain.InfoType, error) {
	rows, err := q.QueryContext(ctx, `SELECT t.classification_id, t.id, t.name, t.description, t.flags, r.aspect, r.level, r.motivation
		FROM info_types t LEFT JOIN ratings r ON r.info_type_id = t.id `+where+` ORDER BY t.classification_id, t.position, t.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("information types: %w", err)
	}
	defer rows.Close()
	out := map[int64][]domain.InfoType{}
	var cur *domain.InfoType
	var curClass int64
	for rows.Next() {
		var classID, id int64
		var name, desc, flags string
		var aspect sql.NullString
		var level sql.NullInt64
		var mot sql.NullString
		if err := rows.Scan(&classID, &id, &name, &desc, &flags, &aspect, &level, &mot); err != nil {
			return nil, err
		}
		if cur == nil || cur.ID != id {
			if cur != nil {
				out[curClass] = append(out[curClass], *cur)
			}
			cur = &domain.InfoType{ID: id, Name: name, Description: desc, Flags: parseFlags(flags), Ratings: map[domain.Aspect]domain.Rating{}}
			curClass = classID
		}
		if aspect.Valid {
			cur.Ratings[domain.Aspect(aspect.String)] = domain.Rating{Level: domain.Level(level.Int64), Motivation: mot.String}
		}
	}
	if cur != nil {
		out[curClass] = append(out[curClass], *cur)
	}
	return out, rows.Err()
}

// raises loads raises for the classifications that where selects.
func raises(ctx context.Context, q querier, where string, args ...any) (map[int64]map[domain.Aspect]domain.Raise, error) {
	rows, err := q.QueryContext(ctx, "SELECT classification_id, aspect, level, reason, explanation FROM raises "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("raises: %w", err)
	}
	defer rows.Close()
	out := map[int64]map[domain.Aspect]domain.Raise{}
	for rows.Next() {
		var id int64
		var a, reason, expl string
		var level int
		if err := rows.Scan(&id, &a, &level, &reason, &expl); err != nil {
			return nil, err
		}
		if out[id] == nil {
			out[id] = map[domain.Aspect]domain.Raise{}
		}
		out[id][domain.Aspect(a)] = domain.Raise{Level: domain.Level(level), Reason: domain.RaiseReason(reason), Explanation: expl}
	}
	return out, rows.Err()
}

// levelCode is how the history records a level: its place on the scale
// as digits ("3"), or "–" when unset, whatever the model's numbering;
// domain.Change.Values names it in the model's numbers for the reader.
func levelCode(l domain.Level) string {
	if l == domain.Unset {
		return "–"
	}
	return strconv.Itoa(int(l))
}
