package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestShareLayout: the floor note takes the whole row while the vote's
// outcome shows nothing (its one line hidden inside its box), and half
// of it beside an outcome shown.
func TestShareLayout(t *testing.T) {
	note, votes := widget.NewLabel("Golv: K3"), widget.NewLabel("Röster: 3, 3, 4")
	outcome := container.NewVBox(votes)
	row := container.New(shareLayout{}, note, outcome)
	votes.Hide()
	row.Resize(fyne.NewSize(1000, 40))
	if w := note.Size().Width; w != 1000 {
		t.Errorf("alone, the note gets %v of 1000", w)
	}
	votes.Show()
	row.Refresh()
	row.Layout.Layout(row.Objects, row.Size())
	half := (1000 - theme.Padding()) / 2
	if note.Size().Width != half || outcome.Size().Width != half || outcome.Position().X != half+theme.Padding() {
		t.Errorf("beside the outcome: note %v, outcome %v at %v; want %v each", note.Size(), outcome.Size(), outcome.Position(), half)
	}
}
