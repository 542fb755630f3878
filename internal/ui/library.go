package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// libraryView is the classification library: the normative
// classifications imported into the database, searchable, each shown
// with what it holds; importing a norm's workbook; exporting a decided
// classification as one; and starting a local classification of an
// asset from a norm.
type libraryView struct {
	svc        *app.Service
	win        fyne.Window
	report     func(title string, err error)
	fileDialog func(d *dialog.FileDialog) // shows a file dialog, e.g. UI.showFileDialog
	onStarted  func(assetID int64)        // after a classification was started from a norm, e.g. open its workshop

	norms    []domain.Norm
	selected int // index in norms, -1 for none
	assets   []domain.AssetSummary

	dlg     dialog.Dialog // the dialog Show opened, closed when a classification starts
	search  *widget.Entry
	list    *widget.List
	detail  *fyne.Container
	count   *widget.Label
	content fyne.CanvasObject
}

// newLibraryView returns the library of svc's database. report is told of
// every error, fileDialog shows the import and export dialogs, and
// onStarted (may be nil) is called with the asset whose classification
// was started from a norm.
func newLibraryView(svc *app.Service, win fyne.Window, report func(string, error), fileDialog func(*dialog.FileDialog), onStarted func(int64)) *libraryView {
	l := &libraryView{svc: svc, win: win, report: report, fileDialog: fileDialog, onStarted: onStarted, selected: -1}
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder(tr("Sök på namn, organisation eller informationstyp"))
	l.search.OnChanged = func(string) { l.reload() }
	l.count = widget.NewLabel("")
	l.count.Importance = widget.LowImportance
	l.list = widget.NewList(func() int { return len(l.norms) },
		func() fyne.CanvasObject {
			name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			name.Truncation = fyne.TextTruncateEllipsis
			from := widget.NewLabel("")
			from.Truncation = fyne.TextTruncateEllipsis
			from.Importance = widget.LowImportance
			return container.NewVBox(name, from)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			n := l.norms[i]
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Label).SetText(trf("%s, version %d", n.Name, n.Version))
			box.Objects[1].(*widget.Label).SetText(trf("%s · fastställd %s", n.Organisation, n.Date))
		})
	l.list.OnSelected = func(i widget.ListItemID) { l.selected = i; l.showDetail() }
	l.detail = container.NewVBox()
	imp := widget.NewButtonWithIcon(tr("Importera normerande klassning…"), theme.FolderOpenIcon(), l.chooseImport)
	imp.Importance = widget.HighImportance
	exp := widget.NewButtonWithIcon(tr("Exportera fastställd klassning som norm…"), theme.DocumentSaveIcon(), l.askExport)
	left := container.NewBorder(container.NewVBox(l.search, l.count), container.NewVBox(imp, exp), nil, nil, l.list)
	split := container.NewHSplit(left, container.NewVScroll(container.NewPadded(l.detail)))
	split.Offset = 0.38
	l.content = split
	l.reload()
	return l
}

// Show opens the library in a dialog over the window.
func (l *libraryView) Show() {
	d := dialog.NewCustom(tr("Klassningsbibliotek"), tr("Stäng"), l.content, l.win)
	l.dlg = d
	size := l.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(size.Width-40, 1400), min(size.Height-40, 900))) // a custom dialog, not a file dialog: sized before Show
	d.Show()
}

// reload reads the library and the assets anew and shows what matches
// the search.
func (l *libraryView) reload() {
	ns, err := l.svc.Library(l.search.Text)
	if err != nil {
		l.report(tr("Biblioteket kunde inte läsas"), err)
		return
	}
	sums, err := l.svc.Register()
	if err != nil {
		l.report(tr("Biblioteket kunde inte läsas"), err)
		return
	}
	var keep int64
	if l.selected >= 0 && l.selected < len(l.norms) {
		keep = l.norms[l.selected].ID
	}
	l.norms, l.assets, l.selected = ns, sums, -1
	for i, n := range ns {
		if n.ID == keep {
			l.selected = i
		}
	}
	l.count.SetText(trn("%d normerande klassningar", len(ns), len(ns)))
	l.list.Refresh()
	if l.selected >= 0 {
		l.list.Select(l.selected)
	} else {
		l.list.UnselectAll()
	}
	l.showDetail()
}

// showDetail shows what the selected norm holds and what changed since
// its previous version in the library.
func (l *libraryView) showDetail() {
	l.detail.RemoveAll()
	if l.selected < 0 || l.selected >= len(l.norms) {
		if len(l.norms) == 0 && l.search.Text == "" {
			l.detail.Add(wrapLabel(tr("Biblioteket är tomt. Importera en normerande klassning, till exempel en som stadens centrala förvaltning har fastställt, och utgå från den när ni klassar lokalt.")))
		} else {
			l.detail.Add(wrapLabel(tr("Välj en normerande klassning i listan.")))
		}
		return
	}
	n := l.norms[l.selected]
	m := l.svc.Model()
	title := heading(trf("Normerande klassning från %s: %s, version %d", n.Organisation, n.Name, n.Version))
	title.Wrapping = fyne.TextWrapWord
	l.detail.Add(title)
	form := widget.NewForm(
		widget.NewFormItem(tr("Källorganisation"), wrapLabel(n.Organisation)),
		widget.NewFormItem(tr("Fastställd"), wrapLabel(trf("%s av %s", n.Date, n.DecidedBy))),
		widget.NewFormItem(tr("Beskrivning"), wrapLabel(n.Description)),
		widget.NewFormItem(tr("Avgränsning"), wrapLabel(n.Scope)),
		widget.NewFormItem(tr("Fil"), wrapLabel(n.File)),
	)
	l.detail.Add(form)
	l.detail.Add(l.changesSince(n))
	l.detail.Add(widget.NewLabelWithStyle(tr("Informationstyper"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, t := range n.InfoTypes {
		var levels []string
		for _, a := range m.AspectCodes() {
			levels = append(levels, levelLabel(m, a, t.Ratings[a].Level))
		}
		var flags []string
		for _, f := range t.Flags {
			if fl, ok := m.Floor(f); ok {
				flags = append(flags, pick(fl.Label, fl.LabelEN))
			}
		}
		box := container.NewVBox(widget.NewLabelWithStyle(fmt.Sprintf("%s  %s", t.Name, strings.Join(levels, " ")), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if t.Description != "" {
			box.Add(wrapLabel(t.Description))
		}
		if len(flags) > 0 {
			box.Add(wrapLabel(trf("Markeringar: %s", strings.Join(flags, "; "))))
		}
		for _, a := range m.AspectCodes() {
			if r := t.Ratings[a]; r.Motivation != "" {
				box.Add(wrapLabel(levelLabel(m, a, r.Level) + ": " + r.Motivation))
			}
		}
		l.detail.Add(widget.NewCard("", "", box))
	}
	for _, a := range m.AspectCodes() {
		if r, ok := n.Raises[a]; ok {
			l.detail.Add(wrapLabel(trf("Höjning: %s på grund av %s: %s", levelLabel(m, a, r.Level), tr(r.Reason.Label()), r.Explanation)))
		}
	}
	if t := n.Threshold; t != nil {
		l.detail.Add(wrapLabel(trf("Tröskelanalys: %d svar; beslut: %s", len(t.Responses), tr(t.Decision.Label()))))
	}
	l.detail.Add(widget.NewSeparator())
	l.detail.Add(l.startForm(n))
}

// changesSince lists what changed since the norm's previous version in
// the library, or says that it is the first.
func (l *libraryView) changesSince(n domain.Norm) fyne.CanvasObject {
	var prev *domain.Norm
	all, _ := l.svc.Library("")
	for i := range all {
		if all[i].Key == n.Key && all[i].Version < n.Version && (prev == nil || all[i].Version > prev.Version) {
			prev = &all[i]
		}
	}
	if prev == nil {
		return wrapLabel(tr("Ingen tidigare version av normen finns i biblioteket."))
	}
	box := container.NewVBox(widget.NewLabelWithStyle(trf("Ändringar sedan version %d", prev.Version), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	changes := domain.CompareNorms(prev, &n, l.svc.ModelOf(nil))
	if len(changes) == 0 {
		box.Add(wrapLabel(tr("Inga ändringar i informationstyper, nivåer eller motiveringar.")))
	}
	for _, c := range changes {
		box.Add(wrapLabel(c.Message))
	}
	return box
}

// startForm chooses an asset and starts its classification from n.
func (l *libraryView) startForm(n domain.Norm) fyne.CanvasObject {
	var names []string
	ids := map[string]int64{}
	for _, s := range l.assets {
		names = append(names, s.Asset.Name)
		ids[s.Asset.Name] = s.Asset.ID
	}
	pickAsset := widget.NewSelect(names, nil)
	pickAsset.PlaceHolder = tr("Välj informationstillgång")
	start := widget.NewButtonWithIcon(tr("Starta klassning från normen"), theme.ContentAddIcon(), func() {
		id, ok := ids[pickAsset.Selected]
		if !ok {
			dialog.ShowInformation(tr("Välj informationstillgång"), tr("Välj först vilken informationstillgång som ska klassas."), l.win)
			return
		}
		l.start(n.ID, id)
	})
	start.Importance = widget.HighImportance
	return container.NewVBox(
		widget.NewLabelWithStyle(tr("Klassa lokalt utifrån normen"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		wrapLabel(tr("Nivåer och motiveringar kopieras och märks som normens. Höjer ni en nivå behövs ett skäl; sänker ni den under normen behövs ett skäl och namnet på den som godkände det.")),
		container.NewBorder(nil, nil, nil, start, pickAsset))
}

// start starts the classification of asset assetID from norm normID.
func (l *libraryView) start(normID, assetID int64) {
	if _, err := l.svc.StartFromNorm(normID, assetID); err != nil {
		l.report(tr("Klassningen kunde inte startas"), err)
		return
	}
	if l.dlg != nil {
		l.dlg.Hide()
	}
	if l.onStarted != nil {
		l.onStarted(assetID)
	}
}

// chooseImport asks for a norm's workbook and imports it.
func (l *libraryView) chooseImport() {
	l.fileDialog(openDialog(l.win, []string{".xlsx"}, l.importFile))
}

// importFile imports the norm at path and says what it brought: the
// changes since the previous version and the classifications started
// from an older one.
func (l *libraryView) importFile(path string) {
	res, err := l.svc.ImportNorm(path)
	if err != nil {
		l.report(tr("Normen kunde inte importeras"), err)
		return
	}
	l.search.SetText("")
	l.selected = -1
	l.reload()
	for i, n := range l.norms {
		if n.ID == res.Norm.ID {
			l.list.Select(i)
		}
	}
	box := container.NewVBox(wrapLabel(trf("Normerande klassning från %s: %s, version %d", res.Norm.Organisation, res.Norm.Name, res.Norm.Version)))
	if res.Previous != nil {
		box.Add(widget.NewLabelWithStyle(trf("Ändringar sedan version %d", res.Previous.Version), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if len(res.Changes) == 0 {
			box.Add(wrapLabel(tr("Inga ändringar i informationstyper, nivåer eller motiveringar.")))
		}
		for _, c := range res.Changes {
			box.Add(wrapLabel(c.Message))
		}
	}
	for _, a := range res.Affected {
		box.Add(wrapLabel(trf("%s utgår från version %d och bör ses över.", a.Asset.Name, a.Version)))
	}
	showMessage(tr("Normen är importerad"), tr("Stäng"), box, l.win)
}

// askExport asks which asset's decided classification to publish, by
// which organisation and as which version, and then for the file.
func (l *libraryView) askExport() {
	var names []string
	ids := map[string]int64{}
	for _, s := range l.assets {
		if s.Classified() {
			names = append(names, s.Asset.Name)
			ids[s.Asset.Name] = s.Asset.ID
		}
	}
	if len(names) == 0 {
		dialog.ShowInformation(tr("Ingen fastställd klassning"), tr("Bara en fastställd klassning kan bli normerande. Fastställ en klassning först."), l.win)
		return
	}
	asset := widget.NewSelect(names, nil)
	asset.PlaceHolder = tr("Välj en fastställd klassning")
	org := widget.NewEntry()
	org.SetPlaceHolder(tr("t.ex. Stadsledningskontoret"))
	version := widget.NewEntry()
	version.SetPlaceHolder(tr("1 för den första versionen"))
	asset.OnChanged = func(name string) {
		if c, err := l.svc.DecidedClassification(ids[name]); err == nil && c != nil {
			if v, err := l.svc.NormVersion(c.ID); err == nil {
				version.SetText(strconv.Itoa(v))
			}
		}
	}
	items := []*widget.FormItem{
		widget.NewFormItem(tr("Informationstillgång"), asset),
		widget.NewFormItem(tr("Källorganisation"), org),
		widget.NewFormItem(tr("Version"), version),
	}
	d := dialog.NewForm(tr("Exportera som normerande klassning"), tr("Välj fil…"), tr("Avbryt"), items, func(ok bool) {
		if !ok {
			return
		}
		v, err := strconv.Atoi(strings.TrimSpace(version.Text))
		if err != nil || v < 1 {
			dialog.ShowInformation(tr("Normen kunde inte exporteras"), tr("Versionen måste vara ett heltal från 1."), l.win)
			return
		}
		c, err := l.svc.DecidedClassification(ids[asset.Selected])
		if err != nil {
			l.report(tr("Normen kunde inte exporteras"), err)
			return
		}
		if c == nil {
			dialog.ShowInformation(tr("Normen kunde inte exporteras"), tr("Välj den informationstillgång vars fastställda klassning ska bli normerande."), l.win)
			return
		}
		l.chooseExport(c.ID, org.Text, v, asset.Selected)
	}, l.win)
	formKeys(d, items)
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	d.Show()
}

// chooseExport asks for the file and writes the norm.
func (l *libraryView) chooseExport(classificationID int64, org string, version int, name string) {
	l.fileDialog(saveDialog(l.win, trf("Normerande klassning %s v%d.xlsx", name, version), ".xlsx", func(path string) {
		l.exportFile(path, classificationID, org, version)
	}))
}

// exportFile writes the norm to path.
func (l *libraryView) exportFile(path string, classificationID int64, org string, version int) {
	n, err := l.svc.ExportNorm(context.Background(), path, classificationID, org, version)
	if err != nil {
		l.report(tr("Normen kunde inte exporteras"), err)
		return
	}
	dialog.ShowInformation(tr("Normen är exporterad"), trf("%s\nsparades som %s.", n.Title(), path), l.win)
}
