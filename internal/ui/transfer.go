package ui

import (
	"context"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// exportList asks where to save and exports the whole list to Excel,
// with a progress dialog while it works.
func (u *UI) exportList() {
	history := widget.NewCheck(tr("Ta med historiken (alla ändringar) som ett eget blad"), nil)
	body := container.NewVBox(
		wrapLabel(tr("Arbetsboken får bladen Prioriteringslista, Klassningar, Tröskelanalyser, Krav, Översikt och Modell.")),
		history)
	dialog.ShowCustomConfirm(tr("Exportera till Excel"), tr("Välj fil…"), tr("Avbryt"), body, func(ok bool) {
		if !ok {
			return
		}
		withHistory := history.Checked
		u.saveXLSX("prioriteringslista-"+u.today().String()+".xlsx", func(ctx context.Context, path string) error {
			_, err := u.svc.ExportList(ctx, path, app.ListOptions{History: withHistory})
			return err
		})
	}, u.win)
}

// exportAsset exports one asset's procurement workbook: the
// municipality's own or the supplier's.
func (u *UI) exportAsset(sum domain.AssetSummary, opt app.AssetExport) {
	draft := sum.Status != domain.StatusDecided && sum.Status != domain.StatusReview
	u.flushFocused()
	u.showFileDialog(saveDialog(u.win, app.AssetFileName(sum.Asset.Name, opt, draft), ".xlsx", func(path string) {
		var written string
		u.inBackground(tr("Exporterar till Excel…"), func(ctx context.Context) error {
			var err error
			_, written, err = u.svc.ExportAsset(ctx, path, sum.Asset.Name, opt)
			return err
		}, func() {
			dialog.ShowInformation(tr("Klart"), trf("Filen sparades som\n%s", written), u.win)
		})
	}))
}

// saveXLSX asks for a file name and runs write in the background.
func (u *UI) saveXLSX(suggested string, write func(ctx context.Context, path string) error) {
	u.flushFocused()
	u.showFileDialog(saveDialog(u.win, suggested, ".xlsx", func(path string) {
		u.inBackground(tr("Exporterar till Excel…"), func(ctx context.Context) error { return write(ctx, path) }, func() {
			dialog.ShowInformation(tr("Klart"), trf("Filen sparades som\n%s", path), u.win)
		})
	}))
}

// saveAs asks where to save a file like suggested, whose ending is the
// file dialog's filter (.docx, .pdf), writes it in the background and
// tells where it went.
func (u *UI) saveAs(suggested string, write func(ctx context.Context, path string) error) {
	u.flushFocused()
	u.showFileDialog(saveDialog(u.win, suggested, filepath.Ext(suggested), func(path string) {
		u.inBackground(tr("Sparar…"), func(ctx context.Context) error { return write(ctx, path) }, func() {
			dialog.ShowInformation(tr("Klart"), trf("Filen sparades som\n%s", path), u.win)
		})
	}))
}

// inBackground runs work off the UI goroutine with a progress dialog
// whose Avbryt cancels work's context, then done (or the error) back on
// the UI goroutine. A cancelled job shows no error.
func (u *UI) inBackground(title string, work func(ctx context.Context) error, done func()) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustom(title, tr("Avbryt"), container.NewPadded(bar), u.win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(420, 140))
	prog.Show()
	u.jobs.Add(1)
	go func() {
		defer u.jobs.Done()
		err := work(ctx)
		fyne.Do(func() {
			cancelled := errors.Is(err, context.Canceled)
			prog.SetOnClosed(func() {}) // Fyne calls the callback it is given: nil would panic
			prog.Hide()
			cancel()
			switch {
			case cancelled:
				dialog.ShowInformation(tr("Avbrutet"), tr("Arbetet avbröts. Inget ändrades."), u.win)
			case err != nil:
				u.showError(tr("Det gick inte"), err)
			default:
				done()
			}
		})
	}()
}
