package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestTabLabelsFollowTheLevel: a level chosen on the cards shows at once
// in the aspect's tab and in the title's choice of type, as does the
// mark of a written motivation.
func TestTabLabelsFollowTheLevel(t *testing.T) {
	u := newDemoUI(t)
	_, ongoing, _ := demoAssets(u)
	u.showWorkshopStep(ongoing.Asset.ID, stepClassify)
	s := u.workshop.classify
	a := u.workshop.d.model.AspectCodes()[s.aspect]
	var want domain.Level = 2
	if s.w.c.InfoTypes[s.typeIx].Ratings[a].Level == 2 {
		want = 3
	}
	s.choose(want)
	tab := s.tabs.Objects[s.aspect].(*widget.Button)
	if label := levelLabel(u.workshop.d.model, a, want); !strings.HasSuffix(tab.Text, label) {
		t.Errorf("the tab reads %q after choosing %s", tab.Text, label)
	}
	if got := s.typeChoice.Selected; !strings.Contains(got, levelLabel(u.workshop.d.model, a, want)) {
		t.Errorf("the title's type reads %q after choosing %s", got, levelLabel(u.workshop.d.model, a, want))
	}
	s.motivation.SetText("")
	if err := s.saveMotivation(s.w.c.InfoTypes[s.typeIx].ID, a, ""); err != nil {
		t.Fatal(err)
	}
	if tab := s.tabs.Objects[s.aspect].(*widget.Button); tab.Icon != nil {
		t.Error("the tab is marked motivated with no motivation")
	}
	if err := s.saveMotivation(s.w.c.InfoTypes[s.typeIx].ID, a, "Skäl"); err != nil {
		t.Fatal(err)
	}
	if tab := s.tabs.Objects[s.aspect].(*widget.Button); tab.Icon == nil {
		t.Error("the tab is not marked motivated after a motivation is written")
	}
}

// TestRaiseSentenceFollowsTheReason: the result step's sentence of a
// raise is never built from empty parts and follows the reason and the
// explanation as they are given, before the step is left.
func TestRaiseSentenceFollowsTheReason(t *testing.T) {
	u := newDemoUI(t)
	_, ongoing, _ := demoAssets(u)
	u.showWorkshopStep(ongoing.Asset.ID, stepClassify+1)
	w := u.win
	raiseSelect := func() *widget.Select {
		for _, o := range objects(w) {
			if s, ok := o.(*widget.Select); ok && len(s.Options) > 1 && s.Options[0] == "Ingen höjning" && !s.Disabled() {
				return s
			}
		}
		t.Fatal("no aspect to raise")
		return nil
	}
	sentence := func() string {
		for _, o := range objects(w) {
			if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, "höjd från") {
				return l.Text
			}
		}
		return ""
	}
	raiseSelect().SetSelectedIndex(1)
	if got := sentence(); got == "" || strings.Contains(got, "på grund av") || strings.HasSuffix(got, ":") {
		t.Fatalf("raised without a reason, the sentence reads %q", got)
	}
	var reason *widget.Select
	for _, o := range objects(w) {
		if s, ok := o.(*widget.Select); ok && s.PlaceHolder == "Välj skäl" && reason == nil {
			reason = s // the first aspect's: the one raised
		}
	}
	reason.SetSelectedIndex(1)
	if got := sentence(); !strings.HasSuffix(got, "på grund av aggregering") {
		t.Errorf("after the reason the sentence reads %q", got)
	}
	typeInto(w, findEntries(w, "Förklara varför")[0], "sammanställda scheman")
	u.flushFocused()
	if got := sentence(); !strings.HasSuffix(got, "på grund av aggregering: sammanställda scheman") {
		t.Errorf("after the explanation the sentence reads %q", got)
	}
}

// TestHistoryNewestFirst: the history lists an asset's changes by time,
// the newest first, also when the demo has recorded them out of order.
func TestHistoryNewestFirst(t *testing.T) {
	u := newDemoUI(t)
	decided, _, _ := demoAssets(u)
	u.showHistory(decided.Asset)
	list := findList(t, u.win)
	changes, err := u.svc.History(decided.Asset.ID)
	if err != nil {
		t.Fatal(err)
	}
	if list.Length() != len(changes) || len(changes) < 3 {
		t.Fatalf("%d lines for %d changes", list.Length(), len(changes))
	}
	var lines []string
	for i := range list.Length() {
		l := widget.NewLabel("")
		list.UpdateItem(i, l)
		lines = append(lines, l.Text)
	}
	for i := 1; i < len(lines); i++ {
		if lines[i][:16] > lines[i-1][:16] { // "2006-01-02 15:04" sorts as text
			t.Errorf("line %d %q is newer than the line before it, %q", i, lines[i], lines[i-1])
		}
	}
}

// TestEveryMeasureNamed: every measure of the review has a name in the
// user's language, never its code ("handled_followup" was shown as is).
func TestEveryMeasureNamed(t *testing.T) {
	translationsOnce.Do(loadTranslations)
	for _, model := range []*domain.Model{domain.DefaultModel()} {
		for _, m := range domain.MeasuresOf(model) {
			if got := reviewLabel(model, m.ID); got == m.ID || got == "" {
				t.Errorf("measure %s is named %q", m.ID, got)
			}
		}
	}
}
