package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

const thresholdColumns = `id, asset_id, coalesce(classification_id, 0), date, question_set_id, question_set_version,
	not_applicable, not_applicable_reason, decision, decision_reason, dso_opinion, participants,
	dpia_status, dpia_date, dpia_reference, current, created_at, updated_at`

func scanThreshold(row interface{ Scan(...any) error }) (*domain.ThresholdAnalysis, error) {
	var t domain.ThresholdAnalysis
	var date, decision, dpiaStatus, dpiaDate, created, updated string
	err := row.Scan(&t.ID, &t.AssetID, &t.ClassificationID, &date, &t.QuestionSetID, &t.QuestionSetVersion,
		&t.NotApplicable, &t.NotApplicableReason, &decision, &t.DecisionReason, &t.DSOOpinion, &t.Participants,
		&dpiaStatus, &dpiaDate, &t.DPIAReference, &t.Current, &created, &updated)
	if err != nil {
		return nil, err
	}
	t.Date, _ = domain.ParseDate(date)
	t.DPIADate, _ = domain.ParseDate(dpiaDate)
	t.Decision, t.DPIAStatus = domain.Decision(decision), domain.DPIAStatus(dpiaStatus)
	t.CreatedAt, t.UpdatedAt = parseTimestamp(created), parseTimestamp(updated)
	t.Responses = map[string]domain.Response{}
	return &t, nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// CreateThreshold stores a new analysis, with any answers it holds, as
// the asset's current one. The previous current analysis is kept as
// history. An analysis cannot be added to a decided classification
// (domain.ErrDecided).
func (s *DB) CreateThreshold(ctx context.Context, t *domain.ThresholdAnalysis) error {
	if t.QuestionSetID == "" {
		qs := domain.ThresholdQuestions()
		t.QuestionSetID, t.QuestionSetVersion = qs.ID, qs.Version
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if t.ClassificationID != 0 {
			if _, _, err := owner(ctx, tx, classificationOwner, t.ClassificationID); err != nil {
				return err
			}
		}
		return s.createThreshold(ctx, tx, t)
	})
}

func (s *DB) createThreshold(ctx context.Context, tx *sql.Tx, t *domain.ThresholdAnalysis) error {
	now := s.now()
	if _, err := tx.ExecContext(ctx, "UPDATE threshold_analyses SET current = 0 WHERE asset_id = ?", t.AssetID); err != nil {
		return fmt.Errorf("create threshold analysis: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO threshold_analyses (asset_id, classification_id, date, question_set_id, question_set_version,
		not_applicable, not_applicable_reason, decision, decision_reason, dso_opinion, participants,
		dpia_status, dpia_date, dpia_reference, current, outcome, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
		t.AssetID, nullID(t.ClassificationID), t.Date.String(), t.QuestionSetID, t.QuestionSetVersion,
		t.NotApplicable, t.NotApplicableReason, string(t.Decision), t.DecisionReason, t.DSOOpinion, t.Participants,
		string(t.DPIAStatus), t.DPIADate.String(), t.DPIAReference, string(t.FinalDecision()), timestamp(now), timestamp(now))
	if err != nil {
		return fmt.Errorf("create threshold analysis of asset %d: %w", t.AssetID, err)
	}
	t.ID, _ = res.LastInsertId()
	t.Current, t.CreatedAt, t.UpdatedAt = true, now, now
	for id, r := range t.Responses {
		if err := upsertAnswer(ctx, tx, t.ID, id, r); err != nil {
			return err
		}
	}
	if err := s.touchAsset(ctx, tx, t.AssetID, now); err != nil {
		return err
	}
	r := s.record(t.AssetID, "threshold", t.ID)
	r.field("created", "", t.Date.String())
	return r.write(ctx, tx)
}

func upsertAnswer(ctx context.Context, tx *sql.Tx, analysisID int64, questionID string, r domain.Response) error {
	switch r.Answer {
	case domain.AnswerNone, domain.AnswerYes, domain.AnswerNo, domain.AnswerUnsure:
	default:
		return fmt.Errorf("okänt svar %q", r.Answer)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO threshold_answers (analysis_id, question_id, answer, comment) VALUES (?, ?, ?, ?)
		ON CONFLICT (analysis_id, question_id) DO UPDATE SET answer = excluded.answer, comment = excluded.comment`,
		analysisID, questionID, string(r.Answer), r.Comment)
	if err != nil {
		return fmt.Errorf("answer %s of analysis %d: %w", questionID, analysisID, err)
	}
	return nil
}

// UpdateThreshold stores the analysis's own fields: not applicable, the
// decision, its reason, the DSO's opinion, participants and DPIA status.
// Once the classification it belongs to is decided, only the DPIA's
// status, date and reference may change (the DPIA follows the decision);
// any other change is refused with domain.ErrDecided.
func (s *DB) UpdateThreshold(ctx context.Context, t *domain.ThresholdAnalysis) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		old, err := scanThreshold(tx.QueryRowContext(ctx, "SELECT "+thresholdColumns+" FROM threshold_analyses WHERE id = ?", t.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return fmt.Errorf("update threshold analysis %d: %w", t.ID, err)
		}
		if _, err := undecidedThreshold(ctx, tx, t.ID); errors.Is(err, domain.ErrDecided) && !onlyDPIAChanged(old, t) {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE threshold_analyses SET date = ?, not_applicable = ?, not_applicable_reason = ?, decision = ?,
			decision_reason = ?, dso_opinion = ?, participants = ?, dpia_status = ?, dpia_date = ?, dpia_reference = ?,
			updated_at = ? WHERE id = ?`,
			t.Date.String(), t.NotApplicable, t.NotApplicableReason, string(t.Decision), t.DecisionReason, t.DSOOpinion,
			t.Participants, string(t.DPIAStatus), t.DPIADate.String(), t.DPIAReference, timestamp(now), t.ID)
		if err != nil {
			return fmt.Errorf("update threshold analysis %d: %w", t.ID, err)
		}
		if err := refreshOutcome(ctx, tx, t.ID); err != nil {
			return err
		}
		if err := s.touchAsset(ctx, tx, old.AssetID, now); err != nil {
			return err
		}
		r := s.record(old.AssetID, "threshold", t.ID)
		r.field("not_applicable", boolText(old.NotApplicable), boolText(t.NotApplicable))
		r.field("not_applicable_reason", old.NotApplicableReason, t.NotApplicableReason)
		r.field("decision", string(old.Decision), string(t.Decision))
		r.field("decision_reason", old.DecisionReason, t.DecisionReason)
		r.field("dso_opinion", old.DSOOpinion, t.DSOOpinion)
		r.field("participants", old.Participants, t.Participants)
		r.field("dpia_status", string(old.DPIAStatus), string(t.DPIAStatus))
		r.field("dpia_date", old.DPIADate.String(), t.DPIADate.String())
		r.field("dpia_reference", old.DPIAReference, t.DPIAReference)
		return r.write(ctx, tx)
	})
}

// SetThresholdAnswer stores the answer and comment to one question.
func (s *DB) SetThresholdAnswer(ctx context.Context, analysisID int64, questionID string, resp domain.Response) error {
	now := s.now()
	return s.write(ctx, func(tx *sql.Tx) error {
		assetID, err := undecidedThreshold(ctx, tx, analysisID)
		if err != nil {
			return err
		}
		var version int
		if err := tx.QueryRowContext(ctx, "SELECT question_set_version FROM threshold_analyses WHERE id = ?", analysisID).Scan(&version); err != nil {
			return fmt.Errorf("answer %s: %w", questionID, err)
		}
		if qs, ok := domain.QuestionSetVersion(version); ok {
			if _, ok := qs.Question(questionID); !ok {
				return &Error{Code: CodeUnknownQuestion, Args: []any{questionID}}
			}
		}
		var old domain.Response
		var oldAnswer string
		tx.QueryRowContext(ctx, "SELECT answer, comment FROM threshold_answers WHERE analysis_id = ? AND question_id = ?", analysisID, questionID).Scan(&oldAnswer, &old.Comment)
		if err := upsertAnswer(ctx, tx, analysisID, questionID, resp); err != nil {
			return err
		}
		if err := refreshOutcome(ctx, tx, analysisID); err != nil {
			return err
		}
		if err := s.touchAsset(ctx, tx, assetID, now); err != nil {
			return err
		}
		r := s.record(assetID, "threshold", analysisID)
		r.field("answer", oldAnswer, string(resp.Answer), questionID)
		r.field("comment", old.Comment, resp.Comment, questionID)
		return r.write(ctx, tx)
	})
}

// onlyDPIAChanged reports whether t differs from old at most in the
// DPIA's status, date and reference.
func onlyDPIAChanged(old, t *domain.ThresholdAnalysis) bool {
	return old.Date.Equal(t.Date) && old.NotApplicable == t.NotApplicable &&
		old.NotApplicableReason == t.NotApplicableReason && old.Decision == t.Decision &&
		old.DecisionReason == t.DecisionReason && old.DSOOpinion == t.DSOOpinion && old.Participants == t.Participants
}

// refreshOutcome recomputes the stored final decision of an analysis.
func refreshOutcome(ctx context.Context, tx *sql.Tx, id int64) error {
	t, err := loadThreshold(ctx, tx, "WHERE id = ?", id)
	if err != nil || len(t) == 0 {
		return fmt.Errorf("outcome of threshold analysis %d: %v", id, err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE threshold_analyses SET outcome = ? WHERE id = ?", string(t[0].FinalDecision()), id); err != nil {
		return fmt.Errorf("outcome of threshold analysis %d: %w", id, err)
	}
	return nil
}

// CurrentThreshold returns the asset's current analysis, or nil when it
// has none.
func (s *DB) CurrentThreshold(ctx context.Context, assetID int64) (*domain.ThresholdAnalysis, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.ThresholdAnalysis, error) { return s.currentThreshold(ctx, tx, assetID) })
}

func (s *DB) currentThreshold(ctx context.Context, tx *sql.Tx, assetID int64) (*domain.ThresholdAnalysis, error) {
	ts, err := loadThreshold(ctx, tx, "WHERE asset_id = ? AND current = 1 ORDER BY id DESC LIMIT 1", assetID)
	if err != nil || len(ts) == 0 {
		return nil, err
	}
	return &ts[0], nil
}

// Thresholds returns all of the asset's analyses, newest first; the
// first is the current one.
func (s *DB) Thresholds(ctx context.Context, assetID int64) ([]domain.ThresholdAnalysis, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.ThresholdAnalysis, error) { return s.loadThresholds(ctx, tx, assetID) })
}

func (s *DB) loadThresholds(ctx context.Context, tx *sql.Tx, assetID int64) ([]domain.ThresholdAnalysis, error) {
	return loadThreshold(ctx, tx, "WHERE asset_id = ? ORDER BY current DESC, id DESC", assetID)
}

func loadThreshold(ctx context.Context, q querier, where string, args ...any) ([]domain.ThresholdAnalysis, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+thresholdColumns+" FROM threshold_analyses "+where, args...)
	if err != nil {
		return nil, fmt.Errorf("threshold analyses: %w", err)
	}
	var out []domain.ThresholdAnalysis
	for rows.Next() {
		t, err := scanThreshold(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, *t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		rows, err := q.QueryContext(ctx, "SELECT question_id, answer, comment FROM threshold_answers WHERE analysis_id = ?", out[i].ID)
		if err != nil {
			return nil, fmt.Errorf("threshold answers: %w", err)
		}
		for rows.Next() {
			var id, ans, comment string
			if err := rows.Scan(&id, &ans, &comment); err != nil {
				rows.Close()
				return nil, err
			}
			out[i].Responses[id] = domain.Response{Answer: domain.Answer(ans), Comment: comment}
		}
		rows.Close()
	}
	return out, nil
}
