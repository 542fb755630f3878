package domain

import (
	"fmt"
	"strings"
	"time"
)

// Answer is the group's answer to a threshold question.
type Answer string

// The answers.
const (
	AnswerNone   Answer = ""
	AnswerYes    Answer = "ja"
	AnswerNo     Answer = "nej"
	AnswerUnsure Answer = "osaker"
)

// Label returns the Swedish word for the answer.
func (a Answer) Label() string {
	switch a {
	case AnswerYes:
		return "Ja"
	case AnswerNo:
		return "Nej"
	case AnswerUnsure:
		return "Osäker"
	}
	return "Ej besvarad"
}

// Response is an answer with the group's comment.
type Response struct {
	Answer  Answer
	Comment string
}

// Outcome is what the threshold analysis says about the need for a DPIA.
type Outcome string

// The outcomes of threshold.md's decision rule, plus not applicable.
const (
	OutcomeNone          Outcome = ""
	OutcomeRequired      Outcome = "kravs"
	OutcomeNotRequired   Outcome = "kravs_ej"
	OutcomeException     Outcome = "kravs_ej_undantag"
	OutcomeAssess        Outcome = "bedom_sarskilt"
	OutcomeUnsure        Outcome = "osaker"
	OutcomeNotApplicable Outcome = "ej_tillamplig"
)

// Label returns the outcome in Swedish.
func (o Outcome) Label() string {
	switch o {
	case OutcomeRequired:
		return "Konsekvensbedömning krävs"
	case OutcomeNotRequired:
		return "Konsekvensbedömning krävs ej"
	case OutcomeException:
		return "Krävs ej (undantag)"
	case OutcomeAssess:
		return "Bedöm särskilt"
	case OutcomeUnsure:
		return "Osäker – gör konsekvensbedömning"
	case OutcomeNotApplicable:
		return "Ej tillämplig"
	}
	return "Inte bedömd" // no analysis, or not far enough to rule a DPIA out
}

// RequiresDPIA reports whether the outcome means a DPIA should be done.
// "Osäker" does: when in doubt, do it.
func (o Outcome) RequiresDPIA() bool { return o == OutcomeRequired || o == OutcomeUnsure }

// Decision is what the group finally decided about a DPIA.
type Decision string

// The decisions.
const (
	DecisionNone        Decision = ""
	DecisionRequired    Decision = "kravs"
	DecisionNotRequired Decision = "kravs_ej"
)

// Label returns the decision in Swedish.
func (d Decision) Label() string {
	switch d {
	case DecisionRequired:
		return "Konsekvensbedömning ska göras"
	case DecisionNotRequired:
		return "Konsekvensbedömning ska inte göras"
	}
	return "Inget beslut"
}

// DPIAStatus is how far a required DPIA has come.
type DPIAStatus string

// The DPIA statuses.
const (
	DPIANone    DPIAStatus = ""
	DPIAPlanned DPIAStatus = "planerad"
	DPIAOngoing DPIAStatus = "pagaende"
	DPIADone    DPIAStatus = "genomford"
)

// DPIAStatuses lists the statuses in display order.
var DPIAStatuses = []DPIAStatus{DPIANone, DPIAPlanned, DPIAOngoing, DPIADone}

// Label returns the status in Swedish.
func (s DPIAStatus) Label() string {
	switch s {
	case DPIAPlanned:
		return "Planerad"
	case DPIAOngoing:
		return "Pågående"
	case DPIADone:
		return "Genomförd"
	case DPIANotRequired:
		return "Krävs inte"
	}
	return "Ej påbörjad"
}

// ThresholdAnalysis is one threshold analysis of an asset: the answers,
// the group's decision with its reasons, the DSO's opinion and, when a
// DPIA follows, how far it has come.
type ThresholdAnalysis struct {
	ID                  int64
	AssetID             int64
	ClassificationID    int64 // the classification it was made with, 0 if none
	Date                Date
	QuestionSetID       string
	QuestionSetVersion  int
	NotApplicable       bool // no personal data at all
	NotApplicableReason string
	Responses           map[string]Response // by question ID
	Decision            Decision
	DecisionReason      string
	DSOOpinion          string
	Participants        string
	DPIAStatus          DPIAStatus
	DPIADate            Date
	DPIAReference       string
	Current             bool // the asset's current analysis; older ones are history
	CreatedAt           time.Time
	UpdatedAt           time.Time
}

// NewThresholdAnalysis returns an empty analysis of asset assetID with
// the newest question set.
func NewThresholdAnalysis(assetID, classificationID int64, today Date) *ThresholdAnalysis {
	qs := ThresholdQuestions()
	return &ThresholdAnalysis{
		AssetID: assetID, ClassificationID: classificationID, Date: today,
		QuestionSetID: qs.ID, QuestionSetVersion: qs.Version,
		Responses: map[string]Response{}, Current: true,
	}
}

// Questions returns the question set the analysis was answered with.
func (t *ThresholdAnalysis) Questions() *QuestionSet {
	if qs, ok := QuestionSetVersion(t.QuestionSetVersion); ok {
		return qs
	}
	return ThresholdQuestions()
}

// Tally counts the answers that the decision rule looks at.
type Tally struct {
	Yes       int  // Ja in part B
	Unsure    int  // Osäker in part B
	AYes      bool // any Ja in part A
	AUnsure   bool // any Osäker in part A
	Exception bool // any Ja in part C
}

// Count tallies responses.
func Count(responses map[string]Response) Tally {
	var t Tally
	for id, r := range responses {
		switch {
		case strings.HasPrefix(id, "A") && r.Answer == AnswerYes:
			t.AYes = true
		case strings.HasPrefix(id, "A") && r.Answer == AnswerUnsure:
			t.AUnsure = true
		case strings.HasPrefix(id, "B") && r.Answer == AnswerYes:
			t.Yes++
		case strings.HasPrefix(id, "B") && r.Answer == AnswerUnsure:
			t.Unsure++
		case strings.HasPrefix(id, "C") && r.Answer == AnswerYes:
			t.Exception = true
		}
	}
	return t
}

// Evaluate applies the decision rule of threshold.md to the answers:
//  1. any Ja in part A: required;
//  2. two or more Ja in part B: required, unless an exception in part C
//     applies (then not required by exception);
//  3. Ja and Osäker in part B two or more, or any Osäker in part A:
//     unsure, so do it;
//  4. exactly one Ja in part B: assess specially;
//  5. otherwise: not required.
func Evaluate(responses map[string]Response) Outcome {
	t := Count(responses)
	switch {
	case t.AYes:
		return OutcomeRequired
	case t.Yes >= 2 && t.Exception:
		return OutcomeException
	case t.Yes >= 2:
		return OutcomeRequired
	case t.Yes+t.Unsure >= 2 || t.AUnsure:
		return OutcomeUnsure
	case t.Yes == 1:
		return OutcomeAssess
	}
	return OutcomeNotRequired
}

// Outcome returns the rule's outcome for the analysis; OutcomeNone
// while it is not assessed (see threshold_state.go).
func (t *ThresholdAnalysis) Outcome() Outcome {
	if t.NotApplicable {
		return OutcomeNotApplicable
	}
	return t.assessed()
}

// FinalDecision returns what was decided: the group's decision where it
// made one, otherwise the rule's outcome. "Bedöm särskilt" without a
// decision stays undecided.
func (t *ThresholdAnalysis) FinalDecision() Outcome {
	rule := t.Outcome()
	switch {
	case rule == OutcomeNotApplicable:
		return rule
	case t.Decision == DecisionRequired:
		return OutcomeRequired
	case t.Decision == DecisionNotRequired && rule == OutcomeException:
		return OutcomeException
	case t.Decision == DecisionNotRequired:
		return OutcomeNotRequired
	case rule == OutcomeUnsure:
		return OutcomeRequired
	}
	return rule
}

// Overrides reports whether the group's decision goes against the rule.
// Deciding either way on "bedöm särskilt" follows the rule.
func (t *ThresholdAnalysis) Overrides() bool {
	rule := t.Outcome()
	switch t.Decision {
	case DecisionRequired:
		return rule == OutcomeNotRequired || rule == OutcomeException
	case DecisionNotRequired:
		return rule == OutcomeRequired || rule == OutcomeUnsure
	}
	return false
}

// ThresholdProblem is something missing in a threshold analysis, in Swedish.
type ThresholdProblem struct {
	QuestionID string // the question, if any
	Message    string // in Swedish: Format with Args
	Format     string // the message's format, for translation
	Args       []any
}

// ThresholdUnanswered is the format of the problem of a question not yet answered.
const ThresholdUnanswered = "%s är inte besvarad."

func thresholdProblem(id, format string, args ...any) ThresholdProblem {
	return ThresholdProblem{QuestionID: id, Format: format, Args: args, Message: fmt.Sprintf(format, args...)}
}

// Problems lists what is missing before the analysis can be shown as
// complete: answers to parts A and B, comments on Ja and Osäker, the
// group's decision and reason where the rule asks for one, and the DSO's
// opinion when the rule is overruled or an exception applies.
func (t *ThresholdAnalysis) Problems() []ThresholdProblem {
	var ps []ThresholdProblem
	if t.NotApplicable {
		if strings.TrimSpace(t.NotApplicableReason) == "" {
			ps = append(ps, thresholdProblem("", "Skriv varför tröskelanalysen inte är tillämplig."))
		}
		return ps
	}
	for _, q := range t.Questions().Questions {
		r := t.Responses[q.ID]
		switch {
		case r.Answer == AnswerNone && q.Part != "C":
			ps = append(ps, thresholdProblem(q.ID, ThresholdUnanswered, q.ID))
		case (r.Answer == AnswerYes || r.Answer == AnswerUnsure) && strings.TrimSpace(r.Comment) == "":
			format := "%s besvarad med %s behöver en kommentar."
			if q.Part == "C" {
				format = "%s besvarad med %s behöver en referens eller förklaring."
			}
			ps = append(ps, thresholdProblem(q.ID, format, q.ID, r.Answer.Label()))
		}
	}
	rule := t.Outcome()
	reason := strings.TrimSpace(t.DecisionReason) != ""
	dso := strings.TrimSpace(t.DSOOpinion) != ""
	switch {
	case rule == OutcomeAssess && t.Decision == DecisionNone:
		ps = append(ps, thresholdProblem("", "Ett kriterium är uppfyllt: gruppen ska besluta om konsekvensbedömning krävs eller inte."))
	case rule == OutcomeAssess && !reason:
		ps = append(ps, thresholdProblem("", "Skriv varför gruppen beslutade så."))
	}
	if t.Overrides() {
		if !reason {
			ps = append(ps, thresholdProblem("", "Beslutet avviker från regeln: skriv skälet."))
		}
		if !dso {
			ps = append(ps, thresholdProblem("", "Beslutet avviker från regeln: dataskyddsombudets yttrande måste antecknas."))
		}
	}
	if rule == OutcomeException && !dso && !t.Overrides() {
		ps = append(ps, thresholdProblem("", "Undantag i del C: dataskyddsombudets yttrande måste antecknas."))
	}
	return ps
}

// Suggestion is an answer that the flags on an information type point
// to. It is shown to the group; it never answers for them.
type Suggestion struct {
	QuestionID string
	Reason     string
}

// SuggestAnswers returns the answers that the flags on types point to:
// sensitive data, offences or protected identities suggest B4 (and A2 to
// consider); information about children or vulnerable people suggests
// B7; personal identity numbers in bulk suggest B5.
func SuggestAnswers(types []InfoType) []Suggestion {
	var out []Suggestion
	seen := map[string]bool{}
	add := func(q, reason string) {
		if !seen[q+reason] {
			seen[q+reason] = true
			out = append(out, Suggestion{q, reason})
		}
	}
	for _, t := range types {
		switch {
		case HasFlag(t.Flags, FlagSensitive):
			add("B4", fmt.Sprintf("'%s' innehåller känsliga personuppgifter.", t.Name))
			add("A2", fmt.Sprintf("'%s' innehåller känsliga personuppgifter – behandlas de i stor omfattning?", t.Name))
		case HasFlag(t.Flags, FlagCriminal):
			add("B4", fmt.Sprintf("'%s' innehåller uppgifter om lagöverträdelser.", t.Name))
			add("A2", fmt.Sprintf("'%s' innehåller uppgifter om lagöverträdelser – behandlas de i stor omfattning?", t.Name))
		}
		if HasFlag(t.Flags, FlagProtectedIdentity) {
			add("B4", fmt.Sprintf("'%s' innehåller skyddade personuppgifter.", t.Name))
		}
		if HasFlag(t.Flags, FlagVulnerable) {
			add("B7", fmt.Sprintf("'%s' gäller barn eller andra sårbara personer.", t.Name))
		}
		if HasFlag(t.Flags, FlagPINBulk) {
			add("B5", fmt.Sprintf("'%s' innehåller personnummer i stor mängd.", t.Name))
		}
	}
	return out
}

// NeedsThreshold reports whether any information type processes personal
// data, so that the threshold analysis applies.
func NeedsThreshold(types []InfoType) bool {
	for _, t := range types {
		if HasPersonalData(t.Flags) {
			return true
		}
	}
	return false
}
