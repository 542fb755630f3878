package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// parkQuestion asks for a question to set aside and parks it.
func (w *workshopScreen) parkQuestion() {
	entry := newDialogArea()
	entry.SetPlaceHolder(tr("T.ex. Vem äger loggarna hos leverantören?"))
	items := []*widget.FormItem{widget.NewFormItem(tr("Fråga"), entry)}
	items[0].HintText = tr("Ctrl+Enter parkerar frågan.")
	d := dialog.NewForm(tr("Parkera en fråga"), tr("Parkera"), tr("Avbryt"), items, func(ok bool) {
		if ok {
			w.park(entry.Text)
		}
	}, w.d.win)
	formKeys(d, items)
	d.Resize(fyne.NewSize(640, 260))
	d.Show()
	w.d.win.Canvas().Focus(entry)
}

// park stores a parked question and shows it.
func (w *workshopScreen) park(text string) {
	q := domain.ParkedQuestion{Text: text}
	if err := w.d.svc.ParkQuestion(w.c.ID, &q); err != nil {
		w.d.showError(tr("Frågan parkerades inte"), err)
		return
	}
	w.parked = append(w.parked, q)
	w.updateParkCount()
	if w.current == stepDecision {
		w.show(stepDecision)
	}
}

func (w *workshopScreen) updateParkCount() {
	open := 0
	for _, q := range w.parked {
		if !q.Resolved {
			open++
		}
	}
	if open > 0 {
		w.parkBtn.SetText(trn("Parkera fråga (%d öppna)", open, open))
	} else {
		w.parkBtn.SetText(tr("Parkera fråga"))
	}
}

// parkedList shows the parked questions with a box to mark each resolved.
func (w *workshopScreen) parkedList() fyne.CanvasObject {
	box := container.NewVBox(subheading(trf("Parkerade frågor (%d)", len(w.parked))))
	if len(w.parked) == 0 {
		box.Add(widget.NewLabel(tr("Inga parkerade frågor.")))
	} else if w.locked {
		note := widget.NewLabel(tr("Frågorna ingår inte i beslutet. De kan fortfarande markeras som lösta; de öppna följer med till en uppföljning."))
		note.Wrapping = fyne.TextWrapWord
		box.Add(note)
	}
	for i := range w.parked {
		i := i
		q := w.parked[i]
		check := widget.NewCheck(q.Text, func(on bool) {
			next := w.parked[i]
			next.Resolved = on
			if err := w.d.svc.UpdateParked(&next); err != nil {
				w.d.showError(tr("Ändringen sparades inte"), err)
				return
			}
			w.parked[i] = next
			w.updateParkCount()
		})
		check.SetChecked(q.Resolved)
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			if err := w.d.svc.DeleteParked(q.ID); err != nil {
				w.d.showError(tr("Frågan togs inte bort"), err)
				return
			}
			w.parked = append(w.parked[:i], w.parked[i+1:]...)
			w.updateParkCount()
			w.show(stepDecision)
		})
		if w.locked { // resolvable after the decision, but kept as asked
			box.Add(check)
			continue
		}
		box.Add(newBorder(nil, nil, nil, del, check))
	}
	return box
}
