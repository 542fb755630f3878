package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// dbExt is the file ending Infoklass gives its databases.
const dbExt = ".db"

func (u *UI) mainMenu() *fyne.MainMenu {
	quit := fyne.NewMenuItem(tr("Avsluta"), func() { u.flushFocused(); u.savePosition(); u.app.Quit() })
	quit.IsQuit = true
	file := fyne.NewMenu(tr("Arkiv"),
		fyne.NewMenuItem(tr("Ny databas…"), u.newDatabase),
		fyne.NewMenuItem(tr("Öppna…"), u.openDatabase),
		fyne.NewMenuItem(tr("Spara kopia som…"), u.saveCopy),
		fyne.NewMenuItem(tr("Om databasen…"), u.showAboutDatabase),
		fyne.NewMenuItem(tr("Återställ från säkerhetskopia…"), u.restoreBackup),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	work := fyne.NewMenu(tr("Arbete"),
		fyne.NewMenuItem(tr("Prioriteringslista"), u.showRegister),
		fyne.NewMenuItem(tr("Årsplan"), func() { u.showPlan(planYear(u.today())) }),
		fyne.NewMenuItem(tr("Behandlingar"), u.showProcessings),
		fyne.NewMenuItem(tr("Ledningens genomgång…"), u.showReview),
		fyne.NewMenuItem(tr("Klassningsbibliotek…"), u.showLibrary),
	)
	view := fyne.NewMenu(tr("Visa"),
		fyne.NewMenuItem(tr("Presentationsläge av/på"), u.togglePresentation),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(tr("Ljust tema"), func() { u.setVariant("light") }),
		fyne.NewMenuItem(tr("Mörkt tema"), func() { u.setVariant("dark") }),
		fyne.NewMenuItem(tr("Tema som systemet"), func() { u.setVariant("") }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(tr("Kortkommandon"), u.showHelp),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(trf("Språk: %s", "Svenska"), func() { u.chooseLanguage("sv") }),
		fyne.NewMenuItem(trf("Språk: %s", "English"), func() { u.chooseLanguage("en") }),
	)
	return fyne.NewMainMenu(file, work, view)
}

// newDatabase asks for a file name and the model, and creates a new,
// empty database.
func (u *UI) newDatabase() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := withExt(w.URI().Path())
		w.Close()
		// The save dialog creates an empty file; an empty file becomes a new database.
		if info, err := os.Stat(path); err == nil && info.Size() > 0 {
			dialog.ShowInformation(tr("Filen finns redan"), trf("Filen %s finns redan och skrivs inte över. Välj ett nytt namn.", path), u.win)
			return
		}
		// The empty file the dialog made is removed; the database is
		// created once the model is chosen.
		if info, err := os.Stat(path); err == nil && info.Size() == 0 {
			os.Remove(path)
		}
		u.askModel(path, nil)
	}, u.win)
	d.SetFileName("klassningar" + dbExt)
	d.SetFilter(storage.NewExtensionFileFilter([]string{dbExt}))
	u.showFileDialog(d)
}

// openDatabase asks for an existing database and opens it.
func (u *UI) openDatabase() {
	u.showFileDialog(openDialog(u.win, []string{dbExt, ".sqlite", ".infoklass"}, func(path string) { u.Open(path) }))
}

// saveCopy writes a consistent copy of the open database to a new file.
func (u *UI) saveCopy() {
	if u.svc == nil {
		return
	}
	u.flushFocused()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := withExt(w.URI().Path())
		w.Close()
		os.Remove(path) // the dialog created it empty; the copy must write a new file
		if err := u.svc.SaveCopy(path); err != nil {
			u.showError(tr("Kopian kunde inte sparas"), err)
			return
		}
		dialog.ShowInformation(tr("Kopia sparad"), trf("En kopia av databasen sparades som\n%s\n\nDu arbetar fortfarande i %s.", path, u.svc.Path()), u.win)
	}, u.win)
	base := strings.TrimSuffix(filepath.Base(u.svc.Path()), dbExt)
	d.SetFileName(base + "-kopia-" + u.today().String() + dbExt)
	u.showFileDialog(d)
}

// showFileDialog starts d in the user's Documents folder (else the open
// database's folder) and shows it, as large as the window allows. A file
// dialog is built by Show, so it is resized only after it (Fyne's Resize
// measures the built dialog).
func (u *UI) showFileDialog(d *dialog.FileDialog) {
	db := ""
	if u.svc != nil {
		db = u.svc.Path()
	}
	if dir := fileDialogStart(documentsDir(), db); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
	d.Resize(fileDialogSize(u.win.Canvas().Size()))
	// The keyboard stays with the dialog itself, not its file-name field:
	// Esc cancels and Enter saves under the name suggested. A click in the
	// field edits the name.
	u.win.Canvas().Unfocus()
}

// fileDialogSize is the size of a file dialog in a window of size win:
// 900×600, or smaller in a smaller window.
func fileDialogSize(win fyne.Size) fyne.Size {
	w, h := float32(900), float32(600)
	if win.Width > 0 && win.Width-40 < w {
		w = win.Width - 40
	}
	if win.Height > 0 && win.Height-40 < h {
		h = win.Height - 40
	}
	return fyne.NewSize(w, h)
}

func withExt(path string) string {
	if filepath.Ext(path) == "" {
		return path + dbExt
	}
	return path
}

// showOpenProblem replaces the window's content with an explanation of
// why path could not be opened and the ways on. The file is untouched.
func (u *UI) showOpenProblem(path string, err error) {
	if u.svc != nil {
		// Something is already open: keep it, and explain in a dialog.
		u.showError(tr("Filen kunde inte öppnas"), err)
		return
	}
	u.updateTitle()
	title := widget.NewLabelWithStyle(tr("Databasen kunde inte öppnas"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	msg := widget.NewLabel(message(err))
	msg.Wrapping = fyne.TextWrapWord
	retry := widget.NewButtonWithIcon(tr("Försök igen"), theme.ViewRefreshIcon(), func() { u.Open(path) })
	readOnly := widget.NewButtonWithIcon(tr("Öppna skrivskyddad"), theme.VisibilityIcon(), func() { u.openReadOnly(path) })
	readOnly.Hide()
	hint := tr("Filen har inte ändrats. Välj en annan fil, eller skapa en ny databas.")
	restore := widget.NewButtonWithIcon(tr("Återställ från säkerhetskopia…"), theme.HistoryIcon(), func() { u.restoreBackupOf(path) })
	switch bs, _ := app.Backups(path); {
	case app.IsLocked(err):
		hint = tr("Stäng det andra fönstret och försök igen, eller öppna filen skrivskyddad för att läsa.")
		readOnly.Show()
		restore.Hide() // the file is in use: nothing to restore
	case len(bs) == 0:
		restore.Hide()
	default:
		hint = tr("Filen har inte ändrats. Återställ en säkerhetskopia, välj en annan fil eller skapa en ny databas.")
	}
	open := widget.NewButtonWithIcon(tr("Öppna en annan fil…"), theme.FolderOpenIcon(), u.openDatabase)
	open.Importance = widget.HighImportance
	create := widget.NewButtonWithIcon(tr("Skapa en ny databas…"), theme.ContentAddIcon(), u.newDatabase)
	box := container.NewVBox(
		container.NewHBox(widget.NewIcon(theme.WarningIcon()), title),
		msg,
		widget.NewLabel(hint),
		container.NewHBox(restore, open, create),
		container.NewHBox(retry, readOnly),
	)
	hintLabel := box.Objects[2].(*widget.Label)
	hintLabel.Wrapping = fyne.TextWrapWord
	u.setContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(860, 400), box)))
}

// showReview shows the management review of a year (Ledningens genomgång).
func (u *UI) showReview() {
	if u.svc == nil {
		return
	}
	u.flushFocused()
	u.stopTicking()
	u.workshop = nil
	s := newReviewScreen(u.svc, u.win, u.showError, u.saveAs)
	s.setBack(u.showRegister)
	u.setContent(s.content)
}

// showLibrary shows the library of normative classifications.
func (u *UI) showLibrary() {
	if u.svc == nil {
		return
	}
	u.flushFocused()
	newLibraryView(u.svc, u.win, u.showError, u.showFileDialog, u.showWorkshop).Show()
}

// openDialog returns a file dialog that asks for an existing file with
// one of the endings exts and calls open with its path.
func openDialog(win fyne.Window, exts []string, open func(path string)) *dialog.FileDialog {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		open(path)
	}, win)
	d.SetFilter(regularFilter{storage.NewExtensionFileFilter(exts)})
	return d
}

// regularFilter lists, of the files its filter matches, only regular
// files and folders: a named pipe called x.db would block the dialog
// that opens it, and a device is no database.
type regularFilter struct{ storage.FileFilter }

// Matches reports whether u is a folder, or a regular file the filter
// matches.
func (f regularFilter) Matches(u fyne.URI) bool {
	fi, err := os.Stat(u.Path())
	if err != nil {
		return false
	}
	return fi.IsDir() || fi.Mode().IsRegular() && f.FileFilter.Matches(u)
}

// saveDialog returns a file dialog that asks where to save, suggesting
// name, and calls save with the path chosen, given the ending ext when
// the user typed none.
func saveDialog(win fyne.Window, name, ext string, save func(path string)) *dialog.FileDialog {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		if filepath.Ext(path) == "" {
			path += ext
		}
		save(path)
	}, win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	return d
}
