package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// compareVersions shows the asset's classifications side by side, newest
// first: every information type's levels in each version, and each
// version's result, so a yearly review can be read against the decision
// it started from.
func (w *workshopScreen) compareVersions() {
	all, err := w.d.svc.Classifications(w.asset.ID)
	if err != nil {
		w.d.showError(tr("Versionerna kunde inte läsas"), err)
		return
	}
	if len(all) > 4 {
		all = all[:4]
	}
	m := w.d.model
	names := []string{}
	seen := map[string]bool{}
	for _, c := range all {
		for _, t := range c.InfoTypes {
			if key := domain.NormalizeName(t.Name); !seen[key] {
				seen[key] = true
				names = append(names, key)
			}
		}
	}
	grid := container.NewGridWithColumns(len(all) + 1)
	bold := fyne.TextStyle{Bold: true}
	grid.Add(widget.NewLabelWithStyle(tr("Informationstyp"), fyne.TextAlignLeading, bold))
	for _, c := range all {
		title := trf("%s %s\nej fastställd", tr(c.Kind.Label()), c.Date)
		if c.Decided() {
			title = trf("%s %s\nfastställd %s", tr(c.Kind.Label()), c.Date, c.DecidedAt)
		}
		l := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, bold)
		l.Wrapping = fyne.TextWrapWord
		grid.Add(l)
	}
	for _, name := range names {
		grid.Add(wrapLabel(name))
		for _, c := range all {
			var levels map[domain.Aspect]domain.Level
			for _, t := range c.InfoTypes {
				if domain.SameName(t.Name, name) {
					levels = map[domain.Aspect]domain.Level{}
					for a, r := range t.Ratings {
						levels[a] = r.Level
					}
				}
			}
			if levels == nil {
				grid.Add(widget.NewLabel("–"))
				continue
			}
			row := newBadgeRow(m)
			row.set(levels)
			grid.Add(container.NewHBox(row.Content))
		}
	}
	grid.Add(widget.NewLabelWithStyle(tr("Resultat"), fyne.TextAlignLeading, bold))
	for i := range all {
		row := newBadgeRow(m)
		row.set(all[i].Result(m).Effective())
		grid.Add(container.NewHBox(row.Content))
	}
	d := dialog.NewCustom(trf("Versioner av klassningen: %s", w.asset.Name), tr("Stäng"), container.NewVScroll(grid), w.d.win)
	d.Resize(fyne.NewSize(1100, 640))
	d.Show()
}
