package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// showRequirements lists the requirements that the asset's effective
// levels trigger, lets the ISAM mark one not applicable with a reason,
// and names the aspects at level 4 that need a separate analysis.
func (u *UI) showRequirements(s domain.AssetSummary) {
	reqs := domain.Requirements().For(s.Effective)
	ex, err := u.svc.RequirementExclusions(s.Asset.ID)
	if err != nil {
		u.showError(tr("Kraven kunde inte läsas"), err)
		return
	}
	box := container.NewVBox()
	if len(reqs) == 0 {
		box.Add(wrapLabel(tr("Inga krav följer av nivåerna. Klassa tillgången först, eller kontrollera att någon aspekt har nivå 2 eller högre.")))
	}
	for _, sa := range domain.SeparateAnalyses(s.Effective) {
		l := wrapLabel(trf("%s Ansvarig: %s.", sa.Message, sa.Responsible))
		l.Importance = widget.DangerImportance
		box.Add(l)
	}
	for _, r := range reqs {
		r := r
		title := widget.NewLabelWithStyle(fmt.Sprintf("%s  %s (%s)", r.ID, r.Title, r.Area), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		reason := newField(ex[r.ID], func(text string) error {
			return u.svc.SetRequirementExclusion(s.Asset.ID, r.ID, text)
		})
		reason.SetPlaceHolder(tr("Ej tillämpligt? Skriv skälet här; tomt betyder att kravet gäller."))
		box.Add(widget.NewCard("", "", container.NewVBox(title, wrapLabel(r.Shall), wrapLabel(trf("Uppföljning: %s", r.Have)), reason)))
	}
	d := dialog.NewCustom(trf("Krav för upphandling: %s", s.Asset.Name), tr("Stäng"), container.NewVScroll(box), u.win)
	d.SetOnClosed(u.flushFocused)
	d.Resize(fyne.NewSize(960, 720))
	d.Show()
}
