package domain

import (
	"errors"
	"strings"
)

// ErrParkedFixed is returned when a parked question of a decided
// classification would be reworded or removed. The decision is locked;
// the parked questions are not part of it and can still be marked
// resolved, but what the group asked stays as it was asked.
var ErrParkedFixed = errors.New("klassningen är fastställd: en parkerad fråga kan bara markeras som löst eller olöst, inte ändras eller tas bort. Öppna frågor följer med till en uppföljning")

// ParkedChange checks the change of parked question old into next on a
// classification that is decided or not. Before the decision anything
// may change. After it only whether the question is resolved may: the
// questions are loose ends of the meeting, outside the locked record,
// but their wording is the meeting's.
func ParkedChange(decided bool, old, next ParkedQuestion) error {
	if decided && old.Text != next.Text {
		return ErrParkedFixed
	}
	return nil
}

// ParkedRemoval checks the removal of a parked question from a
// classification that is decided or not: a decided one keeps its
// questions.
func ParkedRemoval(decided bool) error {
	if decided {
		return ErrParkedFixed
	}
	return nil
}

// OpenParked returns copies, without IDs, of the questions in qs that are
// not resolved, in their order: what a follow-up carries over.
func OpenParked(qs []ParkedQuestion) []ParkedQuestion {
	var out []ParkedQuestion
	for _, q := range qs {
		if !q.Resolved {
			out = append(out, ParkedQuestion{Text: q.Text})
		}
	}
	return out
}

// ErrEmptyQuestion is returned for a parked question without text.
var ErrEmptyQuestion = errors.New("skriv frågan som ska parkeras")

// Tidy trims the question's text and refuses one without text
// (ErrEmptyQuestion): the one rule of what a parked question holds,
// wherever it comes from (the meeting, an import, a follow-up).
func (q *ParkedQuestion) Tidy() error {
	q.Text = strings.TrimSpace(q.Text)
	if q.Text == "" {
		return ErrEmptyQuestion
	}
	return nil
}
