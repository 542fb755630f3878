package domain

import (
	"strings"
	"testing"
)

// answers builds responses: every listed question Ja (or the given
// answer after a colon, as "B8:osaker"), every other A and B question Nej.
func answers(list ...string) map[string]Response {
	r := map[string]Response{}
	for _, q := range ThresholdQuestions().Questions {
		if q.Part != "C" {
			r[q.ID] = Response{Answer: AnswerNo}
		}
	}
	for _, s := range list {
		id, ans, _ := strings.Cut(s, ":")
		a := AnswerYes
		if ans != "" {
			a = Answer(ans)
		}
		r[id] = Response{Answer: a, Comment: "kommentar"}
	}
	return r
}

// TestWorkedCases checks every worked case of threshold.md.
func TestWorkedCases(t *testing.T) {
	tests := []struct {
		name string
		r    map[string]Response
		want Outcome
	}{
		{"Home-care documentation system", answers("A2", "B4", "B5", "B7"), OutcomeRequired},
		{"Pre-school attendance app", answers("B7"), OutcomeAssess},
		{"Staff e-mail logging review", answers("B3", "B7"), OutcomeRequired},
		{"Public web site contact form", answers(), OutcomeNotRequired},
		{"Pupil scoring tool, new AI model", answers("B1", "B7", "B8"), OutcomeRequired},
		{"Same system as an earlier assessed one", answers("B4", "B7", "C1"), OutcomeException},
		{"Sensor pilot in elderly home", answers("B7", "B8:osaker"), OutcomeUnsure},
	}
	for _, tt := range tests {
		if got := Evaluate(tt.r); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestRuleBranches covers each branch of the decision rule.
func TestRuleBranches(t *testing.T) {
	tests := []struct {
		name string
		r    map[string]Response
		want Outcome
	}{
		{"nothing answered", map[string]Response{}, OutcomeNotRequired},
		{"A Ja alone", answers("A1"), OutcomeRequired},
		{"A Ja beats exception", answers("A3", "B1", "B2", "C2"), OutcomeRequired},
		{"A Osäker", answers("A1:osaker"), OutcomeUnsure},
		{"A Osäker with one B Ja", answers("A2:osaker", "B4"), OutcomeUnsure},
		{"two B Ja", answers("B1", "B2"), OutcomeRequired},
		{"two B Ja with C1", answers("B1", "B2", "C1"), OutcomeException},
		{"two B Ja with C2", answers("B5", "B6", "C2"), OutcomeException},
		{"two B Ja, C Nej", answers("B5", "B6", "C1:nej"), OutcomeRequired},
		{"C Ja with one B Ja does not apply", answers("B5", "C1"), OutcomeAssess},
		{"one Ja one Osäker", answers("B2", "B9:osaker"), OutcomeUnsure},
		{"two Osäker", answers("B2:osaker", "B9:osaker"), OutcomeUnsure},
		{"one Osäker", answers("B6:osaker"), OutcomeNotRequired},
		{"one Ja", answers("B9"), OutcomeAssess},
		{"no Ja", answers(), OutcomeNotRequired},
	}
	for _, tt := range tests {
		if got := Evaluate(tt.r); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	na := &ThresholdAnalysis{NotApplicable: true, Responses: answers("A1")}
	if na.Outcome() != OutcomeNotApplicable || na.FinalDecision() != OutcomeNotApplicable {
		t.Error("not applicable")
	}
}

func TestFinalDecisionAndProblems(t *testing.T) {
	has := func(ps []ThresholdProblem, part string) bool {
		for _, p := range ps {
			if strings.Contains(p.Message, part) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name    string
		a       ThresholdAnalysis
		final   Outcome
		missing []string // parts of problem messages expected
		ok      bool     // no problems at all
	}{
		{name: "rule followed", a: ThresholdAnalysis{Responses: answers("B3", "B7")}, final: OutcomeRequired, ok: true},
		{name: "unsure means do it", a: ThresholdAnalysis{Responses: answers("B7", "B8:osaker")}, final: OutcomeRequired, ok: true},
		{name: "assess needs a decision", a: ThresholdAnalysis{Responses: answers("B7")}, final: OutcomeAssess,
			missing: []string{"gruppen ska besluta"}},
		{name: "assess decided needs a reason", a: ThresholdAnalysis{Responses: answers("B7"), Decision: DecisionNotRequired}, final: OutcomeNotRequired,
			missing: []string{"Skriv varför"}},
		{name: "assess decided with reason", a: ThresholdAnalysis{Responses: answers("B7"), Decision: DecisionRequired, DecisionReason: "Många barn"}, final: OutcomeRequired, ok: true},
		{name: "override needs reason and DSO", a: ThresholdAnalysis{Responses: answers("B3", "B7"), Decision: DecisionNotRequired}, final: OutcomeNotRequired,
			missing: []string{"skälet", "dataskyddsombudets yttrande"}},
		{name: "override with reason but no DSO", a: ThresholdAnalysis{Responses: answers("B3", "B7"), Decision: DecisionNotRequired, DecisionReason: "x"},
			final: OutcomeNotRequired, missing: []string{"dataskyddsombudets yttrande"}},
		{name: "override complete", a: ThresholdAnalysis{Responses: answers("A2"), Decision: DecisionNotRequired, DecisionReason: "x", DSOOpinion: "DSO instämmer"},
			final: OutcomeNotRequired, ok: true},
		{name: "exception needs DSO", a: ThresholdAnalysis{Responses: answers("B4", "B7", "C1")}, final: OutcomeException,
			missing: []string{"Undantag i del C"}},
		{name: "exception with DSO", a: ThresholdAnalysis{Responses: answers("B4", "B7", "C1"), DSOOpinion: "Ok"}, final: OutcomeException, ok: true},
		{name: "comment required on Ja", a: ThresholdAnalysis{Responses: map[string]Response{"B1": {Answer: AnswerYes}}},
			final: OutcomeAssess, missing: []string{"B1 besvarad med Ja behöver en kommentar", "A1 är inte besvarad"}},
		{name: "comment required on Osäker", a: ThresholdAnalysis{Responses: func() map[string]Response {
			r := answers()
			r["B2"] = Response{Answer: AnswerUnsure, Comment: " "}
			return r
		}()}, final: OutcomeNotRequired, missing: []string{"B2 besvarad med Osäker"}},
		{name: "C needs a reference", a: ThresholdAnalysis{Responses: func() map[string]Response {
			r := answers("B4", "B7")
			r["C1"] = Response{Answer: AnswerYes}
			return r
		}(), DSOOpinion: "ok"}, final: OutcomeException, missing: []string{"C1 besvarad med Ja behöver en referens"}},
		{name: "not applicable needs a reason", a: ThresholdAnalysis{NotApplicable: true}, final: OutcomeNotApplicable,
			missing: []string{"inte är tillämplig"}},
		{name: "not applicable with reason", a: ThresholdAnalysis{NotApplicable: true, NotApplicableReason: "Inga personuppgifter"}, final: OutcomeNotApplicable, ok: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.QuestionSetVersion = 1
			if got := tt.a.FinalDecision(); got != tt.final {
				t.Errorf("final %s, want %s", got, tt.final)
			}
			ps := tt.a.Problems()
			if tt.ok && len(ps) > 0 {
				t.Errorf("unexpected problems %+v", ps)
			}
			for _, m := range tt.missing {
				if !has(ps, m) {
					t.Errorf("no problem mentioning %q in %+v", m, ps)
				}
			}
		})
	}
}

func TestQuestionSet(t *testing.T) {
	qs := ThresholdQuestions()
	if len(qs.Part("A")) != 3 || len(qs.Part("B")) != 9 || len(qs.Part("C")) != 2 {
		t.Fatalf("parts %d/%d/%d", len(qs.Part("A")), len(qs.Part("B")), len(qs.Part("C")))
	}
	for _, q := range qs.Questions {
		if q.Example == "" || q.LabelEN == "" || q.ExplanationEN == "" {
			t.Errorf("%s is incomplete", q.ID)
		}
	}
	if b4, _ := qs.Question("B4"); b4.Label != "Känsliga uppgifter eller uppgifter av mycket personlig karaktär" {
		t.Errorf("B4 label %q", b4.Label)
	}
	if v1, ok := QuestionSetVersion(1); !ok || v1.Version != 1 {
		t.Error("version 1 is not kept")
	}
	if _, ok := QuestionSetVersion(99); ok {
		t.Error("unknown version found")
	}
	a := &ThresholdAnalysis{QuestionSetVersion: 1}
	if a.Questions().Version != 1 {
		t.Error("analysis does not read its own version")
	}
	if _, err := ParseQuestionSet([]byte(`{"id":"x","version":1,"questions":[{"id":"B1","part":"D","label":"l","explanation":"e"}]}`)); err == nil {
		t.Error("unknown part accepted")
	}
}

func TestSuggestAnswers(t *testing.T) {
	types := []InfoType{
		{Name: "Genomförandeplaner", Flags: []Flag{FlagPersonal, FlagSensitive}},
		{Name: "Närvaro", Flags: []Flag{FlagPersonal, FlagVulnerable}},
		{Name: "Statistik"},
	}
	got := map[string]bool{}
	for _, s := range SuggestAnswers(types) {
		got[s.QuestionID] = true
		if !strings.Contains(s.Reason, "'") {
			t.Errorf("reason %q does not name the information type", s.Reason)
		}
	}
	if !got["B4"] || !got["B7"] || !got["A2"] || got["B1"] {
		t.Errorf("suggestions %v", got)
	}
	if NeedsThreshold(types[2:]) || !NeedsThreshold(types) {
		t.Error("NeedsThreshold")
	}
}
