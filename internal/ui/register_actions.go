package ui

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// changeStatus asks for a manual status and, for Avbruten, its reason.
// Fastställd and Pågående follow from the classification itself.
func (r *registerScreen) changeStatus(a domain.Asset) {
	manual := []domain.Status{domain.StatusNotStarted, domain.StatusPlanned, domain.StatusReview, domain.StatusCancelled}
	labels := make([]string, len(manual))
	for i, s := range manual {
		labels[i] = tr(s.Label())
	}
	sel := widget.NewSelect(labels, nil)
	for i, s := range manual {
		if a.Status == s {
			sel.SetSelectedIndex(i)
		}
	}
	reason := newDialogArea()
	reason.SetText(a.StatusReason)
	reason.SetPlaceHolder(tr("Skäl (krävs för Avbruten), t.ex. osäkra förutsättningar"))
	items := []*widget.FormItem{widget.NewFormItem(tr("Status"), sel), widget.NewFormItem(tr("Skäl"), reason)}
	items[0].HintText = tr("Fastställd och Pågående följer av klassningen. Uppföljning krävs markerar att något har ändrats.")
	d := dialog.NewForm(trf("Ändra status för %s", a.Name), tr("Spara"), tr("Avbryt"), items, func(ok bool) {
		if !ok || sel.SelectedIndex() < 0 {
			return
		}
		if err := r.d.svc.SetStatus(a.ID, manual[sel.SelectedIndex()], strings.TrimSpace(reason.Text)); err != nil {
			r.d.showError(tr("Statusen ändrades inte"), err)
			return
		}
		r.reload()
	}, r.d.win)
	formKeys(d, items)
	d.Resize(fyne.NewSize(640, 360))
	d.Show()
}

// adjustPriority asks for a manual adjustment of the priority score,
// with its required reason.
func (r *registerScreen) adjustPriority(a domain.Asset) {
	points := widget.NewEntry()
	points.SetText(strconv.Itoa(a.PriorityAdjust))
	points.Validator = func(s string) error {
		if _, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(s), "+")); err != nil {
			return errors.New(tr("ange ett heltal, t.ex. 2 eller -1"))
		}
		return nil
	}
	reason := newDialogArea()
	reason.SetText(a.PriorityReason)
	reason.SetPlaceHolder(tr("Skäl (krävs), t.ex. väntar på central upphandling"))
	items := []*widget.FormItem{widget.NewFormItem(tr("Poäng (±)"), points), widget.NewFormItem(tr("Skäl"), reason)}
	d := dialog.NewForm(trf("Justera prioritet för %s", a.Name), tr("Spara"), tr("Avbryt"), items, func(ok bool) {
		if !ok {
			return
		}
		n, _ := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(points.Text), "+"))
		cur, err := r.d.svc.Asset(a.ID)
		if err != nil {
			r.d.showError(tr("Prioriteten ändrades inte"), err)
			return
		}
		cur.PriorityAdjust, cur.PriorityReason = n, strings.TrimSpace(reason.Text)
		if err := r.d.svc.UpdateAsset(cur); err != nil {
			r.d.showError(tr("Prioriteten ändrades inte"), err)
			return
		}
		r.reload()
	}, r.d.win)
	formKeys(d, items)
	d.Resize(fyne.NewSize(640, 320))
	d.Show()
}
