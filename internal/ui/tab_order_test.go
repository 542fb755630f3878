package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// focusName names a focused control for a message.
func focusName(f fyne.Focusable) string {
	switch x := f.(type) {
	case *widget.Button:
		return "button " + x.Text
	case *widget.Check:
		return "check " + x.Text
	case *field:
		return "field " + x.PlaceHolder
	case *widget.Entry:
		return "entry " + x.PlaceHolder
	case *widget.Select:
		return "select " + x.Selected
	}
	return fmt.Sprintf("%T", f)
}

// TestTabOrderShownInReadingOrder: on every step of a workshop, in the
// normal and the presentation mode, Tab moves only to controls that are
// shown (after scrolling them into view), and in reading order: down
// the page, and left to right on a line.
func TestTabOrderShownInReadingOrder(t *testing.T) {
	u := newDemoUI(t)
	decided, ongoing, fresh := demoAssets(u)
	for _, present := range []bool{false, true} {
		if u.presenting != present {
			u.togglePresentation()
		}
		u.showRegister()
		u.win.Resize(contentSize(screenSizes[0], present))
		for _, a := range []int64{decided.Asset.ID, ongoing.Asset.ID, fresh.Asset.ID} {
			tabThroughSteps(t, u, a)
		}
	}
}

// tabThroughSteps walks each step of asset id's workshop by Tab.
func tabThroughSteps(t *testing.T, u *UI, id int64) {
	t.Helper()
	for step := range 6 {
		var first fyne.Focusable
		u.showWorkshopStep(id, step)
		settleWindow(u.win)
		c := u.win.Canvas()
		c.Unfocus()
		var prev fyne.Focusable
		for i := range 200 {
			c.FocusNext()
			u.followFocus() // as the window does ten times a second
			f := c.Focused()
			if f == nil || i > 0 && f == first {
				break // round
			}
			if i == 0 {
				first = f
			}
			o := f.(fyne.CanvasObject)
			settleWindow(u.win)
			if !inView(u.win, o) {
				at, shown, ok := placement(u.win, o)
				t.Errorf("presenting %v, step %d, Tab %d: %s is not shown (at %v, shown %v, laid out %v)", u.presenting, step+1, i+1, focusName(f), at, shown, ok)
			}
			if prev != nil {
				if ok, ra, rb := readingOrder(u.win, prev.(fyne.CanvasObject), o); !ok {
					t.Errorf("presenting %v, step %d, Tab %d: %s (%v) comes after %s (%v)", u.presenting, step+1, i+1, focusName(f), rb, focusName(prev), ra)
				}
			}
			prev = f
		}
	}
}

// TestScrollIntoView: a control below or above what a scroll shows is
// scrolled into view whole, moving the scroll no more than needed.
func TestScrollIntoView(t *testing.T) {
	w := test.NewWindow(nil)
	defer w.Close()
	box := container.NewVBox()
	var entries []*widget.Entry
	for range 30 {
		e := widget.NewEntry()
		entries = append(entries, e)
		box.Add(e)
	}
	scroll := container.NewVScroll(box)
	w.SetContent(newBorder(widget.NewLabel("Rubrik"), nil, nil, nil, scroll))
	w.Resize(fyne.NewSize(400, 300))
	if inView(w, entries[25]) {
		t.Fatal("entry 25 is shown before scrolling")
	}
	if !scrollIntoView(w.Canvas().Content(), entries[25]) || !inView(w, entries[25]) {
		t.Fatalf("entry 25 is not shown after scrolling to it (offset %v)", scroll.Offset)
	}
	if !inView(w, entries[24]) {
		t.Error("the scroll moved further than it had to")
	}
	scrollIntoView(w.Canvas().Content(), entries[0])
	if scroll.Offset.Y != 0 || !inView(w, entries[0]) {
		t.Errorf("back at the first entry the offset is %v", scroll.Offset)
	}
	if scrollIntoView(w.Canvas().Content(), widget.NewEntry()) {
		t.Error("an entry elsewhere was found")
	}
}
