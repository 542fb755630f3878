package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// earlierBanner says plainly that the asset's classification was made
// outside Infoklass, from a hand-kept list, and offers to start a
// follow-up from it.
func (w *workshopScreen) earlierBanner(e *domain.EarlierClassification) fyne.CanvasObject {
	var levels []string
	m := w.d.svc.ModelOf(nil)
	for _, a := range domain.AllAspects {
		if l := e.Levels[a]; l != domain.Unset {
			levels = append(levels, levelLabel(m, a, l))
		}
	}
	text := widget.NewLabel(trf("Klassad enligt tidigare förteckning %s (%s), från %s rad %d. Klassningen gjordes utanför Infoklass och är inget beslut här: ingen har fastställt den i Infoklass och nivåerna saknar motivering.",
		e.Date, strings.Join(levels, " "), e.Source, e.Row))
	text.Wrapping = fyne.TextWrapWord
	start := widget.NewButtonWithIcon(tr("Starta uppföljning från den"), theme.ContentCopyIcon(), w.startFromEarlier)
	start.Importance = widget.HighImportance
	return container.NewPadded(newBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), start, text))
}

// startFromEarlier starts a follow-up holding the earlier levels, and
// opens it.
func (w *workshopScreen) startFromEarlier() {
	if _, err := w.d.svc.StartFromEarlier(w.asset.ID); err != nil {
		w.d.showError(tr("Uppföljningen kunde inte startas"), err)
		return
	}
	w.d.showWorkshop(w.asset.ID)
}
