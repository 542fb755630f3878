package ui

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// findRadio returns the first radio group shown in w.
func findRadio(t *testing.T, u *UI) *widget.RadioGroup {
	t.Helper()
	for _, o := range objects(u.Window()) {
		if r, ok := o.(*widget.RadioGroup); ok {
			return r
		}
	}
	t.Fatal("no radio group is shown")
	return nil
}

// TestRoutineProblemsFollowTheEdits: in the threshold step without a full
// analysis, what the routine assessment lacks is listed, and goes from
// the page as soon as the group gives its answer and its reason.
func TestRoutineProblemsFollowTheEdits(t *testing.T) {
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Bokningssystem för lokaler", PersonalData: true}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.showWorkshopStep(a.ID, stepThreshold)
	w := u.Window()
	if !screenHasText(w, "Behovet av konsekvensbedömning är inte bedömt.") {
		t.Fatal("the unassessed routine assessment is not listed")
	}
	findRadio(t, u).SetSelected(tr(domain.NeedNotNeeded.Label()))
	if screenHasText(w, "Behovet av konsekvensbedömning är inte bedömt.") {
		t.Error("the answer was given, but the page still says it is not")
	}
	if !screenHasText(w, "saknar skäl") {
		t.Fatal("an answer without a reason is not listed")
	}
	typeInto(w, findEntry(t, w, "Skäl för bedömningen"), "Bara namn och bokade tider; inga känsliga uppgifter.")
	u.flushFocused()
	if screenHasText(w, "saknar skäl") {
		t.Error("the reason was given, but the page still says it is missing")
	}
}
