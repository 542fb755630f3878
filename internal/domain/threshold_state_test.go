package domain

import "testing"

// TestThresholdState checks that an analysis says "inte bedömd" until
// its answers can rule a DPIA out, and what counts as started.
func TestThresholdState(t *testing.T) {
	partial := map[string]Response{"A1": {Answer: AnswerNo}, "B1": {Answer: AnswerNo}}
	tests := []struct {
		name    string
		a       ThresholdAnalysis
		started bool
		outcome Outcome
		final   Outcome
	}{
		{name: "untouched", a: ThresholdAnalysis{Responses: map[string]Response{}}, outcome: OutcomeNone, final: OutcomeNone},
		{name: "nil responses", a: ThresholdAnalysis{}, outcome: OutcomeNone, final: OutcomeNone},
		{name: "comment only", a: ThresholdAnalysis{Responses: map[string]Response{"B2": {Comment: "fråga DSO"}}}, started: true, outcome: OutcomeNone, final: OutcomeNone},
		{name: "some Nej", a: ThresholdAnalysis{Responses: partial}, started: true, outcome: OutcomeNone, final: OutcomeNone},
		{name: "all Nej", a: ThresholdAnalysis{Responses: answers()}, started: true, outcome: OutcomeNotRequired, final: OutcomeNotRequired},
		{name: "one Ja in A is enough", a: ThresholdAnalysis{Responses: map[string]Response{"A1": {Answer: AnswerYes}}}, started: true, outcome: OutcomeRequired, final: OutcomeRequired},
		{name: "two Ja in B is enough", a: ThresholdAnalysis{Responses: map[string]Response{"B1": {Answer: AnswerYes}, "B2": {Answer: AnswerYes}}}, started: true, outcome: OutcomeRequired, final: OutcomeRequired},
		{name: "one Ja, rest open", a: ThresholdAnalysis{Responses: map[string]Response{"B1": {Answer: AnswerYes}}}, started: true, outcome: OutcomeAssess, final: OutcomeAssess},
		{name: "decided without answers", a: ThresholdAnalysis{Decision: DecisionNotRequired}, started: true, outcome: OutcomeNone, final: OutcomeNotRequired},
		{name: "reason written", a: ThresholdAnalysis{DecisionReason: "x"}, started: true, outcome: OutcomeNone, final: OutcomeNone},
		{name: "blank reason", a: ThresholdAnalysis{DecisionReason: "  "}, outcome: OutcomeNone, final: OutcomeNone},
		{name: "not applicable", a: ThresholdAnalysis{NotApplicable: true}, started: true, outcome: OutcomeNotApplicable, final: OutcomeNotApplicable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.QuestionSetVersion = 1
			if got := tt.a.Started(); got != tt.started {
				t.Errorf("Started %v, want %v", got, tt.started)
			}
			if got := tt.a.Outcome(); got != tt.outcome {
				t.Errorf("Outcome %q, want %q", got, tt.outcome)
			}
			if got := tt.a.FinalDecision(); got != tt.final {
				t.Errorf("FinalDecision %q, want %q", got, tt.final)
			}
			if tt.a.Overrides() && tt.outcome == OutcomeNone {
				t.Error("a decision on an unassessed analysis counts as overriding the rule")
			}
		})
	}
	if OutcomeNone.Label() != "Inte bedömd" {
		t.Errorf("label %q", OutcomeNone.Label())
	}
	a := ThresholdAnalysis{QuestionSetVersion: 1, Responses: partial}
	if n, all := a.Unanswered(), len(ThresholdQuestions().Part("A"))+len(ThresholdQuestions().Part("B")); n != all-2 {
		t.Errorf("Unanswered %d, want %d", n, all-2)
	}
}
