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
// there. Going on opens it without WAL and with an exclusive lock;
// cancelling leaves it closed and offers another file when none is open.
func (u *UI) warnSynced(path, kind string) {
	msg := widget.NewLabel(trf("Databasen %s ligger i en mapp som %s synkroniserar eller delar. Där är SQLite:s WAL-logg inte säker: om två personer öppnar filen, eller om synkroniseringen laddar upp den mitt i en ändring, kan uppgifter gå förlorade.\n\nLägg hellre databasen i den lokala datamappen och spara kopior i den synkade mappen med Arkiv → Spara kopia som….\n\nÖppnar du ändå öppnas filen utan WAL och låst för alla andra så länge den är öppen.", path, tr(kind)))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(tr("Databasen ligger i en synkad mapp"), tr("Öppna ändå"), tr("Avbryt"), msg, func(ok bool) {
		if ok {
			u.openWith(path, app.OpenExclusive)
			return
		}
		if u.svc == nil {
			u.openDatabase()
		}
	}, u.win)
	d.Resize(fyne.NewSize(620, 0))
	d.Show()
}

// openWith opens path with open and shows it, or explains why not.
func (u *UI) openWith(path string, open func(string) (*app.Service, error)) error {
	svc, err := open(path)
	if err != nil {
		u.showOpenProblem(path, err)
		return err
	}
	u.setService(svc)
	return nil
}
