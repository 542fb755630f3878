package domain

import "strings"

// Started reports whether the group has begun the analysis: an answer
// or a comment given, the analysis marked not applicable, or a decision,
// its reason or the DSO's opinion written down.
func (t *ThresholdAnalysis) Started() bool {
	if t.NotApplicable || t.Decision != DecisionNone || strings.TrimSpace(t.DecisionReason) != "" || strings.TrimSpace(t.DSOOpinion) != "" {
		return true
	}
	for _, r := range t.Responses {
		if r.Answer != AnswerNone || strings.TrimSpace(r.Comment) != "" {
			return true
		}
	}
	return false
}

// Unanswered counts the questions of parts A and B not yet answered;
// part C is only answered when it applies.
func (t *ThresholdAnalysis) Unanswered() int {
	n := 0
	for _, q := range t.Questions().Questions {
		if q.Part != "C" && t.Responses[q.ID].Answer == AnswerNone {
			n++
		}
	}
	return n
}

// assessed returns the rule's outcome for the responses, or OutcomeNone
// ("inte bedömd") while the answers cannot yet rule a DPIA out: "not
// required" needs every question of parts A and B answered, whereas a
// single Ja can already make one required.
func (t *ThresholdAnalysis) assessed() Outcome {
	o := Evaluate(t.Responses)
	if o == OutcomeNotRequired && t.Unanswered() > 0 {
		return OutcomeNone
	}
	return o
}
