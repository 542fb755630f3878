package sqlite

import (
	"errors"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestParkedQuestions(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Skolplattform"}
	must(t, db.CreateAsset(ctx, a))
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.Today())
	must(t, db.CreateClassification(ctx, c))
	q1 := domain.ParkedQuestion{Text: "Vem äger loggarna hos leverantören?"}
	q2 := domain.ParkedQuestion{Text: "Omfattas elevhälsan?"}
	must(t, db.ParkQuestion(ctx, c.ID, &q1))
	must(t, db.ParkQuestion(ctx, c.ID, &q2))
	if err := db.ParkQuestion(ctx, c.ID, &domain.ParkedQuestion{Text: "  "}); err != domain.ErrEmptyQuestion {
		t.Errorf("empty question: %v", err)
	}
	q1.Resolved = true
	must(t, db.UpdateParked(ctx, &q1))
	must(t, db.DeleteParked(ctx, q2.ID))
	got, err := db.ParkedQuestions(ctx, c.ID)
	if err != nil || len(got) != 1 || !got[0].Resolved || got[0].Text != q1.Text {
		t.Errorf("parked %+v %v", got, err)
	}
}

// TestParkedAfterDecision proves the parked questions' place after the
// decision: they can be resolved and reopened, but not reworded, removed
// or added to; and a follow-up carries the open ones over, leaving the
// decided classification's list as it was.
func TestParkedAfterDecision(t *testing.T) {
	db, _ := openTemp(t)
	_, c := decidable(t, db)
	open := domain.ParkedQuestion{Text: "Vem äger loggarna hos leverantören?"}
	done := domain.ParkedQuestion{Text: "Omfattas elevhälsan?"}
	must(t, db.ParkQuestion(ctx, c.ID, &open))
	must(t, db.ParkQuestion(ctx, c.ID, &done))
	must(t, db.Decide(ctx, c.ID, decision, domain.DefaultModel()))

	done.Resolved = true
	must(t, db.UpdateParked(ctx, &done))
	reworded := open
	reworded.Text = "Vem äger säkerhetskopiorna?"
	if err := db.UpdateParked(ctx, &reworded); !errors.Is(err, domain.ErrParkedFixed) {
		t.Errorf("rewording after the decision: %v", err)
	}
	if err := db.DeleteParked(ctx, open.ID); !errors.Is(err, domain.ErrParkedFixed) {
		t.Errorf("removing after the decision: %v", err)
	}
	if err := db.ParkQuestion(ctx, c.ID, &domain.ParkedQuestion{Text: "Ny fråga"}); !errors.Is(err, domain.ErrDecided) {
		t.Errorf("parking after the decision: %v", err)
	}
	got, err := db.ParkedQuestions(ctx, c.ID)
	must(t, err)
	if len(got) != 2 || got[0].Text != open.Text || got[0].Resolved || !got[1].Resolved {
		t.Fatalf("after the decision %+v", got)
	}

	d, _ := db.Classification(ctx, c.ID)
	n := domain.FollowUp(d, domain.DefaultModel(), domain.NewDate(2026, 9, 1))
	must(t, db.CreateClassification(ctx, n))
	carried, err := db.CarryParked(ctx, c.ID, n.ID)
	must(t, err)
	next, err := db.ParkedQuestions(ctx, n.ID)
	must(t, err)
	if carried != 1 || len(next) != 1 || next[0].Text != open.Text || next[0].Resolved || next[0].ID == open.ID {
		t.Errorf("carried %d: %+v", carried, next)
	}
	// The follow-up's questions are its own: editable until it is decided.
	next[0].Text = "Vem äger loggarna hos Atea?"
	must(t, db.UpdateParked(ctx, &next[0]))
	if again, _ := db.ParkedQuestions(ctx, c.ID); again[0].Text != open.Text {
		t.Errorf("the decided list changed with the follow-up's: %+v", again)
	}
	if _, err := db.CarryParked(ctx, n.ID, c.ID); !errors.Is(err, domain.ErrDecided) {
		t.Errorf("carrying into a decided classification: %v", err)
	}
}
