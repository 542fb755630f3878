package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// importList asks for an Excel file, shows what importing it would do,
// and imports it when the ISAM confirms. Nothing is written before that.
func (u *UI) importList() {
	u.flushFocused()
	u.showFileDialog(openDialog(u.win, []string{".xlsx"}, func(path string) {
		u.readImport(func(ctx context.Context) (*app.ImportPreview, error) {
			return u.svc.PreviewImport(ctx, path, "")
		}, path)
	}))
}

// readImport reads a workbook in the background with read and shows
// what importing it would do.
func (u *UI) readImport(read func(ctx context.Context) (*app.ImportPreview, error), path string) {
	var p *app.ImportPreview
	u.inBackground(trf("Läser %s…", filepath.Base(path)), func(ctx context.Context) error {
		var err error
		p, err = read(ctx)
		return err
	}, func() { u.showImportPreview(p) })
}

// sheetChooser lets the ISAM read another sheet of the workbook.
func (u *UI) sheetChooser(p *app.ImportPreview, close func()) fyne.CanvasObject {
	sel := widget.NewSelect(p.Sheets, nil)
	sel.SetSelected(p.Sheet)
	sel.OnChanged = func(s string) {
		if s != p.Sheet {
			close()
			u.readImport(func(ctx context.Context) (*app.ImportPreview, error) {
				return u.svc.PreviewSheet(ctx, p, s)
			}, p.File)
		}
	}
	return container.NewHBox(widget.NewLabel(tr("Blad:")), sel)
}

// previewAgain reads the workbook of p again with the choices o.
func (u *UI) previewAgain(p *app.ImportPreview, o app.ImportOptions) {
	u.readImport(func(ctx context.Context) (*app.ImportPreview, error) {
		return u.svc.PreviewAgain(ctx, p, o)
	}, p.File)
}

// showImportPreview shows what the import will create and update, field
// by field, what it will not apply and why, the rows that are not
// assets, the assets only the database has and every problem; for a
// list, every column with its field, to change; and imports on
// confirmation.
func (u *UI) showImportPreview(p *app.ImportPreview) {
	summary := trf("Blad %s, rubrikrad %d. %d skapas, %d uppdateras, %d oförändrade, %d rader hoppas över.", p.Sheet, p.Header, p.Create, p.Update, p.Unchanged, len(p.Skipped))
	if p.Header == 0 {
		summary = trf("Blad %s: ingen rubrikrad hittades.", p.Sheet)
	}
	if p.Full {
		summary = trf("Blad %s, rubrikrad %d. %d skapas, %d uppdateras, %d oförändrade. Filen är en Infoklass-export: klassningar och tröskelanalyser följer med.", p.Sheet, p.Header, p.Create, p.Update, p.Unchanged)
	}
	head := widget.NewLabel(summary)
	head.Wrapping = fyne.TextWrapWord
	if p.ProcessingCreate+p.ProcessingUpdate+p.ProcessingUnchanged > 0 {
		head.SetText(summary + " " + trf("Behandlingar: %d skapas, %d uppdateras, %d oförändrade.", p.ProcessingCreate, p.ProcessingUpdate, p.ProcessingUnchanged))
	}
	var d dialog.Dialog
	hide := func() { d.Hide() }
	top := container.NewVBox()
	if len(p.Sheets) > 1 {
		top.Add(u.sheetChooser(p, hide))
	}
	top.Add(head)
	for _, n := range p.Notes {
		l := widget.NewLabel(n)
		l.Wrapping = fyne.TextWrapWord
		top.Add(l)
	}
	for _, g := range p.Inferred {
		l := widget.NewLabel(trf("Kolumnen ”%s” läses som %s: %s. Välj ett annat fält för den under Kolumner om det är fel.", g.Header, tr(g.Label), g.Reason))
		l.Wrapping = fyne.TextWrapWord
		top.Add(l)
	}
	if !p.OK() {
		note := widget.NewLabel(trn("Filen har %d fel. Välj kolumner och skala nedan, eller rätta filen i Excel och importera igen; inget har ändrats.", len(p.Problems), len(p.Problems)))
		note.Importance = widget.DangerImportance
		note.Wrapping = fyne.TextWrapWord
		top.Add(note)
	}
	changes := importLines(p)
	if !p.OK() {
		changes = container.NewBorder(container.NewVScroll(importProblems(p)), nil, nil, nil, changes)
	}
	tabs := container.NewAppTabs(container.NewTabItem(tr("Ändringar"), changes))
	if !p.Full {
		cols := u.importColumns(p, hide)
		if !p.OK() {
			cols = container.NewVSplit(container.NewVScroll(importProblems(p)), cols)
		}
		tabs.Append(container.NewTabItem(tr("Kolumner"), cols))
		if !p.OK() {
			tabs.SelectIndex(1)
		}
	}
	body := container.NewBorder(top, nil, nil, nil, tabs)
	size := fileDialogSize(u.win.Canvas().Size())
	if !p.OK() {
		d = dialog.NewCustom(tr("Importen kan inte göras"), tr("Stäng"), body, u.win)
		d.Resize(size)
		d.Show()
		return
	}
	d = dialog.NewCustomConfirm(trf("Importera %s", filepath.Base(p.File)), tr("Importera"), tr("Avbryt"), body, func(ok bool) {
		if !ok {
			return
		}
		u.inBackground(tr("Importerar…"), func(ctx context.Context) error {
			return u.svc.ApplyImport(ctx, p)
		}, func() {
			u.showRegister()
			dialog.ShowInformation(tr("Importen är klar"), trf("%d skapades och %d uppdaterades.", p.Create, p.Update), u.win)
		})
	}, u.win)
	d.Resize(size)
	d.Show()
}

// importLines lists each row that changes something on one line, which
// opens to its fields: the changes and the edits not applied, with why;
// then the rows skipped and the assets only the database has, each group
// on a line of its own that opens to its rows.
// importChangeLines words the changes of one row of the preview, those
// applied and those not, with the reason.
func importChangeLines(r app.ImportRow) []string {
	var kids []string
	for _, c := range r.Changes {
		if c.Old == "" {
			kids = append(kids, trf("%s: %s", tr(c.Field), dash(c.New)))
		} else {
			kids = append(kids, trf("%s: %s (förut %s)", tr(c.Field), dash(c.New), dash(c.Old)))
		}
	}
	for _, c := range r.NotApplied {
		kids = append(kids, trf("Ändras inte: %s blir inte %s utan förblir %s, eftersom %s", tr(c.Field), dash(c.New), dash(c.Old), tr(c.Reason)))
	}
	return kids
}

func importLines(p *app.ImportPreview) fyne.CanvasObject {
	lines := map[string][]string{} // node → its child lines
	var top []string
	label := map[string]string{}
	for i, r := range p.Rows {
		id, kids := fmt.Sprintf("r%d", i), importChangeLines(r)
		top = append(top, id)
		label[id], lines[id] = trn("Rad %d: %s – %s (%d fält)", len(kids), r.Row, r.Name, tr(r.Action), len(kids)), kids
	}
	for i, r := range p.Processings {
		id, kids := fmt.Sprintf("p%d", i), importChangeLines(r)
		top = append(top, id)
		label[id], lines[id] = trn("Behandling, rad %d: %s – %s (%d fält)", len(kids), r.Row, r.Name, tr(r.Action), len(kids)), kids
	}
	group := func(id, title string, kids []string) {
		if len(kids) > 0 {
			top = append(top, id)
			label[id], lines[id] = title, kids
		}
	}
	var skipped []string
	for _, s := range p.Skipped {
		skipped = append(skipped, trf("Rad %d läses inte: %s (%s)", s.Row, s.Text, tr(s.Reason)))
	}
	group("skipped", trn("%d rader är inga tillgångar och läses inte", len(skipped), len(skipped)), skipped)
	group("onlydb", trn("%d tillgångar finns bara i databasen (tas inte bort)", len(p.OnlyInDB), len(p.OnlyInDB)), p.OnlyInDB)
	if p.Full && len(p.Ignored) > 0 {
		group("ignored", trf("Kolumner som inte läses: %s", strings.Join(p.Ignored, ", ")), nil)
		top = append(top, "ignored")
	}
	for id, kids := range lines {
		for k, text := range kids {
			kid := fmt.Sprintf("%s/%d", id, k)
			label[kid] = indent(text)
		}
	}
	tree := widget.NewTree(
		func(id widget.TreeNodeID) []widget.TreeNodeID {
			if id == "" {
				return top
			}
			out := make([]string, len(lines[id]))
			for k := range out {
				out[k] = fmt.Sprintf("%s/%d", id, k)
			}
			return out
		},
		func(id widget.TreeNodeID) bool { return id == "" || len(lines[id]) > 0 },
		func(bool) fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) { o.(*widget.Label).SetText(label[id]) })
	if len(p.Rows) == 1 {
		tree.OpenBranch("r0")
	}
	return tree
}

// importProblems lists every problem in full, wrapped, so that none is
// cut; it is shown above the columns and scale that fix most of them.
func importProblems(p *app.ImportPreview) fyne.CanvasObject {
	box := container.NewVBox()
	for _, pr := range p.Problems {
		l := widget.NewLabel("• " + pr)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.DangerImportance
		box.Add(l)
	}
	return box
}

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// indent sets a line of the preview in under the asset it belongs to.
func indent(line string) string { return "    " + line }
