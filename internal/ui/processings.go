package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// processingPanel is, in the threshold step, the processings of personal
// data (behandlingar) the asset serves, each with its registerförteckning
// reference and DPIA. The group links an existing processing or creates
// one, and edits its DPIA; the DPIA is followed per processing, so it
// can be edited after the classification is decided.
type processingPanel struct {
	d       deps
	assetID int64
	rows    *fyne.Container
	content fyne.CanvasObject
}

func newProcessingPanel(d deps, assetID int64) *processingPanel {
	p := &processingPanel{d: d, assetID: assetID, rows: container.NewVBox()}
	link := widget.NewButtonWithIcon(tr("Koppla behandling…"), theme.ContentAddIcon(), p.onLink)
	create := widget.NewButtonWithIcon(tr("Ny behandling…"), theme.DocumentCreateIcon(), p.onNew)
	hint := wrapLabel(tr("Konsekvensbedömningen följs per behandling i registerförteckningen. En behandling kan omfatta flera informationstillgångar."))
	hint.Importance = widget.LowImportance
	title := widget.NewLabelWithStyle(tr("Behandlingar och konsekvensbedömning (DPIA)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	p.content = container.NewVBox(title, hint, p.rows, container.NewVBox(link, create))
	p.reload()
	return p
}

// reload shows the asset's processings as stored.
func (p *processingPanel) reload() {
	p.rows.RemoveAll()
	ps, err := p.d.svc.AssetProcessings(p.assetID)
	if err != nil {
		p.rows.Add(wrapLabel(message(err)))
		return
	}
	if len(ps) == 0 {
		l := wrapLabel(tr("Ingen behandling är kopplad till tillgången ännu."))
		l.Importance = widget.WarningImportance
		p.rows.Add(l)
	}
	for _, x := range ps {
		p.rows.Add(p.row(x))
	}
	p.rows.Refresh()
}

func (p *processingPanel) row(x domain.Processing) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(x.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	state := wrapLabel(dpiaText(x))
	state.Importance = dpiaImportance(x.DPIA.Status)
	edit := widget.NewButtonWithIcon(tr("Ändra…"), theme.DocumentCreateIcon(), func() {
		showProcessingDialog(p.d, &x, nil, p.reload)
	})
	unlink := widget.NewButtonWithIcon(tr("Koppla bort"), theme.ContentRemoveIcon(), func() {
		if err := p.d.svc.UnlinkProcessing(p.assetID, x.ID); err != nil {
			p.d.showError(tr("Kopplingen togs inte bort"), err)
			return
		}
		p.reload()
	})
	unlink.Importance = widget.LowImportance
	return container.NewVBox(name, state, container.NewHBox(edit, unlink))
}

func (p *processingPanel) onLink() { showLinkProcessingDialog(p.d, p.assetID, p.reload) }

func (p *processingPanel) onNew() { showProcessingDialog(p.d, nil, []int64{p.assetID}, p.reload) }

// dpiaText is a processing's registerförteckning reference and its DPIA
// in one line of the user's language.
func dpiaText(x domain.Processing) string {
	parts := []string{tr(domain.ProcessingLabel(x.DPIA.Status))}
	if !x.DPIA.Date.IsZero() {
		parts = append(parts, x.DPIA.Date.String())
	}
	if x.DPIA.Reference != "" {
		parts = append(parts, x.DPIA.Reference)
	}
	if x.DPIA.HasRiskAnalysis() {
		parts = append(parts, tr("med riskanalys"))
	}
	if x.DPIA.Status == domain.DPIANotRequired && x.DPIA.Reason != "" {
		parts = append(parts, x.DPIA.Reason)
	}
	s := trf("DPIA: %s", strings.Join(parts, ", "))
	if x.RecordRef != "" {
		s = trf("Registerförteckning %s", x.RecordRef) + " · " + s
	}
	return s
}

// dpiaImportance colours a DPIA's status: done or not required is
// success, under way a warning, not started danger.
func dpiaImportance(s domain.DPIAStatus) widget.Importance {
	switch s {
	case domain.DPIADone, domain.DPIANotRequired:
		return widget.SuccessImportance
	case domain.DPIAPlanned, domain.DPIAOngoing:
		return widget.WarningImportance
	}
	return widget.DangerImportance
}
