package domain

import (
	"testing"
	"time"
)

func TestDeriveStatus(t *testing.T) {
	today := NewDate(2026, 11, 23)
	decided := ClassificationState{Exists: true, Started: true, Decided: true, NextReview: NewDate(2027, 1, 1)}
	overdue := decided
	overdue.NextReview = NewDate(2026, 11, 22)
	tests := []struct {
		name   string
		manual Status
		state  ClassificationState
		want   Status
	}{
		{"nothing", StatusNotStarted, ClassificationState{}, StatusNotStarted},
		{"empty manual", "", ClassificationState{}, StatusNotStarted},
		{"planned", StatusPlanned, ClassificationState{}, StatusPlanned},
		{"planned, empty classification opened", StatusPlanned, ClassificationState{Exists: true}, StatusPlanned},
		{"work recorded", StatusPlanned, ClassificationState{Exists: true, Started: true}, StatusOngoing},
		{"decided", StatusPlanned, decided, StatusDecided},
		{"review date passed", StatusNotStarted, overdue, StatusReview},
		{"review due today is not yet passed", StatusNotStarted, ClassificationState{Exists: true, Decided: true, NextReview: today}, StatusDecided},
		{"marked for review by hand", StatusReview, decided, StatusReview},
		{"cancelled stays cancelled", StatusCancelled, decided, StatusCancelled},
		{"cancelled without classification", StatusCancelled, ClassificationState{}, StatusCancelled},
		{"ongoing by hand, nothing recorded", StatusOngoing, ClassificationState{}, StatusOngoing},
		{"decided by hand without a decision is not decided", StatusDecided, ClassificationState{}, StatusNotStarted},
		{"review by hand without a decision", StatusReview, ClassificationState{Exists: true, Started: true}, StatusOngoing},
		{"decided without review date", StatusNotStarted, ClassificationState{Exists: true, Decided: true}, StatusDecided},
		{"overdue wins over planned", StatusPlanned, overdue, StatusReview},
	}
	for _, tt := range tests {
		if got := DeriveStatus(tt.manual, tt.state, today); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	var c *Classification
	if c.State().Exists {
		t.Error("nil classification exists")
	}
	for _, s := range Statuses {
		if s.Label() == string(s) || !s.Valid() {
			t.Errorf("status %s has no Swedish label or is not valid", s)
		}
	}
	if Status("").Label() != "Ej påbörjad" || Status("okänd").Valid() || Status("").Valid() {
		t.Error("empty or unknown status")
	}
	c = &Classification{DecidedBy: "Anna", DecidedAt: NewDate(2026, 1, 1), NextReview: NewDate(2027, 1, 1)}
	if c.Decided() || c.State().Decided {
		t.Error("a drafted decision counts as decided")
	}
	c.DecidedOn = time.Date(2026, 1, 1, 15, 0, 0, 0, time.UTC)
	if st := c.State(); !st.Exists || !st.Decided || st.Started || !st.NextReview.Equal(c.NextReview) {
		t.Errorf("state %+v", st)
	}
}
