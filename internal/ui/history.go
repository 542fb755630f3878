package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// showHistory lists every recorded change of an asset, newest first:
// when, who, what, old value and new.
func (u *UI) showHistory(a domain.Asset) {
	changes, err := u.svc.History(a.ID)
	if err != nil {
		u.showError(tr("Historiken kunde inte läsas"), err)
		return
	}
	list := widget.NewList(func() int { return len(changes) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := changes[i]
			text := c.At.Local().Format("2006-01-02 15:04") + "  " + c.User + "  " + c.Field + ": "
			switch {
			case c.Old == "":
				text += c.New
			case c.New == "":
				text = trf("%s%s → (tomt)", text, c.Old)
			default:
				text += c.Old + " → " + c.New
			}
			o.(*widget.Label).SetText(text)
		})
	d := dialog.NewCustom(trf("Historik: %s", a.Name), tr("Stäng"), list, u.win)
	d.Resize(fyne.NewSize(960, 640))
	d.Show()
}
