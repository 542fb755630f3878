package ui

import (
	"errors"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// Start shows the database at path: an existing file is opened (Open);
// a file that does not exist yet, as on the very first start with the
// default database in the user's data folder, becomes a new database in
// the model the user chooses (KLASSA suggested).
func (u *UI) Start(path string) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		u.showNoDatabase(path)
		u.askModel(path, func() { u.showNoDatabase(path) })
		return
	}
	u.Open(path)
}

// askModel asks which model the new database at path gets and creates
// it; onCancel runs when the user declines.
func (u *UI) askModel(path string, onCancel func()) *modelChoice {
	c := newModelChoice(u.win, u.showFileDialog, func(m *domain.Model) { u.createDatabase(path, m) }, onCancel)
	c.Show()
	return c
}

// createDatabase creates the new database at path in model m and shows
// it. A database in a synced folder is then opened the way Open opens
// one there (after its warning).
func (u *UI) createDatabase(path string, m *domain.Model) error {
	svc, err := app.NewDatabase(path, m, app.WithClock(u.Clock))
	if err != nil {
		if u.svc != nil {
			u.showError(tr("Databasen kunde inte skapas"), err)
		} else {
			u.showOpenProblem(path, err)
		}
		return err
	}
	if app.SyncedFolder(path) != "" {
		svc.Close()
		return u.Open(path)
	}
	u.setService(svc)
	return nil
}

// showNoDatabase shows, while no database is open, that the one at path
// does not exist yet, with the ways on: create it, open another file or
// create one elsewhere.
func (u *UI) showNoDatabase(path string) {
	if u.svc != nil {
		return
	}
	u.updateTitle()
	title := widget.NewLabelWithStyle(tr("Ingen databas är öppen"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	msg := widget.NewLabel(trf("Databasen %s finns inte än. Skapa den och välj klassningsmodell, eller öppna en befintlig fil.", path))
	msg.Wrapping = fyne.TextWrapWord
	create := widget.NewButtonWithIcon(tr("Skapa databasen…"), theme.ContentAddIcon(), func() { u.askModel(path, nil) })
	create.Importance = widget.HighImportance
	open := widget.NewButtonWithIcon(tr("Öppna en annan fil…"), theme.FolderOpenIcon(), u.openDatabase)
	elsewhere := widget.NewButtonWithIcon(tr("Skapa en ny databas…"), theme.DocumentSaveIcon(), u.newDatabase)
	box := container.NewVBox(title, msg, container.NewHBox(create, open, elsewhere))
	u.setContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(860, 300), box)))
}

// showAboutDatabase shows the open database's file and the model it
// classifies in (Arkiv → Om databasen).
func (u *UI) showAboutDatabase() {
	if u.svc == nil {
		return
	}
	file := widget.NewLabel(trf("Fil: %s", u.svc.Path()))
	file.Wrapping = fyne.TextWrapWord
	model := widget.NewLabel(trf("Klassningsmodell: %s", modelLevelsText(u.svc.Model())))
	model.Wrapping = fyne.TextWrapWord
	note := widget.NewLabel(tr("Modellen valdes när databasen skapades. Varje klassning behåller den modell och version den gjordes i."))
	note.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(file, model, note)
	d := dialog.NewCustom(tr("Om databasen"), tr("Stäng"), container.NewGridWrap(fyne.NewSize(640, box.MinSize().Height+80), box), u.win)
	d.Show()
}
