package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// showDetail fills the side panel with the selected asset.
func (r *registerScreen) showDetail() {
	r.detail.RemoveAll()
	s, ok := r.selectedSummary()
	if !ok {
		hint := widget.NewLabel(tr("Välj en informationstillgång i listan för att se den, eller lägg till en ny."))
		hint.Wrapping = fyne.TextWrapWord
		r.detail.Add(hint)
		r.detail.Refresh()
		return
	}
	a := s.Asset
	name := widget.NewLabelWithStyle(a.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.SizeName = theme.SizeNameSubHeadingText
	name.Wrapping = fyne.TextWrapWord
	r.detail.Add(name)
	if a.Description != "" {
		d := widget.NewLabel(a.Description)
		d.Wrapping = fyne.TextWrapWord
		r.detail.Add(d)
	}
	badges := newBadgeRow(r.d.model)
	badges.set(s.Effective)
	r.detail.Add(container.NewHBox(badges.Content))

	open := widget.NewButtonWithIcon(tr("Öppna klassning"), theme.DocumentCreateIcon(), func() { r.d.showWorkshop(a.ID) })
	if s.ClassificationID == 0 {
		open.SetText(tr("Starta klassning"))
	}
	open.Importance = widget.HighImportance
	edit := widget.NewButtonWithIcon(tr("Redigera uppgifter"), theme.SettingsIcon(), func() { r.editAsset(a.ID) })
	status := widget.NewButtonWithIcon(tr("Ändra status…"), theme.MediaReplayIcon(), func() { r.changeStatus(a) })
	adjust := widget.NewButtonWithIcon(tr("Justera prioritet…"), theme.MoveUpIcon(), func() { r.adjustPriority(a) })
	reqs := widget.NewButtonWithIcon(tr("Krav för upphandling…"), theme.ListIcon(), func() { r.d.showRequirements(s) })
	one := widget.NewButtonWithIcon(tr("Exportera underlag…"), theme.DocumentSaveIcon(), func() { r.d.exportAsset(s, app.AssetExport{}) })
	supplier := widget.NewButtonWithIcon(tr("Krav till leverantör…"), theme.MailSendIcon(), func() {
		r.d.exportAsset(s, app.AssetExport{Supplier: true})
	})
	hist := widget.NewButtonWithIcon(tr("Historik…"), theme.HistoryIcon(), func() { r.d.showHistory(a) })
	del := widget.NewButtonWithIcon(tr("Ta bort"), theme.DeleteIcon(), func() { r.deleteAsset(a) })
	r.detail.Add(open)
	// The buttons wrap to the panel's width instead of widening it, so
	// that the wrapped texts below stay inside it.
	r.detail.Add(container.New(layout.NewRowWrapLayout(), edit, status, adjust, reqs, one, supplier, hist, del))

	prio := wrapLabel(trf("Plats %d med %d poäng", s.Rank, s.Priority.Score))
	prio.TextStyle = fyne.TextStyle{Bold: true}
	r.detail.Add(prio)
	for _, reason := range s.Priority.Reasons {
		r.detail.Add(wrapLabel(reasonText(reason)))
	}

	form := widget.NewForm(
		widget.NewFormItem(tr("Status"), wrapLabel(joinNonEmpty(tr(s.Status.Label()), a.StatusReason, ": "))),
		widget.NewFormItem(tr("Planerad"), wrapLabel(s.PlannedQuarter)),
		widget.NewFormItem(tr("Typ"), wrapLabel(tr(a.Kind.Label()))),
		widget.NewFormItem(tr("Tröskelanalys"), wrapLabel(tr(s.Threshold.Label()))),
		widget.NewFormItem(tr("DPIA"), dpiaLabel(s)),
		widget.NewFormItem(tr("Behandlingar"), r.processingsLabel(a.ID)),
		widget.NewFormItem(tr("Informationsägare"), wrapLabel(joinNonEmpty(a.OwnerName, a.OwnerRole, ", "))),
		widget.NewFormItem(tr("Förvaltningsobjekt"), wrapLabel(a.ManagementObject)),
		widget.NewFormItem(tr("System / leverantör"), wrapLabel(joinNonEmpty(a.System, a.Supplier, " / "))),
		widget.NewFormItem(tr("Fastställd"), wrapLabel(dateOrDash(s.DecidedAt))),
		widget.NewFormItem(tr("Nästa uppföljning"), wrapLabel(dateOrDash(s.NextReview))),
		widget.NewFormItem(tr("Upphandling/licens"), wrapLabel(dateOrDash(a.ProcurementDate))),
	)
	r.detail.Add(form)
	if fl := assetFlagText(a); fl != "" {
		r.detail.Add(wrapLabel(fl))
	}
	if s.Problems > 0 {
		p := wrapLabel(trn("%d saker återstår i klassningen.", s.Problems, s.Problems))
		p.Importance = widget.WarningImportance
		r.detail.Add(p)
	}
	r.detail.Refresh()
}

// processingsLabel names the processings the asset serves, each with
// its registerförteckning entry.
func (r *registerScreen) processingsLabel(assetID int64) *widget.Label {
	ps, err := r.d.svc.AssetProcessings(assetID)
	if err != nil {
		return wrapLabel(message(err))
	}
	var names []string
	for _, p := range ps {
		names = append(names, joinNonEmpty(p.Name, p.RecordRef, " – "))
	}
	if len(names) == 0 {
		return wrapLabel("–")
	}
	return wrapLabel(strings.Join(names, "\n"))
}

func assetFlagText(a domain.Asset) string {
	var s string
	add := func(on bool, t string) {
		if on {
			if s != "" {
				s += " · "
			}
			s += t
		}
	}
	add(a.PersonalData, tr("Personuppgifter"))
	add(a.RSACritical, tr("Samhällsviktig enligt RSA"))
	add(a.NIS2, tr("Omfattas av cybersäkerhetslagen (NIS2)"))
	return s
}

func wrapLabel(s string) *widget.Label {
	if s == "" {
		s = "–"
	}
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func joinNonEmpty(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}

func dateOrDash(d domain.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.String()
}

// addAsset asks for a name, creates the asset and opens its details.
func (r *registerScreen) addAsset() {
	name := widget.NewEntry()
	name.SetPlaceHolder(tr("t.ex. Verksamhetssystem för hemtjänst"))
	kind := widget.NewSelect(kindLabels(), nil)
	kind.SetSelectedIndex(0)
	items := []*widget.FormItem{
		widget.NewFormItem(tr("Namn"), name),
		widget.NewFormItem(tr("Typ"), kind),
	}
	items[0].HintText = tr("Obligatoriskt. Resten fyller ni i sedan.")
	d := dialog.NewForm(tr("Ny informationstillgång"), tr("Skapa"), tr("Avbryt"), items, func(ok bool) {
		if !ok {
			return
		}
		a := &domain.Asset{Name: name.Text, Kind: domain.AssetKinds[kind.SelectedIndex()], Status: domain.StatusNotStarted}
		if err := r.d.svc.CreateAsset(a); err != nil {
			r.d.showError(tr("Tillgången kunde inte skapas"), err)
			return
		}
		r.selected = a.ID
		r.search.SetText("")
		r.reload()
		r.editAsset(a.ID)
	}, r.d.win)
	name.Validator = func(s string) error {
		if domain.NormalizeName(s) == "" {
			return domain.ErrNameRequired
		}
		return nil
	}
	formKeys(d, items)
	d.Resize(fyne.NewSize(640, 260))
	d.Show()
	r.d.win.Canvas().Focus(name)
}

// deleteAsset asks before deleting; the store refuses when a decided
// classification exists, so nothing decided vanishes.
func (r *registerScreen) deleteAsset(a domain.Asset) {
	msg := trf("Vill du ta bort \"%s\" och allt som hör till den?\n\nDetta går inte att ångra. Tillgångar med en fastställd klassning kan inte tas bort.", a.Name)
	dialog.ShowConfirm(tr("Ta bort informationstillgång"), msg, func(ok bool) {
		if !ok {
			return
		}
		if err := r.d.svc.DeleteAsset(a.ID); err != nil {
			title := tr("Tillgången kunde inte tas bort")
			if app.IsDecided(err) {
				title = tr("Tillgången har en fastställd klassning")
			}
			r.d.showError(title, err)
			return
		}
		r.selected = 0
		r.reload()
	}, r.d.win)
}

func kindLabels() []string {
	out := make([]string, len(domain.AssetKinds))
	for i, k := range domain.AssetKinds {
		out[i] = tr(k.Label())
	}
	return out
}

func dpiaLabel(s domain.AssetSummary) *widget.Label {
	l := wrapLabel(tr(s.DPIA.Label()))
	switch {
	case s.Threshold == domain.OutcomeNone:
		l.SetText(tr("Inte bedömd"))
	case !s.Threshold.RequiresDPIA():
		l.SetText(tr("Krävs inte"))
	}
	if s.DPIAMissing() {
		l.SetText(trf("Krävs – %s", strings.ToLower(tr(s.DPIA.Label()))))
		l.Importance = widget.DangerImportance
	}
	return l
}
