package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// This file holds the dialogs of the processings (behandlingar): one to
// create or edit a processing with its DPIA, and one to link an existing
// processing to an asset. Enter in a one-line field confirms.

// processingForm is the fields of a processing and its DPIA.
type processingForm struct {
	name, ref, unit, date, reference *widget.Entry
	purpose, reason                  *dialogArea
	status                           *widget.Select
	risk                             *widget.Check
	items                            []*widget.FormItem
}

func newProcessingForm(x domain.Processing) *processingForm {
	f := &processingForm{name: widget.NewEntry(), ref: widget.NewEntry(), unit: widget.NewEntry(), date: widget.NewEntry(),
		reference: widget.NewEntry(), purpose: newDialogArea(), reason: newDialogArea()}
	f.name.SetText(x.Name)
	f.name.Validator = func(s string) error {
		if domain.NormalizeName(s) == "" {
			return domain.ErrNameRequired
		}
		return nil
	}
	f.purpose.SetText(x.Purpose)
	f.ref.SetText(x.RecordRef)
	f.ref.SetPlaceHolder(tr("t.ex. RF-2024-017"))
	f.unit.SetText(x.Unit)
	labels := make([]string, len(domain.ProcessingStatuses))
	for i, s := range domain.ProcessingStatuses {
		labels[i] = tr(domain.ProcessingLabel(s))
	}
	f.status = widget.NewSelect(labels, nil)
	for i, s := range domain.ProcessingStatuses {
		if s == x.DPIA.Status {
			f.status.SetSelectedIndex(i)
		}
	}
	f.reason.SetText(x.DPIA.Reason)
	f.reason.SetPlaceHolder(tr("Skäl (krävs när konsekvensbedömning inte krävs)"))
	f.date.SetText(x.DPIA.Date.String())
	f.date.SetPlaceHolder(tr("ÅÅÅÅ-MM-DD"))
	f.date.Validator = func(s string) error {
		_, err := domain.ParseDate(strings.TrimSpace(s))
		return err
	}
	f.reference.SetText(x.DPIA.Reference)
	f.reference.SetPlaceHolder(tr("Diarienummer eller referens"))
	f.risk = widget.NewCheck(tr("Med tillhörande riskanalys"), nil)
	f.risk.SetChecked(x.DPIA.HasRiskAnalysis())
	f.items = []*widget.FormItem{
		widget.NewFormItem(tr("Namn"), f.name),
		widget.NewFormItem(tr("Ändamål"), f.purpose),
		widget.NewFormItem(tr("Registerförteckning"), f.ref),
		widget.NewFormItem(tr("Ansvarig enhet"), f.unit),
		widget.NewFormItem(tr("Konsekvensbedömning"), f.status),
		widget.NewFormItem(tr("Skäl"), f.reason),
		widget.NewFormItem(tr("Datum"), f.date),
		widget.NewFormItem(tr("Referens"), f.reference),
		widget.NewFormItem("", f.risk),
	}
	f.items[2].HintText = tr("Behandlingens post i registerförteckningen (art. 30).")
	f.items[6].HintText = tr("När konsekvensbedömningen genomfördes; krävs för Genomförd.")
	return f
}

// into writes the form's fields into x; the risk analysis is dated with
// the DPIA, or today when the DPIA has no date yet.
func (f *processingForm) into(x *domain.Processing, today domain.Date) {
	x.Name = domain.NormalizeName(f.name.Text)
	x.Purpose = strings.TrimSpace(f.purpose.Text)
	x.RecordRef = strings.TrimSpace(f.ref.Text)
	x.Unit = strings.TrimSpace(f.unit.Text)
	if i := f.status.SelectedIndex(); i >= 0 {
		x.DPIA.Status = domain.ProcessingStatuses[i]
	}
	x.DPIA.Reason = strings.TrimSpace(f.reason.Text)
	x.DPIA.Date, _ = domain.ParseDate(strings.TrimSpace(f.date.Text))
	x.DPIA.Reference = strings.TrimSpace(f.reference.Text)
	switch {
	case !f.risk.Checked:
		x.DPIA.RiskAnalysis = domain.Date{}
	case x.DPIA.RiskAnalysis.IsZero() && !x.DPIA.Date.IsZero():
		x.DPIA.RiskAnalysis = x.DPIA.Date
	case x.DPIA.RiskAnalysis.IsZero():
		x.DPIA.RiskAnalysis = today
	}
}

// showProcessingDialog creates a processing served by the assets in
// assetIDs when x is nil, else edits x; done runs after it is saved.
func showProcessingDialog(d deps, x *domain.Processing, assetIDs []int64, done func()) {
	if x == nil {
		openProcessingForm(d, tr("Ny behandling"), domain.Processing{AssetIDs: assetIDs}, true, done)
		return
	}
	openProcessingForm(d, trf("Behandlingen %s", x.Name), *x, false, done)
}

// openProcessingForm shows the form of cur. A refusal is explained, and
// the form opens again with what was typed, so that nothing is lost.
func openProcessingForm(d deps, title string, cur domain.Processing, create bool, done func()) {
	f := newProcessingForm(cur)
	dlg := dialog.NewForm(title, tr("Spara"), tr("Avbryt"), f.items, func(ok bool) {
		if !ok {
			return
		}
		edit := cur
		f.into(&edit, d.today())
		var err error
		if create {
			err = d.svc.CreateProcessing(&edit)
		} else {
			err = d.svc.UpdateProcessing(&edit)
		}
		if err != nil {
			edit.AssetIDs = cur.AssetIDs
			info := dialog.NewInformation(tr("Behandlingen sparades inte"), message(err), d.win)
			info.SetOnClosed(func() { openProcessingForm(d, title, edit, create, done) })
			info.Show()
			return
		}
		done()
	}, d.win)
	formKeys(dlg, f.items)
	dlg.Resize(fyne.NewSize(680, 640))
	dlg.Show()
	d.win.Canvas().Focus(f.name)
}

// showLinkProcessingDialog links one of the processings the asset does
// not serve yet to it, chosen by name; done runs after the link.
func showLinkProcessingDialog(d deps, assetID int64, done func()) {
	all, err := d.svc.Processings()
	if err != nil {
		d.showError(tr("Behandlingarna kunde inte läsas"), err)
		return
	}
	var names []string
	byName := map[string]int64{}
	for _, p := range all {
		if !containsID(p.AssetIDs, assetID) {
			names = append(names, p.Name)
			byName[strings.ToLower(p.Name)] = p.ID
		}
	}
	if len(names) == 0 {
		dialog.ShowInformation(tr("Koppla behandling"), tr("Det finns inga andra behandlingar att koppla. Skapa en ny behandling."), d.win)
		return
	}
	choice := widget.NewSelectEntry(names)
	choice.SetPlaceHolder(tr("Skriv eller välj en behandling"))
	choice.OnChanged = func(s string) { choice.SetOptions(matchingNames(names, s)) }
	choice.Validator = func(s string) error {
		if _, ok := byName[strings.ToLower(domain.NormalizeName(s))]; !ok {
			return errors.New(tr("välj en behandling i listan"))
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem(tr("Behandling"), choice)}
	dlg := dialog.NewForm(tr("Koppla behandling"), tr("Koppla"), tr("Avbryt"), items, func(ok bool) {
		if !ok {
			return
		}
		id := byName[strings.ToLower(domain.NormalizeName(choice.Text))]
		if err := d.svc.LinkProcessing(assetID, id); err != nil {
			d.showError(tr("Behandlingen kopplades inte"), err)
			return
		}
		done()
	}, d.win)
	choice.OnSubmitted = func(string) {
		if choice.Validate() == nil {
			dlg.Submit()
		}
	}
	dlg.Resize(fyne.NewSize(600, 220))
	dlg.Show()
	d.win.Canvas().Focus(choice)
}

// matchingNames returns the names that contain typed, ignoring case;
// every name when none does.
func matchingNames(names []string, typed string) []string {
	typed = strings.ToLower(domain.NormalizeName(typed))
	var out []string
	for _, n := range names {
		if strings.Contains(strings.ToLower(n), typed) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return names
	}
	return out
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
