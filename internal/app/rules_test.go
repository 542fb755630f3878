package app

import (
	"errors"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestRulesInTheUseCases goes through the holes of issue 23, class 9:
// a decision dated ahead, the status Fastställd without a decision and a
// threshold analysis started without a classification.
func TestRulesInTheUseCases(t *testing.T) {
	s := openTempService(t)
	ws := undecided(t, s, true)
	c := ws.Classification
	for _, at := range []domain.Date{domain.NewDate(2099, 1, 1), c.Date.AddDays(-1)} {
		if _, err := s.Decide(c.ID, domain.OwnerDecision{By: "Lena Ek", At: at}); err == nil {
			t.Errorf("a decision dated %s was recorded (classification started %s)", at, c.Date)
		}
	}
	if got, _ := s.Classification(c.ID); got.Decided() {
		t.Fatal("a refused decision left the classification decided")
	}

	bare := &domain.Asset{Name: "Lönesystem"}
	if err := s.CreateAsset(bare); err != nil {
		t.Fatal(err)
	}
	err := s.SetStatus(bare.ID, domain.StatusDecided, "")
	if !errors.Is(err, errDecidedNeedsDecision) {
		t.Errorf("Fastställd without any classification: %v", err)
	}
	if f, _, ok := Message(err); !ok || f == "" {
		t.Errorf("the refusal has no sentence: %q", f)
	}
	if a, _ := s.Asset(bare.ID); a.Status == domain.StatusDecided {
		t.Error("the status was stored")
	}
	if err := s.SetStatus(ws.Asset.ID, domain.StatusDecided, ""); !errors.Is(err, errDecidedNeedsDecision) {
		t.Errorf("Fastställd with an undecided classification: %v", err)
	}
	if _, err := s.Decide(c.ID, domain.OwnerDecision{By: "Lena Ek", At: c.Date}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStatus(ws.Asset.ID, domain.StatusDecided, ""); err != nil {
		t.Errorf("Fastställd after the decision: %v", err)
	}

	if _, err := s.StartThreshold(bare, nil); !errors.Is(err, errNoClassification) {
		t.Errorf("StartThreshold without a classification: %v", err)
	}
	if _, err := s.StartThreshold(nil, c); !errors.Is(err, errNoClassification) {
		t.Errorf("StartThreshold without an asset: %v", err)
	}
}
