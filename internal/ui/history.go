package ui

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// showHistory lists every recorded change of an asset, newest first:
// when, who, what, old value and new, in the reader's language.
func (u *UI) showHistory(a domain.Asset) {
	changes, err := u.svc.History(a.ID)
	if err != nil {
		u.showError(tr("Historiken kunde inte läsas"), err)
		return
	}
	newestFirst(changes)
	list := widget.NewList(func() int { return len(changes) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(changeText(u.svc.ModelOf(nil), changes[i]))
		})
	d := dialog.NewCustom(trf("Historik: %s", a.Name), tr("Stäng"), list, u.win)
	d.Resize(fileDialogSize(u.win.Canvas().Size()))
	d.Show()
}

// newestFirst orders changes by the time they were made, the newest
// first; changes of the same moment keep their recorded order. An
// import or the demo records changes dated in the past after later ones.
func newestFirst(changes []domain.Change) {
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].At.After(changes[j].At) })
}

// changeText is one line of the history, translated, its levels in
// model m's numbering.
func changeText(m *domain.Model, c domain.Change) string {
	format, args := c.Label()
	what := problemText(m, format, args)
	if _, known := domain.ChangeLabels[c.Entity+"."+c.Field]; known {
		what = trf(format, args...)
	}
	old, new := c.Values(m)
	old, new = tr(old), tr(new)
	at := c.At.Local().Format("2006-01-02 15:04")
	switch {
	case old == "":
		return trf("%s  %s  %s: %s", at, c.User, what, new)
	case new == "":
		return trf("%s  %s  %s: %s › (tomt)", at, c.User, what, old)
	}
	return trf("%s  %s  %s: %s › %s", at, c.User, what, old, new)
}
