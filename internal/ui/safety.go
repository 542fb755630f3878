package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// setContent shows screen c in the window, under a banner when the
// database is open read-only, so nobody types into a file that will not
// keep it. The window never grows to fit its content: a screen that
// needs more room than the window has scrolls inside it.
func (u *UI) setContent(c fyne.CanvasObject) {
	u.screen = c // the screen itself, which the keys are passed to, not the banners around it
	if u.svc != nil && u.svc.ReadOnly() {
		text := widget.NewLabelWithStyle(tr("Skrivskyddad: filen kan bara läsas. Ändringar sparas inte."), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		text.Importance = widget.DangerImportance
		text.Wrapping = fyne.TextWrapWord
		c = container.NewBorder(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, text), nil, nil, nil, c)
	}
	if u.demo && u.workshop == nil {
		// Above the register and the other lists; a workshop keeps its
		// height for the cards (the window's title names the file).
		c = newBorder(u.demoBanner(), nil, nil, nil, c)
	}
	adoptFields(c, u)
	u.win.SetContent(container.NewScroll(c))
}

// openReadOnly opens path without ever writing to it.
func (u *UI) openReadOnly(path string) {
	svc, err := app.OpenReadOnly(path, app.WithClock(u.Clock))
	if err != nil {
		u.showOpenProblem(path, err)
		return
	}
	u.setService(svc)
}

// dailyBackup makes the day's backup, once per day the file is used. It
// runs before any edit of the day and takes a moment only the first time.
func (u *UI) dailyBackup() {
	if err := u.svc.DailyBackup(); err != nil {
		u.showError(tr("Säkerhetskopian kunde inte skapas"), err)
	}
}

// restoreBackup lists the backups of the open database by date and
// restores the chosen one.
func (u *UI) restoreBackup() {
	if u.svc == nil {
		return
	}
	u.flushFocused()
	u.restoreBackupOf(u.svc.Path())
}

// restoreBackupOf lists the backups and the user's own copies of the
// database file at path, which need not be open or even openable, and
// restores the chosen one once the user has confirmed that it replaces
// the file. The current file is kept aside first, never deleted.
func (u *UI) restoreBackupOf(path string) {
	list, err := app.RestorePoints(path)
	if err != nil {
		u.showError(tr("Säkerhetskopiorna kunde inte läsas"), err)
		return
	}
	if len(list) == 0 {
		dialog.ShowInformation(tr("Inga säkerhetskopior"), trf("Det finns inga säkerhetskopior av %s ännu.\n\nInfoklass gör en kopia varje dag filen används, och före varje uppgradering, i mappen\n%s", filepath.Base(path), app.BackupDir(path)), u.win)
		return
	}
	chosen := -1
	status := wrapLabel(tr("Ingen kopia är vald. Välj den som ska återställas i listan."))
	var d *dialog.CustomDialog
	restore := widget.NewButtonWithIcon(tr("Återställ…"), theme.HistoryIcon(), func() {
		if chosen < 0 {
			return
		}
		d.Hide()
		u.confirmRestore(path, list[chosen])
	})
	restore.Importance = widget.HighImportance
	restore.Disable()
	rows := widget.NewList(func() int { return len(list) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(restorePointText(list[i])) })
	rows.OnSelected = func(i widget.ListItemID) {
		chosen = i
		status.SetText(trf("Vald: %s", restorePointText(list[i])))
		restore.Enable()
	}
	note := wrapLabel(tr("Säkerhetskopior och egna kopior (Spara kopia som…). Den nuvarande filen sparas först i mappen för säkerhetskopior, så återställningen går att ångra."))
	cancel := widget.NewButton(tr("Avbryt"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(tr("Återställ från säkerhetskopia"), container.NewBorder(note, status, nil, nil, rows), u.win)
	d.SetButtons([]fyne.CanvasObject{cancel, restore})
	d.Resize(fileDialogSize(u.win.Canvas().Size()))
	d.Show()
}

// restorePointText is one line of the list of what can be restored.
func restorePointText(b app.Backup) string {
	if b.Reason == app.ReasonOwnCopy {
		return trf("%s  ·  egen kopia: %s  ·  %d kB", b.Time.Format("2006-01-02 15:04"), b.Path, b.Size/1024)
	}
	return trf("%s  ·  %s  ·  %d kB", b.Time.Format("2006-01-02 15:04"), tr(b.Reason), b.Size/1024)
}

// confirmRestore asks before b replaces the database file at path, and
// then restores it and opens the result.
func (u *UI) confirmRestore(path string, b app.Backup) {
	msg := trf("Ersätta %s med kopian från %s?\n\nDet som har sparats i filen sedan dess försvinner ur den. Filen som den är nu sparas först i mappen för säkerhetskopior, så återställningen går att ångra.", filepath.Base(path), b.Time.Format("2006-01-02 15:04"))
	dialog.ShowCustomConfirm(tr("Ersätta den öppna filen?"), tr("Ersätt filen"), tr("Avbryt"), wrapLabel(msg), func(ok bool) {
		if !ok {
			return
		}
		if u.svc != nil {
			u.flushFocused()
			u.svc.Close()
			u.svc = nil
		}
		kept, err := app.RestoreKept(path, b.Path)
		if err != nil {
			u.showError(tr("Återställningen misslyckades"), err)
		}
		if err := u.Open(path); err == nil && kept != "" {
			dialog.ShowInformation(tr("Återställd"), trf("%s är återställd till läget %s.\n\nFilen som den var före återställningen finns kvar som\n%s", filepath.Base(path), b.Time.Format("2006-01-02 15:04"), kept), u.win)
		}
	}, u.win)
}
