package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

const voteOwner = `SELECT c.asset_id, c.id, c.decided_on FROM vote_rounds v JOIN info_types t ON t.id = v.info_type_id
	JOIN classifications c ON c.id = t.classification_id WHERE v.id = ?`

// StartVote starts a silent vote on aspect a of information type
// infoTypeID and returns the empty round. Earlier rounds are kept.
func (s *DB) StartVote(ctx context.Context, infoTypeID int64, a domain.Aspect) (*domain.VoteRound, error) {
	if !a.Valid() {
		return nil, &Error{Code: CodeUnknownAspect, Args: []any{string(a)}}
	}
	now := s.now()
	v := &domain.VoteRound{InfoTypeID: infoTypeID, Aspect: a, CreatedAt: now}
	err := s.write(ctx, func(tx *sql.Tx) error {
		assetID, _, err := owner(ctx, tx, infoTypeOwner, infoTypeID)
		if err != nil {
			return fmt.Errorf("start vote on %d: %w", infoTypeID, err)
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO vote_rounds (info_type_id, aspect, created_at) VALUES (?, ?, ?)", infoTypeID, string(a), timestamp(now))
		if err != nil {
			return fmt.Errorf("start vote on %d: %w", infoTypeID, err)
		}
		v.ID, _ = res.LastInsertId()
		if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
			return err
		}
		var name string
		tx.QueryRowContext(ctx, "SELECT name FROM info_types WHERE id = ?", infoTypeID).Scan(&name)
		r := s.record(assetID, "vote", v.ID)
		r.field("vote_started", "", name+": "+string(a))
		return r.write(ctx, tx)
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// CastVote records participant participantID's level l in round roundID,
// replacing the participant's earlier vote in it. The participant must
// belong to the classification, the round must not be revealed, and the
// classification must not be decided (domain.ErrDecided).
func (s *DB) CastVote(ctx context.Context, roundID, participantID int64, l domain.Level) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, voteOwner, roundID)
		if err != nil {
			return fmt.Errorf("vote in round %d: %w", roundID, err)
		}
		v, err := voteRound(ctx, tx, roundID)
		if err != nil {
			return err
		}
		var p domain.Participant
		var pc int64
		err = tx.QueryRowContext(ctx, "SELECT id, name, classification_id FROM participants WHERE id = ?", participantID).Scan(&p.ID, &p.Name, &pc)
		if errors.Is(err, sql.ErrNoRows) || err == nil && pc != classID {
			return fmt.Errorf("vote in round %d: deltagaren finns inte i klassningen", roundID)
		}
		if err != nil {
			return err
		}
		old := ""
		for _, x := range v.Votes {
			if x.ParticipantID == participantID {
				old = s.model.NumberText(x.Level)
			}
		}
		if err := v.Cast(p, l, s.model); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO votes (round_id, participant_id, position, level)
			VALUES (?, ?, (SELECT count(*) FROM votes WHERE round_id = ?), ?)
			ON CONFLICT (round_id, participant_id) DO UPDATE SET level = excluded.level`,
			roundID, participantID, roundID, int(l)); err != nil {
			return fmt.Errorf("vote in round %d: %w", roundID, err)
		}
		if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
			return err
		}
		r := s.record(assetID, "vote", roundID)
		r.field("vote", voteText(p.Name, old), voteText(p.Name, s.model.NumberText(l)))
		return r.write(ctx, tx)
	})
}

func voteText(name, level string) string {
	if level == "" {
		return ""
	}
	return name + ": " + level
}

// RevealVote shows the votes of round roundID; no more votes are taken in it.
func (s *DB) RevealVote(ctx context.Context, roundID int64) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, _, err := owner(ctx, tx, voteOwner, roundID)
		if err != nil {
			return fmt.Errorf("reveal round %d: %w", roundID, err)
		}
		v, err := voteRound(ctx, tx, roundID)
		if err != nil || v.Revealed {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE vote_rounds SET revealed = 1 WHERE id = ?", roundID); err != nil {
			return fmt.Errorf("reveal round %d: %w", roundID, err)
		}
		if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
			return err
		}
		v.Revealed = true
		r := s.record(assetID, "vote", roundID)
		r.field("vote_revealed", "", v.Summary(s.model))
		return r.write(ctx, tx)
	})
}

// VoteRound returns the round with the given ID and its votes.
func (s *DB) VoteRound(ctx context.Context, id int64) (*domain.VoteRound, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.VoteRound, error) { return s.loadVoteRound(ctx, tx, id) })
}

func (s *DB) loadVoteRound(ctx context.Context, tx *sql.Tx, id int64) (*domain.VoteRound, error) {
	return voteRound(ctx, tx, id)
}

func voteRound(ctx context.Context, q querier, id int64) (*domain.VoteRound, error) {
	vs, err := voteRounds(ctx, q, "WHERE v.id = ?", id)
	if err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, ErrNotFound
	}
	return &vs[0], nil
}

// LatestVote returns the newest round on aspect a of information type
// infoTypeID, or nil when there is none.
func (s *DB) LatestVote(ctx context.Context, infoTypeID int64, a domain.Aspect) (*domain.VoteRound, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.VoteRound, error) { return s.latestVote(ctx, tx, infoTypeID, a) })
}

func (s *DB) latestVote(ctx context.Context, tx *sql.Tx, infoTypeID int64, a domain.Aspect) (*domain.VoteRound, error) {
	vs, err := voteRounds(ctx, tx, "WHERE v.info_type_id = ? AND v.aspect = ?", infoTypeID, string(a))
	if err != nil || len(vs) == 0 {
		return nil, err
	}
	return &vs[len(vs)-1], nil
}

// Votes returns every round of classification classificationID, in the
// order of its information types, then aspect, then as they were held.
func (s *DB) Votes(ctx context.Context, classificationID int64) ([]domain.VoteRound, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.VoteRound, error) { return s.votes(ctx, tx, classificationID) })
}

func (s *DB) votes(ctx context.Context, tx *sql.Tx, classificationID int64) ([]domain.VoteRound, error) {
	return voteRounds(ctx, tx, "WHERE t.classification_id = ?", classificationID)
}

func voteRounds(ctx context.Context, q querier, where string, args ...any) ([]domain.VoteRound, error) {
	rows, err := q.QueryContext(ctx, `SELECT v.id, v.info_type_id, v.aspect, v.revealed, v.created_at,
		coalesce(p.id, 0), coalesce(p.name, ''), coalesce(x.level, 0)
		FROM vote_rounds v JOIN info_types t ON t.id = v.info_type_id
		LEFT JOIN votes x ON x.round_id = v.id LEFT JOIN participants p ON p.id = x.participant_id `+where+`
		ORDER BY t.position, t.id, CASE v.aspect WHEN 'K' THEN 0 WHEN 'R' THEN 1 WHEN 'T' THEN 2 ELSE 3 END, v.id, x.position`, args...)
	if err != nil {
		return nil, fmt.Errorf("votes: %w", err)
	}
	defer rows.Close()
	var out []domain.VoteRound
	for rows.Next() {
		var v domain.VoteRound
		var aspect, created string
		var x domain.Vote
		var level int
		if err := rows.Scan(&v.ID, &v.InfoTypeID, &aspect, &v.Revealed, &created, &x.ParticipantID, &x.Name, &level); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].ID != v.ID {
			v.Aspect, v.CreatedAt = domain.Aspect(aspect), parseTimestamp(created)
			out = append(out, v)
		}
		if x.ParticipantID != 0 {
			x.Level = domain.Level(level)
			last := &out[len(out)-1]
			last.Votes = append(last.Votes, x)
		}
	}
	return out, rows.Err()
}

// AllVotes returns the votes held in each asset's latest classification,
// by asset, for the export.
func (s *DB) AllVotes(ctx context.Context) (map[int64][]domain.VoteRound, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (map[int64][]domain.VoteRound, error) { return s.allVotes(ctx, tx) })
}

func (s *DB) allVotes(ctx context.Context, tx *sql.Tx) (map[int64][]domain.VoteRound, error) {
	rows, err := tx.QueryContext(ctx, `SELECT v.id, c.asset_id FROM vote_rounds v JOIN info_types t ON t.id = v.info_type_id
		JOIN classifications c ON c.id = t.classification_id
		WHERE c.id = (SELECT id FROM classifications c2 WHERE c2.asset_id = c.asset_id ORDER BY c2.date DESC, c2.id DESC LIMIT 1)`)
	if err != nil {
		return nil, fmt.Errorf("votes: %w", err)
	}
	asset := map[int64]int64{}
	for rows.Next() {
		var id, a int64
		if err := rows.Scan(&id, &a); err != nil {
			rows.Close()
			return nil, err
		}
		asset[id] = a
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := map[int64][]domain.VoteRound{}
	if len(asset) == 0 {
		return out, nil
	}
	all, err := voteRounds(ctx, tx, `WHERE t.classification_id IN (SELECT c.id FROM classifications c
		WHERE c.id = (SELECT id FROM classifications c2 WHERE c2.asset_id = c.asset_id ORDER BY c2.date DESC, c2.id DESC LIMIT 1))`)
	if err != nil {
		return nil, err
	}
	for _, v := range all {
		if a, ok := asset[v.ID]; ok {
			out[a] = append(out[a], v)
		}
	}
	return out, nil
}
