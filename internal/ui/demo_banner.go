package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// demoBanner says on every screen that the open database is the demo
// district, not the municipality's own, with one click back to the
// user's own database. A plain start reopens the last file, the demo
// too; the title alone did not say it.
func (u *UI) demoBanner() fyne.CanvasObject {
	text := widget.NewLabelWithStyle(trf("Du arbetar i demodatabasen %s. Inget här är kommunens egna uppgifter.", filepath.Base(u.svc.Path())),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text.Wrapping = fyne.TextWrapWord
	text.Importance = widget.WarningImportance
	var own fyne.CanvasObject
	if u.DefaultDB != "" && filepath.Clean(u.DefaultDB) != filepath.Clean(u.svc.Path()) {
		b := widget.NewButtonWithIcon(tr("Öppna din egen databas"), theme.FolderOpenIcon(), u.openOwn)
		b.Importance = widget.HighImportance
		own = b
	}
	return newBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), own, text)
}

// openOwn opens the user's own database in place of the demo.
func (u *UI) openOwn() {
	_ = u.Open(u.DefaultDB) // a file that cannot be opened is explained in the window
}
