package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

const normColumns = `id, norm_key, version, name, description, organisation, date, decided_by, scope, model_id, model_version, file, imported_at`

// ImportNorm stores norm n in the library with its information types,
// ratings, raises and threshold answers, in one transaction, and sets
// n.ID. A version already in the library is refused with ErrNormExists.
func (s *DB) ImportNorm(ctx context.Context, n *domain.Norm) error {
	if err := n.Validate(s.model); err != nil {
		return err
	}
	if err := s.checkNormLevels(n); err != nil {
		return err
	}
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM norms WHERE norm_key = ? AND version = ?", n.Key, n.Version).Scan(&id)
		if err == nil {
			return fmt.Errorf("%s: %w", n.Title(), ErrNormExists)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO norms (norm_key, version, name, description, organisation, date, decided_by, scope,
			model_id, model_version, file, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			n.Key, n.Version, domain.NormalizeName(n.Name), n.Description, domain.NormalizeName(n.Organisation), n.Date.String(),
			n.DecidedBy, n.Scope, n.ModelID, n.ModelVersion, n.File, timestamp(now))
		if err != nil {
			return fmt.Errorf("import norm %s: %w", n.Title(), err)
		}
		n.ID, _ = res.LastInsertId()
		n.ImportedAt = now
		for i := range n.InfoTypes {
			t := &n.InfoTypes[i]
			res, err := tx.ExecContext(ctx, "INSERT INTO norm_info_types (norm_id, position, name, description, flags) VALUES (?, ?, ?, ?, ?)",
				n.ID, i, domain.NormalizeName(t.Name), t.Description, flagsText(t.Flags))
			if err != nil {
				return fmt.Errorf("import norm %s: %q: %w", n.Title(), t.Name, err)
			}
			t.ID, _ = res.LastInsertId()
			for a, r := range t.Ratings {
				if _, err := tx.ExecContext(ctx, "INSERT INTO norm_ratings (norm_info_type_id, aspect, level, motivation) VALUES (?, ?, ?, ?)",
					t.ID, string(a), int(r.Level), r.Motivation); err != nil {
					return fmt.Errorf("import norm %s: %q %s: %w", n.Title(), t.Name, a, err)
				}
			}
		}
		for a, r := range n.Raises {
			if _, err := tx.ExecContext(ctx, "INSERT INTO norm_raises (norm_id, aspect, level, reason, explanation) VALUES (?, ?, ?, ?, ?)",
				n.ID, string(a), int(r.Level), string(r.Reason), r.Explanation); err != nil {
				return fmt.Errorf("import norm %s: raise %s: %w", n.Title(), a, err)
			}
		}
		if t := n.Threshold; t != nil {
			if _, err := tx.ExecContext(ctx, `INSERT INTO norm_thresholds (norm_id, question_set_id, question_set_version, not_applicable,
				not_applicable_reason, decision, decision_reason) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				n.ID, t.QuestionSetID, t.QuestionSetVersion, t.NotApplicable, t.NotApplicableReason, string(t.Decision), t.DecisionReason); err != nil {
				return fmt.Errorf("import norm %s: threshold: %w", n.Title(), err)
			}
			for q, r := range t.Responses {
				if _, err := tx.ExecContext(ctx, "INSERT INTO norm_answers (norm_id, question_id, answer, comment) VALUES (?, ?, ?, ?)",
					n.ID, q, string(r.Answer), r.Comment); err != nil {
					return fmt.Errorf("import norm %s: answer %s: %w", n.Title(), q, err)
				}
			}
		}
		r := s.record(0, "norm", n.ID)
		r.field("norm_imported", "", n.Title())
		return r.write(ctx, tx)
	})
}

// DeleteNorm removes a norm from the library. Classifications started
// from it keep its key, version and what it said about each rating.
func (s *DB) DeleteNorm(ctx context.Context, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		n, err := loadNorm(ctx, tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM norms WHERE id = ?", id); err != nil {
			return fmt.Errorf("delete norm %d: %w", id, err)
		}
		r := s.record(0, "norm", id)
		r.field("norm_deleted", n.Title(), "")
		return r.write(ctx, tx)
	})
}

// Norms returns the library, every version of every norm, complete, by
// name, organisation and version.
func (s *DB) Norms(ctx context.Context) ([]domain.Norm, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.Norm, error) { return s.loadNorms(ctx, tx) })
}

func (s *DB) loadNorms(ctx context.Context, tx *sql.Tx) ([]domain.Norm, error) {
	return norms(ctx, tx, "ORDER BY name COLLATE NOCASE, organisation COLLATE NOCASE, version")
}

// Norm returns the norm with the given library ID.
func (s *DB) Norm(ctx context.Context, id int64) (*domain.Norm, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.Norm, error) { return s.norm(ctx, tx, id) })
}

func (s *DB) norm(ctx context.Context, tx *sql.Tx, id int64) (*domain.Norm, error) {
	return loadNorm(ctx, tx, id)
}

// NormVersions returns the versions of the norm with key, oldest first.
func (s *DB) NormVersions(ctx context.Context, key string) ([]domain.Norm, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.Norm, error) { return s.normVersions(ctx, tx, key) })
}

func (s *DB) normVersions(ctx context.Context, tx *sql.Tx, key string) ([]domain.Norm, error) {
	return norms(ctx, tx, "WHERE norm_key = ? ORDER BY version", key)
}

func loadNorm(ctx context.Context, q querier, id int64) (*domain.Norm, error) {
	ns, err := norms(ctx, q, "WHERE id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(ns) == 0 {
		return nil, ErrNotFound
	}
	return &ns[0], nil
}

func norms(ctx context.Context, q querier, where string, args ...any) ([]domain.Norm, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+normColumns+" FROM norms "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("norms: %w", err)
	}
	var out []domain.Norm
	for rows.Next() {
		var n domain.Norm
		var date, imported string
		if err := rows.Scan(&n.ID, &n.Key, &n.Version, &n.Name, &n.Description, &n.Organisation, &date, &n.DecidedBy,
			&n.Scope, &n.ModelID, &n.ModelVersion, &n.File, &imported); err != nil {
			rows.Close()
			return nil, err
		}
		n.Date, _ = domain.ParseDate(date)
		n.ImportedAt = parseTimestamp(imported)
		n.Raises = map[domain.Aspect]domain.Raise{}
		out = append(out, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if err := loadNormDetails(ctx, q, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func loadNormDetails(ctx context.Context, q querier, n *domain.Norm) error {
	rows, err := q.QueryContext(ctx, `SELECT t.id, t.name, t.description, t.flags, r.aspect, r.level, r.motivation
		FROM norm_info_types t LEFT JOIN norm_ratings r ON r.norm_info_type_id = t.id
		WHERE t.norm_id = ? ORDER BY t.position, t.id`, n.ID)
	if err != nil {
		return fmt.Errorf("norm %d: %w", n.ID, err)
	}
	for rows.Next() {
		var id int64
		var name, desc, flags string
		var aspect, mot sql.NullString
		var level sql.NullInt64
		if err := rows.Scan(&id, &name, &desc, &flags, &aspect, &level, &mot); err != nil {
			rows.Close()
			return err
		}
		if len(n.InfoTypes) == 0 || n.InfoTypes[len(n.InfoTypes)-1].ID != id {
			n.InfoTypes = append(n.InfoTypes, domain.InfoType{ID: id, Name: name, Description: desc, Flags: parseFlags(flags),
				Ratings: map[domain.Aspect]domain.Rating{}})
		}
		if aspect.Valid {
			n.InfoTypes[len(n.InfoTypes)-1].Ratings[domain.Aspect(aspect.String)] = domain.Rating{Level: domain.Level(level.Int64), Motivation: mot.String}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = q.QueryContext(ctx, "SELECT aspect, level, reason, explanation FROM norm_raises WHERE norm_id = ?", n.ID)
	if err != nil {
		return fmt.Errorf("norm %d: %w", n.ID, err)
	}
	for rows.Next() {
		var a, reason, expl string
		var level int
		rows.Scan(&a, &level, &reason, &expl)
		n.Raises[domain.Aspect(a)] = domain.Raise{Level: domain.Level(level), Reason: domain.RaiseReason(reason), Explanation: expl}
	}
	rows.Close()
	var t domain.NormThreshold
	var decision string
	err = q.QueryRowContext(ctx, `SELECT question_set_id, question_set_version, not_applicable, not_applicable_reason, decision, decision_reason
		FROM norm_thresholds WHERE norm_id = ?`, n.ID).Scan(&t.QuestionSetID, &t.QuestionSetVersion, &t.NotApplicable,
		&t.NotApplicableReason, &decision, &t.DecisionReason)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("norm %d: threshold: %w", n.ID, err)
	}
	t.Decision, t.Responses = domain.Decision(decision), map[string]domain.Response{}
	rows, err = q.QueryContext(ctx, "SELECT question_id, answer, comment FROM norm_answers WHERE norm_id = ?", n.ID)
	if err != nil {
		return fmt.Errorf("norm %d: answers: %w", n.ID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, answer, comment string
		rows.Scan(&id, &answer, &comment)
		t.Responses[id] = domain.Response{Answer: domain.Answer(answer), Comment: comment}
	}
	n.Threshold = &t
	return rows.Err()
}

// CreateFromNorm stores classification c, started from norm n by
// domain.FromNorm with origins, in one transaction: the classification
// with its information types and ratings, its link to the norm, and per
// rating what the norm said.
func (s *DB) CreateFromNorm(ctx context.Context, c *domain.Classification, n *domain.Norm, origins []map[domain.Aspect]domain.Origin) error {
	if len(origins) != len(c.InfoTypes) {
		return fmt.Errorf("classification from norm %s: %d origins for %d information types", n.Title(), len(origins), len(c.InfoTypes))
	}
	if c.Decided() {
		return &Error{Code: CodeNormStartsUndecided}
	}
	if c.ModelID == "" {
		m := s.model
		c.ModelID, c.ModelVersion = m.ID, m.Version
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.createClassification(ctx, tx, c); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO classification_norms (classification_id, norm_id, norm_key, norm_version, name, organisation)
			VALUES (?, ?, ?, ?, ?, ?)`, c.ID, nullID(n.ID), n.Key, n.Version, n.Name, n.Organisation); err != nil {
			return fmt.Errorf("classification from norm %s: %w", n.Title(), err)
		}
		for i, per := range origins {
			for a, o := range per {
				if o.Level == domain.Unset {
					continue
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO rating_origins (info_type_id, aspect, norm_level, norm_motivation, reason, approved_by)
					VALUES (?, ?, ?, ?, ?, ?)`, c.InfoTypes[i].ID, string(a), int(o.Level), o.Motivation, o.Reason, o.ApprovedBy); err != nil {
					return fmt.Errorf("classification from norm %s: origin: %w", n.Title(), err)
				}
			}
		}
		r := s.record(c.AssetID, "classification", c.ID)
		r.field("norm", "", n.Title())
		return r.write(ctx, tx)
	})
}

// NormLink returns the norm classification classificationID was started
// from, with what it said about each rating, or nil when it was not
// started from a norm.
func (s *DB) NormLink(ctx context.Context, classificationID int64) (*domain.NormLink, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.NormLink, error) { return s.normLink(ctx, tx, classificationID) })
}

func (s *DB) normLink(ctx context.Context, tx *sql.Tx, classificationID int64) (*domain.NormLink, error) {
	return loadNormLink(ctx, tx, classificationID)
}

// loadNormLink is NormLink inside a transaction or on the database.
func loadNormLink(ctx context.Context, q querier, classificationID int64) (*domain.NormLink, error) {
	var l domain.NormLink
	var normID sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT norm_id, norm_key, norm_version, name, organisation FROM classification_norms
		WHERE classification_id = ?`, classificationID).Scan(&normID, &l.Key, &l.Version, &l.Name, &l.Organisation)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("norm of classification %d: %w", classificationID, err)
	}
	l.NormID = normID.Int64
	l.Origins = map[int64]map[domain.Aspect]domain.Origin{}
	rows, err := q.QueryContext(ctx, `SELECT o.info_type_id, o.aspect, o.norm_level, o.norm_motivation, o.reason, o.approved_by
		FROM rating_origins o JOIN info_types t ON t.id = o.info_type_id WHERE t.classification_id = ?`, classificationID)
	if err != nil {
		return nil, fmt.Errorf("norm of classification %d: %w", classificationID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var a string
		var level int
		var o domain.Origin
		if err := rows.Scan(&id, &a, &level, &o.Motivation, &o.Reason, &o.ApprovedBy); err != nil {
			return nil, err
		}
		o.Level = domain.Level(level)
		if l.Origins[id] == nil {
			l.Origins[id] = map[domain.Aspect]domain.Origin{}
		}
		l.Origins[id][domain.Aspect(a)] = o
	}
	return &l, rows.Err()
}

// SetNormDeviation stores why the local level of aspect a of information
// type infoTypeID differs from the norm's, and who approved a level below
// it. The history records it as norm_raised or norm_lowered by how the
// level stands now.
func (s *DB) SetNormDeviation(ctx context.Context, infoTypeID int64, a domain.Aspect, reason, approvedBy string) error {
	reason, approvedBy = domain.NormalizeName(reason), domain.NormalizeName(approvedBy)
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, infoTypeOwner, infoTypeID)
		if err != nil {
			return fmt.Errorf("norm deviation of %d: %w", infoTypeID, err)
		}
		var o domain.Origin
		var level, local int
		err = tx.QueryRowContext(ctx, "SELECT norm_level, reason, approved_by FROM rating_origins WHERE info_type_id = ? AND aspect = ?",
			infoTypeID, string(a)).Scan(&level, &o.Reason, &o.ApprovedBy)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("norm deviation of %d %s: %w", infoTypeID, a, &Error{Code: CodeNotFromNorm})
		}
		if err != nil {
			return err
		}
		o.Level = domain.Level(level)
		tx.QueryRowContext(ctx, "SELECT level FROM ratings WHERE info_type_id = ? AND aspect = ?", infoTypeID, string(a)).Scan(&local)
		if _, err := tx.ExecContext(ctx, "UPDATE rating_origins SET reason = ?, approved_by = ? WHERE info_type_id = ? AND aspect = ?",
			reason, approvedBy, infoTypeID, string(a)); err != nil {
			return fmt.Errorf("norm deviation of %d %s: %w", infoTypeID, a, err)
		}
		if err := s.touch(ctx, tx, assetID, classID, now); err != nil {
			return err
		}
		code := "norm_reason"
		switch o.Deviation(domain.Level(local)) {
		case domain.RaisedFromNorm:
			code = "norm_raised"
		case domain.LoweredFromNorm:
			code = "norm_lowered"
		}
		r := s.record(assetID, "rating", infoTypeID)
		r.field(string(a)+"."+code, o.Reason, reason)
		r.field(string(a)+".norm_approved_by", o.ApprovedBy, approvedBy)
		return r.write(ctx, tx)
	})
}

// CarryNorm gives classification to — a follow-up started as a copy of
// classification from — the norm link of from, and each of its
// information types the origins of the type of the same name in from.
// It does nothing when from was not started from a norm.
func (s *DB) CarryNorm(ctx context.Context, from, to int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		l, err := loadNormLink(ctx, tx, from)
		if err != nil || l == nil {
			return err
		}
		assetID, _, err := owner(ctx, tx, classificationOwner, to)
		if err != nil {
			return fmt.Errorf("carry norm to %d: %w", to, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO classification_norms (classification_id, norm_id, norm_key, norm_version, name, organisation)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (classification_id) DO NOTHING`,
			to, nullID(l.NormID), l.Key, l.Version, l.Name, l.Organisation); err != nil {
			return fmt.Errorf("carry norm to %d: %w", to, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO rating_origins (info_type_id, aspect, norm_level, norm_motivation, reason, approved_by)
			SELECT nt.id, o.aspect, o.norm_level, o.norm_motivation, o.reason, o.approved_by
			FROM rating_origins o JOIN info_types ot ON ot.id = o.info_type_id AND ot.classification_id = ?
			JOIN info_types nt ON nt.classification_id = ? AND lower(nt.name) = lower(ot.name)`, from, to); err != nil {
			return fmt.Errorf("carry norm to %d: %w", to, err)
		}
		r := s.record(assetID, "classification", to)
		r.field("norm", "", fmt.Sprintf("Normerande klassning från %s: %s, version %d", l.Organisation, l.Name, l.Version))
		return r.write(ctx, tx)
	})
}

// checkNormLevels refuses a norm with a level the database's model does
// not have (a 5 in MSB 1–4).
func (s *DB) checkNormLevels(n *domain.Norm) error {
	for _, t := range n.InfoTypes {
		for a, r := range t.Ratings {
			if err := checkRating(s.model, a, r.Level); err != nil {
				return fmt.Errorf("%s, %s: %w", n.Title(), t.Name, err)
			}
		}
	}
	for a, r := range n.Raises {
		if err := checkRating(s.model, a, r.Level); err != nil {
			return fmt.Errorf("%s: %w", n.Title(), err)
		}
	}
	return nil
}
