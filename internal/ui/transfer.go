package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
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
		u.saveXLSX("prioriteringslista-"+u.Today().String()+".xlsx", func(path string) error {
			d, err := xlsx.Load(u.db, u.Today())
			if err != nil {
				return err
			}
			if withHistory {
				if d.History, err = u.db.AllHistory(); err != nil {
					return err
				}
			}
			return xlsx.WriteFile(path, d)
		})
	}, u.win)
}

// exportAsset exports one asset's procurement workbook.
func (u *UI) exportAsset(a domain.Asset) {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, a.Name)
	u.saveXLSX("underlag-"+name+".xlsx", func(path string) error {
		d, err := xlsx.Load(u.db, u.Today())
		if err != nil {
			return err
		}
		one, ok := d.Only(a.Name)
		if !ok {
			return errors.New(trf("informationstillgången %q finns inte längre", a.Name))
		}
		return xlsx.WriteAssetFile(path, one)
	})
}

// saveXLSX asks for a file name and runs write in the background.
func (u *UI) saveXLSX(suggested string, write func(path string) error) {
	u.flushFocused()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		if filepath.Ext(path) == "" {
			path += ".xlsx"
		}
		u.inBackground(tr("Exporterar till Excel…"), func() error { return write(path) }, func() {
			dialog.ShowInformation(tr("Klart"), tr("Filen sparades som\n")+path, u.win)
		})
	}, u.win)
	d.SetFileName(suggested)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	u.showFileDialog(d)
}

// inBackground runs work off the UI goroutine with a progress dialog,
// then done (or the error) back on it.
func (u *UI) inBackground(title string, work func() error, done func()) {
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(title, container.NewPadded(bar), u.win)
	prog.Resize(fyne.NewSize(420, 120))
	prog.Show()
	go func() {
		err := work()
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError(tr("Det gick inte"), err)
				return
			}
			done()
		})
	}()
}

// importList asks for an Excel file, shows what importing it would do,
// and imports it when the ISAM confirms. Nothing is written before that.
func (u *UI) importList() {
	u.flushFocused()
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			u.showError(tr("Filen kunde inte läsas"), err)
			return
		}
		u.readImport(path, data, "")
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	u.showFileDialog(d)
}

// readImport reads sheet of the workbook data ("" for the default) in
// the background and shows what importing it would do.
func (u *UI) readImport(path string, data []byte, sheet string) {
	var p *xlsx.Preview
	var sheets []string
	u.inBackground(tr("Läser ")+filepath.Base(path)+"…", func() error {
		var err error
		if sheets, err = xlsx.SheetNames(bytes.NewReader(data)); err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		if p, err = xlsx.Read(bytes.NewReader(data), sheet); err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(path), err)
		}
		return p.Match(u.db)
	}, func() { u.showImportPreview(path, data, sheets, p) })
}

// sheetChooser lets the ISAM read another sheet of the workbook.
func (u *UI) sheetChooser(path string, data []byte, sheets []string, current string, close func()) fyne.CanvasObject {
	sel := widget.NewSelect(sheets, nil)
	sel.SetSelected(current)
	sel.OnChanged = func(s string) {
		if s != current {
			close()
			u.readImport(path, data, s)
		}
	}
	return container.NewHBox(widget.NewLabel(tr("Blad:")), sel)
}

// showImportPreview lists what the import will create and update and
// every problem, and imports on confirmation.
func (u *UI) showImportPreview(path string, data []byte, sheets []string, p *xlsx.Preview) {
	c, up, n := p.Counts()
	summary := trf("Blad %s, rubrikrad %d. %d skapas, %d uppdateras, %d oförändrade.", p.Sheet, p.HeaderRow, c, up, n)
	if p.Full {
		summary += tr(" Filen är en Infoklass-export: klassningar och tröskelanalyser följer med.")
	}
	lines := []string{}
	for _, pr := range p.Problems {
		lines = append(lines, "⚠ "+pr.String())
	}
	for _, it := range p.Items {
		if it.Action != xlsx.Unchanged {
			lines = append(lines, trf("Rad %d: %s – %s", it.Row, it.Asset.Name, tr(it.Action.Label())))
		}
	}
	if len(p.Ignored) > 0 {
		lines = append(lines, tr("Kolumner som inte läses: ")+strings.Join(p.Ignored, ", "))
	}
	head := widget.NewLabel(summary)
	head.Wrapping = fyne.TextWrapWord
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	var d dialog.Dialog
	top := fyne.CanvasObject(head)
	if len(sheets) > 1 {
		top = container.NewVBox(u.sheetChooser(path, data, sheets, p.Sheet, func() { d.Hide() }), head)
	}
	body := container.NewBorder(top, nil, nil, nil, list)
	if !p.OK() {
		note := widget.NewLabel(trf("Filen har %d fel. Rätta dem i Excel och importera igen; inget har ändrats.", len(p.Problems)))
		note.Importance = widget.DangerImportance
		note.Wrapping = fyne.TextWrapWord
		body = container.NewBorder(container.NewVBox(top, note), nil, nil, nil, list)
		d = dialog.NewCustom(tr("Importen kan inte göras"), tr("Stäng"), body, u.win)
		d.Resize(fyne.NewSize(900, 600))
		d.Show()
		return
	}
	d = dialog.NewCustomConfirm(tr("Importera ")+filepath.Base(path), tr("Importera"), tr("Avbryt"), body, func(ok bool) {
		if !ok {
			return
		}
		u.inBackground(tr("Importerar…"), func() error {
			return xlsx.Apply(u.db, p, filepath.Base(path), u.Today())
		}, func() {
			u.showRegister()
			dialog.ShowInformation(tr("Importen är klar"), trf("%d skapades och %d uppdaterades.", c, up), u.win)
		})
	}, u.win)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}
