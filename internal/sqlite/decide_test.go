package sqlite

import (
	"errors"
	"reflect"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// decidable returns a classification of a new asset that nothing blocks:
// one information type, every aspect rated and motivated, no personal data.
func decidable(t *testing.T, db *DB) (*domain.Asset, *domain.Classification) {
	t.Helper()
	a := &domain.Asset{Name: "Ekonomisystem Raindance"}
	must(t, db.CreateAsset(ctx, a))
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.NewDate(2026, 3, 1))
	it := domain.InfoType{Name: "Leverantörsfakturor", Ratings: map[domain.Aspect]domain.Rating{}}
	for _, asp := range domain.DefaultModel().AspectCodes() {
		it.Ratings[asp] = domain.Rating{Level: 2, Motivation: "Begränsad skada vid fel"}
	}
	c.InfoTypes = []domain.InfoType{it}
	c.Participants = []domain.Participant{{Name: "Karin Lund", Role: domain.RoleOwner}}
	must(t, db.CreateClassification(ctx, c))
	return a, c
}

var decision = domain.OwnerDecision{By: "Karin Lund", At: domain.NewDate(2026, 3, 2), NextReview: domain.NewDate(2027, 3, 2)}

func TestDraftingDoesNotDecide(t *testing.T) {
	db, _ := openTemp(t)
	_, c := decidable(t, db)
	c.DecidedBy, c.DecidedAt, c.NextReview = "Karin Lund", domain.NewDate(2026, 3, 2), domain.NewDate(2027, 3, 2)
	must(t, db.UpdateClassification(ctx, c))
	got, err := db.Classification(ctx, c.ID)
	must(t, err)
	if got.Decided() {
		t.Fatal("filling in the decision's fields decided the classification")
	}
	sums, err := db.Summaries(ctx, domain.NewDate(2026, 3, 3))
	must(t, err)
	if sums[0].Status == domain.StatusDecided || !sums[0].DecidedAt.IsZero() {
		t.Errorf("the register shows a drafted classification as %s, decided %s", sums[0].Status, sums[0].DecidedAt)
	}
	// Drafts stay editable.
	c.DecidedBy = "Karin Lundh"
	must(t, db.UpdateClassification(ctx, c))
}

func TestDecideRefusesBlockers(t *testing.T) {
	db, _ := openTemp(t)
	a, c := decidable(t, db)
	x := domain.InfoType{Name: "Attestflöden"} // unrated: blocks
	must(t, db.AddInfoType(ctx, c.ID, &x))
	err := db.Decide(ctx, c.ID, decision, domain.DefaultModel())
	var be *domain.BlockedError
	if !errors.As(err, &be) || len(be.Blockers) != len(domain.DefaultModel().AspectCodes()) {
		t.Fatalf("Decide with unrated aspects: %v", err)
	}
	got, _ := db.Classification(ctx, c.ID)
	if got.Decided() || got.DecidedBy != "" {
		t.Fatalf("a refused decision changed the classification: %+v", got)
	}
	must(t, db.DeleteInfoType(ctx, x.ID))

	// Personal data needs the routine assessment of the need for a DPIA,
	// and tveksamt needs the full threshold analysis, a complete one.
	a.PersonalData = true
	must(t, db.UpdateAsset(ctx, a))
	if err := db.Decide(ctx, c.ID, decision, domain.DefaultModel()); !errors.As(err, &be) || be.Blockers[0].Kind != domain.ProblemNoRoutine {
		t.Fatalf("Decide without routine assessment: %v", err)
	}
	must(t, db.SetRoutine(ctx, c.ID, domain.RoutineAssessment{Need: domain.NeedDoubtful, Reason: "Oklart hur loggarna används"}))
	if err := db.Decide(ctx, c.ID, decision, domain.DefaultModel()); !errors.As(err, &be) || be.Blockers[0].Kind != domain.ProblemNoThreshold {
		t.Fatalf("Decide with a doubtful assessment and no threshold analysis: %v", err)
	}
	th := domain.NewThresholdAnalysis(a.ID, c.ID, domain.NewDate(2026, 3, 1))
	must(t, db.CreateThreshold(ctx, th))
	if err := db.Decide(ctx, c.ID, decision, domain.DefaultModel()); !errors.As(err, &be) {
		t.Fatalf("Decide with an unanswered threshold analysis: %v", err)
	}
	th.NotApplicable, th.NotApplicableReason = true, "Endast juridiska personer"
	must(t, db.UpdateThreshold(ctx, th))
	must(t, db.Decide(ctx, c.ID, decision, domain.DefaultModel()))
	got, _ = db.Classification(ctx, c.ID)
	if !got.Decided() || got.DecidedBy != "Karin Lund" || !got.NextReview.Equal(decision.NextReview) {
		t.Fatalf("decided classification %+v", got)
	}
	if err := db.Decide(ctx, c.ID, decision, domain.DefaultModel()); !errors.Is(err, domain.ErrDecided) {
		t.Errorf("deciding twice: %v", err)
	}
}

// TestDecidedIsLocked tries every write to a decided classification and
// checks that each fails with domain.ErrDecided and changes nothing.
func TestDecidedIsLocked(t *testing.T) {
	db, _ := openTemp(t)
	a, c := decidable(t, db)
	th := domain.NewThresholdAnalysis(a.ID, c.ID, domain.NewDate(2026, 3, 1))
	th.NotApplicable, th.NotApplicableReason = true, "Inga personuppgifter"
	must(t, db.CreateThreshold(ctx, th))
	must(t, db.Decide(ctx, c.ID, decision, domain.DefaultModel()))
	before, err := db.Classification(ctx, c.ID)
	must(t, err)
	beforeTh, _ := db.CurrentThreshold(ctx, a.ID)
	history, _ := db.History(ctx, a.ID)
	it := before.InfoTypes[0]
	p := before.Participants[0]

	writes := map[string]func() error{
		"rating": func() error {
			return db.SetRating(ctx, it.ID, domain.Confidentiality, domain.Rating{Level: 4, Motivation: "Ändrad"})
		},
		"motivation": func() error {
			return db.SetRating(ctx, it.ID, domain.Integrity, domain.Rating{Level: 2, Motivation: "Ny motivering"})
		},
		"new type":    func() error { return db.AddInfoType(ctx, c.ID, &domain.InfoType{Name: "Ny typ"}) },
		"rename type": func() error { t := it; t.Name = "Omdöpt"; return db.UpdateInfoType(ctx, &t) },
		"flags":       func() error { t := it; t.Flags = []domain.Flag{domain.FlagPersonal}; return db.UpdateInfoType(ctx, &t) },
		"move type":   func() error { return db.MoveInfoType(ctx, it.ID, 1) },
		"delete type": func() error { return db.DeleteInfoType(ctx, it.ID) },
		"raise": func() error {
			return db.SetRaise(ctx, c.ID, domain.Availability, &domain.Raise{Level: 4, Reason: domain.RaiseOther, Explanation: "x"})
		},
		"remove raise": func() error { return db.SetRaise(ctx, c.ID, domain.Availability, nil) },
		"participant": func() error {
			return db.AddParticipant(ctx, c.ID, &domain.Participant{Name: "Ny", Role: domain.RoleOther})
		},
		"rename person": func() error { q := p; q.Name = "Annan"; return db.UpdateParticipant(ctx, &q) },
		"remove person": func() error { return db.DeleteParticipant(ctx, p.ID) },
		"scope":         func() error { x := *before; x.Scope = "Ny avgränsning"; return db.UpdateClassification(ctx, &x) },
		"decided by":    func() error { x := *before; x.DecidedBy = "Någon annan"; return db.UpdateClassification(ctx, &x) },
		"next review": func() error {
			x := *before
			x.NextReview = domain.NewDate(2030, 1, 1)
			return db.UpdateClassification(ctx, &x)
		},
		"answer": func() error {
			return db.SetThresholdAnswer(ctx, th.ID, "A1", domain.Response{Answer: domain.AnswerYes, Comment: "x"})
		},
		"threshold decision": func() error {
			x := *beforeTh
			x.NotApplicable = false
			return db.UpdateThreshold(ctx, &x)
		},
		"new threshold analysis": func() error {
			return db.CreateThreshold(ctx, domain.NewThresholdAnalysis(a.ID, c.ID, domain.NewDate(2026, 4, 1)))
		},
		"delete": func() error { return db.DeleteClassification(ctx, c.ID) },
		"routine assessment": func() error {
			return db.SetRoutine(ctx, c.ID, domain.RoutineAssessment{Need: domain.NeedNotNeeded, Reason: "x"})
		},
		"security referral": func() error {
			return db.SetSecurityReferral(ctx, c.ID, domain.SecurityReferral{On: domain.NewDate(2026, 3, 1), Note: "x"})
		},
	}
	for name, write := range writes {
		if err := write(); !errors.Is(err, domain.ErrDecided) && !errors.Is(err, ErrHasDecided) {
			t.Errorf("%s on a decided classification: %v, want ErrDecided", name, err)
		}
	}
	after, _ := db.Classification(ctx, c.ID)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("refused writes changed the classification:\n%+v\n%+v", before, after)
	}
	afterTh, _ := db.CurrentThreshold(ctx, a.ID)
	if !reflect.DeepEqual(beforeTh, afterTh) {
		t.Errorf("refused writes changed the threshold analysis:\n%+v\n%+v", beforeTh, afterTh)
	}
	if h, _ := db.History(ctx, a.ID); len(h) != len(history) {
		t.Errorf("refused writes left %d history rows", len(h)-len(history))
	}

	// The DPIA follows the decision: its status stays editable.
	x := *beforeTh
	x.DPIAStatus, x.DPIAReference = domain.DPIADone, "DNR 2026/114"
	must(t, db.UpdateThreshold(ctx, &x))
}

// TestRoutineAndSecurity: a routine assessment of krävs inte, with its
// reason, decides without a full threshold analysis; säkerhetsskydd waits
// for the referral; both are kept, recorded in the history and carried
// into a follow-up (the referral made anew).
func TestRoutineAndSecurity(t *testing.T) {
	db, _ := openTemp(t)
	a, c := decidable(t, db)
	a.PersonalData = true
	must(t, db.UpdateAsset(ctx, a))
	it := c.InfoTypes[0]
	it.Flags = append(it.Flags, domain.FlagPersonal, domain.FlagSecurityProtect)
	must(t, db.UpdateInfoType(ctx, &it))
	must(t, db.SetRoutine(ctx, c.ID, domain.RoutineAssessment{Need: domain.NeedNotNeeded, Reason: "  Endast kontaktuppgifter till personal  "}))
	var be *domain.BlockedError
	if err := db.Decide(ctx, c.ID, decision, domain.DefaultModel()); !errors.As(err, &be) || len(be.Blockers) != 1 ||
		be.Blockers[0].Kind != domain.ProblemSecurityNotReferred {
		t.Fatalf("Decide with säkerhetsskydd not referred: %v", err)
	}
	must(t, db.SetSecurityReferral(ctx, c.ID, domain.SecurityReferral{On: domain.NewDate(2026, 3, 1), Note: "Säkerhetsskyddschef Eva Holm"}))
	must(t, db.Decide(ctx, c.ID, decision, domain.DefaultModel()))
	got, _ := db.Classification(ctx, c.ID)
	if got.Routine != (domain.RoutineAssessment{Need: domain.NeedNotNeeded, Reason: "Endast kontaktuppgifter till personal"}) ||
		!got.SecurityChiefInformed() || got.Security.Note != "Säkerhetsskyddschef Eva Holm" {
		t.Errorf("stored %+v %+v", got.Routine, got.Security)
	}
	h, _ := db.History(ctx, a.ID)
	seen := map[string]bool{}
	for _, ch := range h {
		seen[ch.Field] = true
	}
	if !seen["routine_need"] || !seen["routine_reason"] || !seen["security_on"] {
		t.Errorf("history %v", seen)
	}
	n := domain.FollowUp(got, domain.DefaultModel(), domain.NewDate(2027, 3, 1))
	must(t, db.CreateClassification(ctx, n))
	f, _ := db.Classification(ctx, n.ID)
	if f.Routine != got.Routine || f.SecurityChiefInformed() {
		t.Errorf("follow-up %+v %+v", f.Routine, f.Security)
	}
	if err := db.SetRoutine(ctx, n.ID, domain.RoutineAssessment{Need: "kanske"}); err == nil {
		t.Error("an unknown answer was stored")
	}
}
