package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// processingsScreen is "Behandlingar": every processing of personal data
// with its registerförteckning reference, its DPIA and the assets it
// serves, reached from the register beside Årsplan.
type processingsScreen struct {
	d       deps
	names   map[int64]string // asset names by ID
	rows    *fyne.Container
	count   *widget.Label
	content fyne.CanvasObject
}

// showProcessings shows the list of processings.
func (u *UI) showProcessings() {
	u.flushFocused()
	p := &processingsScreen{d: u.deps(), rows: container.NewVBox(), count: widget.NewLabel("")}
	p.build()
	p.reload()
	u.setContent(p.content)
}

func (p *processingsScreen) build() {
	back := widget.NewButtonWithIcon(tr("Prioriteringslista"), theme.NavigateBackIcon(), p.d.showRegister)
	create := widget.NewButtonWithIcon(tr("Ny behandling…"), theme.ContentAddIcon(), func() {
		showProcessingDialog(p.d, nil, nil, p.reload)
	})
	create.Importance = widget.HighImportance
	intro := wrapLabel(tr("Personuppgiftsbehandlingarna enligt registerförteckningen (art. 30) och hur långt deras konsekvensbedömningar har kommit. Koppla en behandling till en informationstillgång i klassningens steg Tröskelanalys."))
	top := container.NewVBox(
		container.NewBorder(nil, nil, container.NewHBox(back, heading(tr("Behandlingar"))), container.NewHBox(p.count, create)),
		intro)
	p.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, container.NewVScroll(container.NewPadded(p.rows)))
}

// reload reads the processings and the assets' names again.
func (p *processingsScreen) reload() {
	p.rows.RemoveAll()
	ps, err := p.d.svc.Processings()
	if err == nil {
		err = p.loadNames()
	}
	if err != nil {
		p.rows.Add(wrapLabel(message(err)))
		return
	}
	p.count.SetText(trn("%d behandlingar", len(ps), len(ps)))
	if len(ps) == 0 {
		p.rows.Add(wrapLabel(tr("Inga behandlingar ännu. Tryck Ny behandling, eller koppla en i klassningens steg Tröskelanalys.")))
	}
	for _, x := range ps {
		p.rows.Add(p.row(x))
	}
	p.rows.Refresh()
}

func (p *processingsScreen) loadNames() error {
	sums, err := p.d.svc.Register()
	if err != nil {
		return err
	}
	p.names = map[int64]string{}
	for _, s := range sums {
		p.names[s.Asset.ID] = s.Asset.Name
	}
	return nil
}

func (p *processingsScreen) row(x domain.Processing) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(x.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	state := wrapLabel(dpiaText(x))
	state.Importance = dpiaImportance(x.DPIA.Status)
	var assets []string
	for _, id := range x.AssetIDs {
		assets = append(assets, p.names[id])
	}
	sort.Slice(assets, func(i, j int) bool { return domain.NameLess(assets[i], assets[j]) })
	meta := []string{tr("Ingen informationstillgång kopplad")}
	if len(assets) > 0 {
		meta[0] = trf("Informationstillgångar: %s", strings.Join(assets, ", "))
	}
	if x.Unit != "" {
		meta = append(meta, trf("Ansvarig enhet: %s", x.Unit))
	}
	served := wrapLabel(strings.Join(meta, " · "))
	served.Importance = widget.LowImportance
	edit := widget.NewButtonWithIcon(tr("Ändra…"), theme.DocumentCreateIcon(), func() { showProcessingDialog(p.d, &x, nil, p.reload) })
	box := container.NewBorder(nil, nil, nil, container.NewVBox(edit), container.NewVBox(name, state, served))
	return container.NewVBox(box, widget.NewSeparator())
}
