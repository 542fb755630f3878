package domain

import (
	"errors"
	"strings"
	"testing"
)

func TestParkedChange(t *testing.T) {
	q := ParkedQuestion{ID: 1, Text: "Vem äger loggarna?"}
	resolved := ParkedQuestion{ID: 1, Text: q.Text, Resolved: true}
	reworded := ParkedQuestion{ID: 1, Text: "Vem äger säkerhetskopiorna?"}
	tests := []struct {
		name     string
		decided  bool
		old, new ParkedQuestion
		want     error
	}{
		{"resolve before the decision", false, q, resolved, nil},
		{"reword before the decision", false, q, reworded, nil},
		{"resolve after the decision", true, q, resolved, nil},
		{"reopen after the decision", true, resolved, q, nil},
		{"reword after the decision", true, q, reworded, ErrParkedFixed},
	}
	for _, tt := range tests {
		if err := ParkedChange(tt.decided, tt.old, tt.new); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
	if ParkedRemoval(false) != nil || !errors.Is(ParkedRemoval(true), ErrParkedFixed) {
		t.Error("a decided classification must keep its parked questions, an open one may lose them")
	}
}

func TestOpenParked(t *testing.T) {
	qs := []ParkedQuestion{{ID: 1, Text: "Omfattas elevhälsan?"}, {ID: 2, Text: "Loggas utskrifter?", Resolved: true}, {ID: 3, Text: "Vem är systemägare?"}}
	got := OpenParked(qs)
	if len(got) != 2 || got[0].Text != "Omfattas elevhälsan?" || got[1].Text != "Vem är systemägare?" || got[0].ID != 0 || got[1].Resolved {
		t.Errorf("open %+v", got)
	}
	if OpenParked(qs[1:2]) != nil {
		t.Error("resolved questions are not carried over")
	}
}

func TestDecisionWarnings(t *testing.T) {
	th := &ThresholdAnalysis{Responses: map[string]Response{}, Decision: DecisionRequired, DecisionReason: "Stor omfattning"}
	got := WarningsBeforeDecision([]ParkedQuestion{{Text: "Vem äger arkivet?"}, {Text: "Löst", Resolved: true}}, th)
	if strings.Join(got.OpenParked, "|") != "Vem äger arkivet?" || !got.DPIANotStarted || !got.Any() {
		t.Errorf("warnings %+v", got)
	}
	th.DPIAStatus = DPIAPlanned
	if got := WarningsBeforeDecision(nil, th); got.Any() {
		t.Errorf("a planned DPIA and no questions warn: %+v", got)
	}
	if got := WarningsBeforeDecision(nil, nil); got.Any() {
		t.Errorf("no analysis warns: %+v", got)
	}
}
