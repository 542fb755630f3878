package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// showRequirements lists the requirements that the asset's effective
// levels trigger, each with how it is met ("Hur uppfylls kravet") and its
// status — Ej tillämpligt with the reason in the text — and names the
// aspects at level 4 that need a separate analysis, with a place to
// record that it was done. Every edit is saved at once.
func (u *UI) showRequirements(s domain.AssetSummary) {
	box, err := requirementsView(u.svc, u.win, s, u.showError)
	if err != nil {
		u.showError(tr("Kraven kunde inte läsas"), err)
		return
	}
	d := dialog.NewCustom(trf("Krav för upphandling: %s", s.Asset.Name), tr("Stäng"), container.NewVScroll(box), u.win)
	d.SetOnClosed(u.flushFocused)
	d.Resize(fileDialogSize(u.win.Canvas().Size()))
	d.Show()
}

// requirementsView builds the requirement list of asset s.
func requirementsView(svc *app.Service, win fyne.Window, s domain.AssetSummary, report func(string, error)) (*fyne.Container, error) {
	rows, analyses, err := svc.Requirements(s)
	if err != nil {
		return nil, err
	}
	box := container.NewVBox()
	m := svc.Model() // the register's numbering
	if len(rows) == 0 {
		box.Add(wrapLabel(trf("Inga krav följer av nivåerna. Klassa tillgången först, eller kontrollera att någon aspekt har nivå %s eller högre.", m.NumberText(2))))
	}
	if s.Overall >= domain.UnmetLevel {
		hint := wrapLabel(trf("Krav som är Delvis eller Ej uppfyllda höjer tillgången i prioriteringslistan, eftersom nivån är %s eller högre.", m.NumberText(domain.UnmetLevel)))
		hint.Importance = widget.LowImportance
		box.Add(hint)
	}
	for _, a := range analyses {
		box.Add(analysisCard(svc, s.Asset.ID, a))
	}
	for _, r := range rows {
		box.Add(requirementCard(svc, win, s.Asset.ID, r, report))
	}
	return box, nil
}

// requirementCard shows one requirement with its status and how it is met.
func requirementCard(svc *app.Service, win fyne.Window, assetID int64, row app.RequirementRow, report func(string, error)) fyne.CanvasObject {
	r, f := row.Requirement, row.Fulfilment
	title := widget.NewLabelWithStyle(fmt.Sprintf("%s  %s (%s)", r.ID, r.Title, r.Area), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	labels := make([]string, len(domain.FulfilmentStatuses))
	byLabel := map[string]domain.FulfilmentStatus{}
	for i, st := range domain.FulfilmentStatuses {
		labels[i] = tr(st.Label())
		byLabel[labels[i]] = st
	}
	status := widget.NewSelect(labels, nil)
	status.SetSelected(tr(f.Status.Label()))
	how := newTextArea(f.How, 2, nil)
	how.SetPlaceHolder(tr("Hur uppfylls kravet? Vid Ej tillämpligt: skälet."))
	how.save = func(text string) error {
		f.How = text
		return svc.SetFulfilment(assetID, f)
	}
	status.OnChanged = func(label string) {
		next := byLabel[label]
		if next == f.Status {
			return
		}
		g := f
		g.Status, g.How = next, how.Text
		if next == domain.FulfilNotApplicable && !hasText(g.How) {
			dialog.ShowInformation(tr("Skäl saknas"), tr("Skriv först i fältet varför kravet inte är tillämpligt, och välj sedan Ej tillämpligt."), win)
			status.SetSelected(tr(f.Status.Label()))
			return
		}
		if err := svc.SetFulfilment(assetID, g); err != nil {
			report(tr("Statusen kunde inte sparas"), err)
			status.SetSelected(tr(f.Status.Label()))
			return
		}
		f = g
		how.Reset(f.How)
	}
	head := container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel(tr("Status")), roomySelect(status)), title)
	return widget.NewCard("", "", container.NewVBox(head, wrapLabel(r.Shall), wrapLabel(trf("Uppföljning: %s", r.Have)),
		widget.NewLabelWithStyle(tr("Hur uppfylls kravet"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), how))
}

// analysisCard shows a level-4 aspect's notice that a separate protection
// analysis is needed, with the date it was done and where it is found.
func analysisCard(svc *app.Service, assetID int64, a app.AnalysisRow) fyne.CanvasObject {
	notice := wrapLabel(trf("%s Ansvarig: %s.", a.Notice.Message, a.Notice.Responsible))
	notice.Importance = widget.DangerImportance
	if a.Record.Done() {
		notice.Importance = widget.MediumImportance
	}
	rec := a.Record
	date := newField(rec.Date.String(), nil)
	date.SetPlaceHolder(tr("Gjord den (ÅÅÅÅ-MM-DD)"))
	ref := newField(rec.Reference, nil)
	ref.SetPlaceHolder(tr("Diarienummer eller var analysen finns"))
	save := func(r domain.AnalysisRecord) error {
		if err := svc.SetSeparateAnalysis(assetID, r); err != nil {
			return err
		}
		rec = r
		if rec.Done() {
			notice.Importance = widget.MediumImportance
		} else {
			notice.Importance = widget.DangerImportance
		}
		notice.Refresh()
		return nil
	}
	date.save = func(text string) error {
		r := rec
		r.Date = domain.Date{}
		if hasText(text) {
			d, err := domain.ParseDateLoose(text)
			if err != nil {
				return fmt.Errorf("%s", tr("Skriv datumet som ÅÅÅÅ-MM-DD."))
			}
			r.Date = d
		}
		return save(r)
	}
	ref.save = func(text string) error {
		r := rec
		r.Reference = text
		return save(r)
	}
	return widget.NewCard("", "", container.NewVBox(notice,
		widget.NewLabelWithStyle(tr("Särskild skyddsanalys gjord"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWithColumns(2, date, ref)))
}
