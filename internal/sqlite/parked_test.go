package sqlite

import (
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestParkedQuestions(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Skolplattform"}
	must(t, db.CreateAsset(a))
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.Today())
	must(t, db.CreateClassification(c))
	q1 := domain.ParkedQuestion{Text: "Vem äger loggarna hos leverantören?"}
	q2 := domain.ParkedQuestion{Text: "Omfattas elevhälsan?"}
	must(t, db.ParkQuestion(c.ID, &q1))
	must(t, db.ParkQuestion(c.ID, &q2))
	if err := db.ParkQuestion(c.ID, &domain.ParkedQuestion{Text: "  "}); err != ErrEmptyQuestion {
		t.Errorf("empty question: %v", err)
	}
	q1.Resolved = true
	must(t, db.UpdateParked(&q1))
	must(t, db.DeleteParked(q2.ID))
	got, err := db.ParkedQuestions(c.ID)
	if err != nil || len(got) != 1 || !got[0].Resolved || got[0].Text != q1.Text {
		t.Errorf("parked %+v %v", got, err)
	}
}
