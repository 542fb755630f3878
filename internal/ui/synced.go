package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// errAwaitingChoice is what Open returns while the warning about a synced
// folder waits for the user's answer.
var errAwaitingChoice = errors.New("waiting for the user's choice about a synced folder")

// warnSynced asks before a database in a folder that kind (OneDrive,
// Dropbox, a network share) serves is opened: SQLite's WAL is not safe
// there. Flytta till datamappen moves it into the local data folder and
// opens it there; Öppna ändå opens it in place without WAL and with an
// exclusive lock; Avbryt leaves it closed and offers another file when
// none is open.
func (u *UI) warnSynced(path, kind string) {
	msg := widget.NewLabel(trf("Databasen %s ligger i en mapp som %s synkroniserar eller delar. Där är SQLite:s WAL-logg inte säker: om två personer öppnar filen, eller om synkroniseringen laddar upp den mitt i en ändring, kan uppgifter gå förlorade.\n\nLägg hellre databasen i den lokala datamappen och spara kopior i den synkade mappen med Arkiv › Spara kopia som….\n\nÖppnar du ändå öppnas filen utan WAL och låst för alla andra så länge den är öppen.", path, tr(kind)))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	answer := func(f func()) func() { return func() { d.Hide(); f() } }
	cancel := widget.NewButton(tr("Avbryt"), answer(func() {
		if u.svc == nil {
			u.openDatabase()
		}
	}))
	anyway := widget.NewButton(tr("Öppna ändå"), answer(func() { u.openWith(path, app.OpenExclusive) }))
	buttons := []fyne.CanvasObject{cancel, anyway}
	if u.DataDir != "" {
		move := widget.NewButton(tr("Flytta till datamappen"), answer(func() { u.moveToLocal(path) }))
		move.Importance = widget.HighImportance
		buttons = append(buttons, move)
		msg.SetText(msg.Text + "\n\n" + trf("Flytta till datamappen flyttar filen till %s och öppnar den där.", u.DataDir))
	}
	d = dialog.NewCustomWithoutButtons(tr("Databasen ligger i en synkad mapp"), msg, u.win)
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(680, 0))
	d.Show()
}

// moveToLocal moves the database at path into the data folder and opens
// it there, or explains why it stayed.
func (u *UI) moveToLocal(path string) {
	dest, err := app.MoveToLocal(path, u.DataDir)
	if dest == "" {
		u.showError(tr("Databasen kunde inte flyttas"), err)
		return
	}
	if u.openWith(dest, app.Open) == nil {
		if err != nil { // copied and opened, but the original stayed
			dialog.ShowInformation(tr("Databasen är kopierad"), trf("Databasen ligger nu i %s, men originalet i den synkade mappen kunde inte tas bort (%s). Ta bort det själv när ingen annan använder det.", dest, err.Error()), u.win)
			return
		}
		dialog.ShowInformation(tr("Databasen är flyttad"), trf("Databasen ligger nu i %s. Spara kopior i den synkade mappen med Arkiv › Spara kopia som….", dest), u.win)
	}
}

// openWith opens path with open and shows it, or explains why not,
// with the UI's clock.
func (u *UI) openWith(path string, open func(string, ...app.Option) (*app.Service, error)) error {
	svc, err := open(path, app.WithClock(u.Clock))
	if err != nil {
		u.showOpenProblem(path, err)
		return err
	}
	u.setService(svc)
	return nil
}
