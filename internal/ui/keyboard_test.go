package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// pressConfirm presses Ctrl+Enter as the driver delivers it: to the
// focused control when it takes shortcuts, else to the window.
func pressConfirm(u *UI) { pressShortcut(u, keyNextAspect) }

// TestNewAssetByKeys: Ctrl+N opens Ny informationstillgång with the
// name focused; Enter with no name confirms nothing, Enter with a name
// creates the asset.
func TestNewAssetByKeys(t *testing.T) {
	u, _ := newTestUI(t)
	u.showRegister()
	pressShortcut(u, keyNew)
	if !u.dialogOpen() {
		t.Fatal("Ctrl+N opened no dialog")
	}
	pressKey(u, fyne.KeyReturn)
	if n := len(u.win.Canvas().Overlays().List()); n != 1 || u.win.Canvas().Focused() == nil {
		t.Fatalf("Enter with no name: %d dialogs, focus %v", n, u.win.Canvas().Focused())
	}
	typeKeys(u, "Hemtjänstens planering")
	pressKey(u, fyne.KeyReturn)
	sums, err := u.svc.Register()
	if err != nil || len(sums) != 1 || sums[0].Asset.Name != "Hemtjänstens planering" {
		t.Fatalf("after Enter the register holds %+v, %v", sums, err)
	}
}

// TestParkQuestionByKeys parks a question by keys alone: Ctrl+K opens
// the dialog on its text field, Enter breaks the line, Tab moves on
// without typing a tab, and Ctrl+Enter parks what was written.
func TestParkQuestionByKeys(t *testing.T) {
	u, w := workshopWithType(t)
	pressShortcut(u, keyPark)
	area, ok := u.win.Canvas().Focused().(*dialogArea)
	if !ok {
		t.Fatalf("Ctrl+K focused %T", u.win.Canvas().Focused())
	}
	typeKeys(u, "Vem äger loggarna?")
	pressKey(u, fyne.KeyReturn)
	typeKeys(u, "Fråga leverantören.")
	pressKey(u, fyne.KeyTab)
	if strings.Contains(area.Text, "\t") || u.win.Canvas().Focused() == area {
		t.Errorf("Tab typed into the question or kept the focus: %q", area.Text)
	}
	u.win.Canvas().Focus(area)
	pressConfirm(u)
	if u.dialogOpen() {
		t.Fatal("Ctrl+Enter did not park the question")
	}
	qs, _ := u.svc.ParkedQuestions(w.c.ID)
	if len(qs) != 1 || qs[0].Text != "Vem äger loggarna?\nFråga leverantören." {
		t.Errorf("parked %+v", qs)
	}
}

// TestStatusAndPriorityByKeys confirms the register's two reason
// dialogs with Ctrl+Enter in their reason and Enter in the points.
func TestStatusAndPriorityByKeys(t *testing.T) {
	u := newDemoUI(t)
	r := u.register
	a := r.shown[0].Asset
	r.adjustPriority(a)
	points := findEntry(t, u.win, "")
	u.win.Canvas().Focus(points)
	pressKey(u, fyne.KeyEnd)
	for range 4 {
		pressKey(u, fyne.KeyBackspace)
	}
	typeKeys(u, "2")
	pressKey(u, fyne.KeyTab)
	reason, ok := u.win.Canvas().Focused().(*dialogArea)
	if !ok {
		t.Fatalf("Tab from the points went to %T", u.win.Canvas().Focused())
	}
	reason.SetText("")
	typeKeys(u, "Väntar på upphandling")
	pressConfirm(u)
	got, _ := u.svc.Asset(a.ID)
	if u.dialogOpen() || got.PriorityAdjust != 2 || got.PriorityReason != "Väntar på upphandling" {
		t.Errorf("after Ctrl+Enter: open %v, adjust %d %q", u.dialogOpen(), got.PriorityAdjust, got.PriorityReason)
	}
}

// TestRegisterKeysInAWorkshop: Ctrl+F and Ctrl+N, which F1 lists, work
// inside a workshop too, from the cards and from a focused field. They
// go back to the register: Ctrl+F to its search, Ctrl+N to a new asset.
func TestRegisterKeysInAWorkshop(t *testing.T) {
	for _, k := range []*desktop.CustomShortcut{keyFind, keyNew} {
		for _, inField := range []bool{false, true} {
			u, w := workshopWithType(t)
			if inField {
				pressKey(u, fyne.KeyTab)
				if u.win.Canvas().Focused() != w.classify.motivation {
					t.Fatal("Tab did not reach the motivation")
				}
			}
			pressShortcut(u, k)
			if u.workshop != nil {
				t.Errorf("%v (field %v) stayed in the workshop", k.ShortcutName(), inField)
				continue
			}
			switch k {
			case keyFind:
				if u.win.Canvas().Focused() != u.register.search {
					t.Errorf("Ctrl+F (field %v) did not focus the search", inField)
				}
			case keyNew:
				if !u.dialogOpen() {
					t.Errorf("Ctrl+N (field %v) opened no dialog", inField)
				}
			}
		}
	}
}
