package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// SetRoutine stores the routine assessment of the need for a DPIA of
// classification classificationID. A decided classification is refused
// with domain.ErrDecided.
func (s *DB) SetRoutine(ctx context.Context, classificationID int64, r domain.RoutineAssessment) error {
	if !r.Need.Valid() {
		return &Error{Code: CodeUnknownAssessment, Args: []any{string(r.Need)}}
	}
	r.Reason, r.DSOOpinion = strings.TrimSpace(r.Reason), strings.TrimSpace(r.DSOOpinion)
	return s.editRoutine(ctx, classificationID, func(old *domain.Classification) *recorder {
		rec := s.record(old.AssetID, "classification", classificationID)
		rec.field("routine_need", string(old.Routine.Need), string(r.Need))
		rec.field("routine_reason", old.Routine.Reason, r.Reason)
		rec.field("routine_dso", old.Routine.DSOOpinion, r.DSOOpinion)
		old.Routine = r
		return rec
	})
}

// SetSecurityReferral records that the säkerhetsskyddschef was told of
// the classification's information under säkerhetsskydd (a zero date
// removes the record). A decided classification is refused with
// domain.ErrDecided.
func (s *DB) SetSecurityReferral(ctx context.Context, classificationID int64, r domain.SecurityReferral) error {
	r.Note = strings.TrimSpace(r.Note)
	return s.editRoutine(ctx, classificationID, func(old *domain.Classification) *recorder {
		rec := s.record(old.AssetID, "classification", classificationID)
		rec.field("security_on", old.Security.On.String(), r.On.String())
		rec.field("security_note", old.Security.Note, r.Note)
		old.Security = r
		return rec
	})
}

// editRoutine loads the routine row of an undecided classification, lets
// edit change it and record the change, and writes it back, in one
// transaction.
func (s *DB) editRoutine(ctx context.Context, classificationID int64, edit func(c *domain.Classification) *recorder) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, classID, err := owner(ctx, tx, classificationOwner, classificationID)
		if err != nil {
			return fmt.Errorf("routine assessment of %d: %w", classificationID, err)
		}
		c := &domain.Classification{ID: classID, AssetID: assetID}
		if c.Routine, c.Security, err = loadRoutine(ctx, tx, classID); err != nil {
			return err
		}
		rec := edit(c)
		if _, err := tx.ExecContext(ctx, `INSERT INTO classification_routine (classification_id, need, reason, dso_opinion, security_on, security_note)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (classification_id) DO UPDATE SET need = excluded.need, reason = excluded.reason,
			dso_opinion = excluded.dso_opinion, security_on = excluded.security_on, security_note = excluded.security_note`,
			classID, string(c.Routine.Need), c.Routine.Reason, c.Routine.DSOOpinion, c.Security.On.String(), c.Security.Note); err != nil {
			return fmt.Errorf("routine assessment of %d: %w", classID, err)
		}
		if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
			return err
		}
		return rec.write(ctx, tx)
	})
}

// loadRoutine returns the routine assessment and the säkerhetsskydd
// referral of a classification; zero values when none is recorded.
func loadRoutine(ctx context.Context, q querier, classificationID int64) (domain.RoutineAssessment, domain.SecurityReferral, error) {
	var r domain.RoutineAssessment
	var sec domain.SecurityReferral
	var need, on string
	err := q.QueryRowContext(ctx, `SELECT need, reason, dso_opinion, security_on, security_note FROM classification_routine
		WHERE classification_id = ?`, classificationID).Scan(&need, &r.Reason, &r.DSOOpinion, &on, &sec.Note)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return r, sec, nil
	case err != nil:
		return r, sec, fmt.Errorf("routine assessment of %d: %w", classificationID, err)
	}
	r.Need = domain.DPIANeed(need)
	sec.On, _ = domain.ParseDate(on)
	return r, sec, nil
}

// insertRoutine stores the routine assessment and referral a new
// classification arrives with (a follow-up carries its predecessor's
// assessment as a starting point); nothing when it has neither.
func insertRoutine(ctx context.Context, tx *sql.Tx, c *domain.Classification) error {
	if c.Routine == (domain.RoutineAssessment{}) && c.Security == (domain.SecurityReferral{}) {
		return nil
	}
	if !c.Routine.Need.Valid() {
		return &Error{Code: CodeUnknownAssessment, Args: []any{string(c.Routine.Need)}}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO classification_routine (classification_id, need, reason, dso_opinion, security_on, security_note)
		VALUES (?, ?, ?, ?, ?, ?)`, c.ID, string(c.Routine.Need), c.Routine.Reason, c.Routine.DSOOpinion, c.Security.On.String(), c.Security.Note)
	return err
}
