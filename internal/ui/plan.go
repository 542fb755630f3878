package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// planScreen is "Plan för år N": the assets due that year, each accepted
// with a planned quarter or moved to the next year. Earlier years' plans
// stay readable.
type planScreen struct {
	d       deps // what the screen is given
	year    int
	sums    map[int64]domain.AssetSummary
	ranked  []domain.AssetSummary
	items   []domain.PlanItem
	rows    *fyne.Container
	content fyne.CanvasObject
}

// showPlan shows the plan for year.
func (u *UI) showPlan(year int) {
	u.flushFocused()
	p := &planScreen{d: u.deps(), year: year}
	if err := p.load(); err != nil {
		u.showError(tr("Planen kunde inte läsas"), err)
		return
	}
	p.build()
	u.setContent(p.content)
}

func (p *planScreen) load() error {
	sums, err := p.d.svc.Register()
	if err != nil {
		return err
	}
	p.ranked = sums
	p.sums = map[int64]domain.AssetSummary{}
	for _, s := range sums {
		p.sums[s.Asset.ID] = s
	}
	items, err := p.d.svc.PlanItems(p.year)
	if err != nil {
		return err
	}
	// In list order.
	rank := map[int64]int{}
	for _, s := range sums {
		rank[s.Asset.ID] = s.Rank
	}
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && rank[items[j].AssetID] < rank[items[j-1].AssetID]; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	p.items = items
	return nil
}

// past reports whether the plan's year is over; its plan is then read only.
func (p *planScreen) past() bool { return p.year < p.d.today().Year() }

func (p *planScreen) build() {
	back := widget.NewButtonWithIcon(tr("Prioriteringslista"), theme.NavigateBackIcon(), p.d.showRegister)
	title := heading(trf("Plan för år %d", p.year))
	years := []string{}
	have := map[int]bool{}
	known, _ := p.d.svc.PlanYears()
	for _, y := range append(known, p.d.today().Year(), p.d.today().Year()+1) {
		if !have[y] {
			have[y] = true
			years = append(years, strconv.Itoa(y))
		}
	}
	yearSel := widget.NewSelect(years, nil)
	yearSel.SetSelected(strconv.Itoa(p.year))
	yearSel.OnChanged = func(s string) {
		if y, err := strconv.Atoi(s); err == nil && y != p.year {
			p.d.showPlan(y)
		}
	}
	propose := widget.NewButtonWithIcon(trf("Föreslå tillgångar som förfaller %d", p.year), theme.ContentAddIcon(), p.propose)
	propose.Importance = widget.HighImportance
	intro := wrapLabel(trf("Förslaget tar med tillgångar vars uppföljning eller upphandling infaller %d, som aldrig klassats, eller som är planerade eller pågående. Acceptera och välj kvartal, eller flytta till nästa år.", p.year))
	if p.past() {
		propose.Disable()
		intro.SetText(trf("Planen för %d är avslutad och visas som den lämnades.", p.year))
	}
	p.rows = container.NewVBox()
	p.fill()
	top := container.NewVBox(
		container.NewBorder(nil, nil, container.NewHBox(back, title), container.NewHBox(widget.NewLabel(tr("År:")), yearSel, propose)),
		container.NewBorder(nil, nil, nil, container.NewVBox(p.exportButton()), intro),
	)
	p.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, container.NewVScroll(container.NewPadded(p.rows)))
}

func (p *planScreen) fill() {
	p.rows.RemoveAll()
	if len(p.items) == 0 {
		p.rows.Add(wrapLabel(tr("Planen är tom. Tryck på Föreslå för att hämta de tillgångar som förfaller under året.")))
	}
	for i := range p.items {
		p.rows.Add(p.row(i))
	}
	p.rows.Refresh()
}

// row shows one plan item with its state and quarter.
func (p *planScreen) row(i int) fyne.CanvasObject {
	it := p.items[i]
	s := p.sums[it.AssetID]
	name := widget.NewLabelWithStyle(fmt.Sprintf("%d.  %s", s.Rank, s.Asset.Name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	why := widget.NewLabel(dueReason(s, p.year))
	why.SizeName = theme.SizeNameCaptionText
	states := []domain.PlanState{domain.PlanProposed, domain.PlanAccepted, domain.PlanMoved}
	labels := make([]string, len(states))
	for k, st := range states {
		labels[k] = tr(st.Label())
	}
	state := widget.NewSelect(labels, nil)
	for k, st := range states {
		if st == it.State {
			state.SetSelectedIndex(k)
		}
	}
	quarter := widget.NewSelect([]string{tr("Inget kvartal"), tr("Kvartal 1"), tr("Kvartal 2"), tr("Kvartal 3"), tr("Kvartal 4")}, nil)
	quarter.SetSelectedIndex(it.Quarter)
	save := func() {
		next := p.items[i]
		next.State = states[state.SelectedIndex()]
		next.Quarter = quarter.SelectedIndex()
		if next.State != domain.PlanAccepted {
			next.Quarter = 0
		}
		if err := p.d.svc.SetPlanItems(next); err != nil {
			p.d.showError(tr("Planen sparades inte"), err)
			return
		}
		p.items[i] = next
		if next.Quarter != quarter.SelectedIndex() {
			quarter.SetSelectedIndex(next.Quarter)
		}
	}
	state.OnChanged = func(string) { save() }
	quarter.OnChanged = func(string) {
		if quarter.SelectedIndex() > 0 && state.SelectedIndex() != 1 {
			state.SetSelectedIndex(1) // choosing a quarter accepts
			return
		}
		save()
	}
	if p.past() {
		state.Disable()
		quarter.Disable()
	}
	badges := newBadgeRow(p.d.model)
	badges.set(s.Effective)
	right := container.NewHBox(container.NewCenter(badges.Content), container.NewCenter(container.NewGridWrap(fyne.NewSize(250, 40), state)), container.NewCenter(container.NewGridWrap(fyne.NewSize(180, 40), quarter)))
	return widget.NewCard("", "", container.NewBorder(nil, nil, nil, right, container.NewVBox(name, why)))
}

// dueReason says why the asset is in the plan for year.
func dueReason(s domain.AssetSummary, year int) string {
	switch {
	case !s.NextReview.IsZero() && s.NextReview.Year() <= year:
		return trf("Uppföljning %s", s.NextReview)
	case !s.Asset.ProcurementDate.IsZero() && s.Asset.ProcurementDate.Year() == year:
		return trf("Upphandling/licens %s", s.Asset.ProcurementDate)
	case !s.Classified():
		return trf("Aldrig klassad · %s", tr(s.Status.Label()))
	}
	return tr(s.Status.Label())
}

// propose adds the assets due in the year that the plan lacks.
func (p *planScreen) propose() {
	add := domain.ProposePlan(p.ranked, p.items, p.year)
	if len(add) == 0 {
		return
	}
	if err := p.d.svc.SetPlanItems(add...); err != nil {
		p.d.showError(tr("Förslaget sparades inte"), err)
		return
	}
	p.d.showPlan(p.year)
}
