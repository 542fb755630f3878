package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestThresholdStep answers the home-care case of threshold.md by tapping
// and sees "krävs"; then changes the answers to the pre-school case and
// sees "bedöm särskilt" with a decision and a reason demanded.
func TestThresholdStep(t *testing.T) {
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Hemtjänstens verksamhetssystem", PersonalData: true}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(a.ID)
	w := u.Window()
	u.workshop.thr.full = true // the group chose the full analysis
	u.workshop.show(4)
	s := u.workshop.thr
	if s.a == nil || len(s.cards) != 14 {
		t.Fatalf("threshold step not shown: %+v", s)
	}
	tap := func(id string, ans domain.Answer) {
		c := s.cards[id]
		switch ans {
		case domain.AnswerYes:
			test.Tap(c.yes)
			test.Type(c.comment, "Motiverat i mötet")
			c.comment.Flush()
		case domain.AnswerNo:
			test.Tap(c.no)
		}
	}
	home := map[string]bool{"A2": true, "B4": true, "B5": true, "B7": true}
	for _, q := range domain.ThresholdQuestions().Questions {
		if q.Part == "C" {
			continue
		}
		if home[q.ID] {
			tap(q.ID, domain.AnswerYes)
		} else {
			tap(q.ID, domain.AnswerNo)
		}
	}
	if got := s.outcome.Text; got != domain.OutcomeRequired.Label() {
		t.Fatalf("home-care case shows %q", got)
	}
	if !screenHasText(w, "Del B: 3 Ja, 0 Osäker") {
		t.Error("the live panel does not count three Ja")
	}
	if len(s.a.Problems()) != 0 {
		t.Errorf("home-care case has problems: %+v", s.a.Problems())
	}

	// The pre-school case: only B7.
	for _, id := range []string{"A2", "B4", "B5"} {
		tap(id, domain.AnswerNo)
	}
	if got := s.outcome.Text; got != domain.OutcomeAssess.Label() {
		t.Fatalf("pre-school case shows %q", got)
	}
	if !screenHasText(w, "gruppen ska besluta") {
		t.Error("no decision demanded for bedöm särskilt")
	}
	// Deciding without a reason still demands the reason.
	test.Tap(findButton(t, w, "Nästa steg: Beslut"))
	u.workshop.thr.full = true // the group chose the full analysis
	u.workshop.show(4)
	s.a.Decision = domain.DecisionNotRequired
	if err := u.svc.UpdateThreshold(s.a); err != nil {
		t.Fatal(err)
	}
	u.workshop.thr.full = true // the group chose the full analysis
	u.workshop.show(4)
	if !screenHasText(w, "Skriv varför gruppen beslutade så") {
		t.Error("no reason demanded after the decision")
	}

	// Stored: reopen and evaluate.
	got, err := u.svc.CurrentThreshold(a.ID)
	if err != nil || got.Outcome() != domain.OutcomeAssess || got.Responses["B7"].Comment != "Motiverat i mötet" {
		t.Errorf("stored analysis %+v %v", got, err)
	}
}

// TestDecisionNeedsDSOWhenOverruled checks that a classification cannot be
// decided while the group overrules the threshold rule without the DSO.
func TestDecisionNeedsDSOWhenOverruled(t *testing.T) {
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Personalens e-post", PersonalData: true}
	u.svc.CreateAsset(a)
	u.showWorkshop(a.ID)
	ws := u.workshop
	ws.thr.full = true // the group chose the full analysis
	ws.show(4)
	for _, q := range domain.ThresholdQuestions().Questions {
		if q.Part == "C" {
			continue
		}
		r := domain.Response{Answer: domain.AnswerNo}
		if q.ID == "B3" || q.ID == "B7" {
			r = domain.Response{Answer: domain.AnswerYes, Comment: "ja"}
		}
		if err := ws.thr.answer(q.ID, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := ws.thr.update(func(x *domain.ThresholdAnalysis) {
		x.Decision, x.DecisionReason = domain.DecisionNotRequired, "Vi tycker inte det"
	}); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range ws.blockingProblems() {
		if p.Kind == domain.ProblemThreshold && strings.Contains(p.Message, "dataskyddsombudets yttrande") {
			found = true
		}
	}
	if !found {
		t.Fatalf("overruling without the DSO does not block the decision: %+v", ws.blockingProblems())
	}
	ws.thr.update(func(x *domain.ThresholdAnalysis) { x.DSOOpinion = "DSO avstyrker men noterar beslutet" })
	for _, p := range ws.blockingProblems() {
		if p.Kind == domain.ProblemThreshold {
			t.Errorf("still blocked: %s", p.Message)
		}
	}
}
