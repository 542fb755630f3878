package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// registerScreen is the start screen: the prioritised list of every
// asset with its rank and reasons, status, effective levels and next
// review; search and filters; and the selected asset's details with
// what one can do with it.
type registerScreen struct {
	d        deps                  // what the screen is given
	all      []domain.AssetSummary // in rank order
	shown    []domain.AssetSummary
	selected int64 // asset ID, 0 for none
	filter   listFilter

	search  *field
	status  *widget.Select
	level   *widget.Select
	owner   *widget.Select
	due     *widget.Check
	order   *widget.Select
	count   *widget.Label
	list    *widget.List
	detail  *fyne.Container
	content fyne.CanvasObject

	view          domain.ListView // cards or compact rows, columns, sort; kept in the database
	cards         fyne.CanvasObject
	listStack     *fyne.Container // the cards and the compact rows, one of them shown
	split         *container.Split
	compact       *compactList
	compactMode   *widget.Check
	columnsButton *widget.Button
	settingOrder  bool // the Sortera select is being set to match a header's sort
}

func newRegisterScreen(d deps) *registerScreen {
	r := &registerScreen{d: d, filter: listFilter{level: -1}, view: d.svc.ListView()}
	r.search = newEntry()
	r.search.SetPlaceHolder(tr("Sök på namn, ägare, system eller leverantör…"))
	r.search.OnChanged = func(q string) { r.filter.query = q; r.refilter() }
	// Enter in the search opens the first asset found: Ctrl+F, a few
	// letters and Enter take the facilitator into its workshop.
	r.search.OnSubmitted = func(string) {
		if len(r.shown) > 0 {
			d.showWorkshop(r.shown[0].Asset.ID)
		}
	}
	r.count = widget.NewLabel("")
	add := widget.NewButtonWithIcon(tr("Ny informationstillgång"), theme.ContentAddIcon(), r.addAsset)
	add.Importance = widget.HighImportance

	statuses := []string{tr("Alla statusar")}
	for _, s := range domain.Statuses {
		statuses = append(statuses, tr(s.Label()))
	}
	r.status = widget.NewSelect(statuses, func(string) {
		r.filter.status = ""
		if i := r.status.SelectedIndex(); i > 0 {
			r.filter.status = domain.Statuses[i-1]
		}
		r.refilter()
	})
	r.status.SetSelectedIndex(0)
	levels := []string{tr("Alla nivåer"), tr("Inte klassad")}
	for _, l := range d.model.Levels {
		levels = append(levels, trf("Nivå %s – %s", d.model.NumberText(l.Level), pick(l.Label, l.LabelEN)))
	}
	r.level = widget.NewSelect(levels, func(string) { r.filter.level = r.level.SelectedIndex() - 1; r.refilter() })
	r.level.SetSelectedIndex(0)
	r.owner = widget.NewSelect([]string{tr("Alla ägare")}, func(s string) {
		r.filter.owner = ""
		if r.owner.SelectedIndex() > 0 {
			r.filter.owner = s
		}
		r.refilter()
	})
	r.owner.SetSelectedIndex(0)
	r.due = widget.NewCheck(tr("Förfaller i år"), func(on bool) {
		r.filter.dueYear = 0
		if on {
			r.filter.dueYear = d.today().Year()
		}
		r.refilter()
	})
	r.order = r.newOrderSelect()

	r.list = widget.NewList(
		func() int { return len(r.shown) },
		func() fyne.CanvasObject { return newAssetRow(d.model) },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*assetRow).set(r.shown[id]) },
	)
	r.list.OnSelected = func(id widget.ListItemID) {
		if id < len(r.shown) {
			r.selected = r.shown[id].Asset.ID
			r.showDetail()
		}
	}
	title := widget.NewLabelWithStyle(tr("Prioriteringslista"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	plan := widget.NewButtonWithIcon(tr("Årsplan"), theme.HistoryIcon(), func() { d.showPlan(planYear(d.today())) })
	processings := widget.NewButtonWithIcon(tr("Behandlingar"), theme.ListIcon(), d.showProcessings)
	export := widget.NewButtonWithIcon(tr("Exportera…"), theme.DocumentSaveIcon(), d.exportList)
	imp := widget.NewButtonWithIcon(tr("Importera…"), theme.FolderOpenIcon(), d.importList)
	header := container.NewBorder(nil, nil, title, container.NewHBox(r.count, add, export, imp), r.search)
	review := widget.NewButtonWithIcon(tr("Ledningens genomgång…"), theme.DocumentIcon(), d.showReview)
	tools := container.NewBorder(nil, nil, container.NewHBox(
		widget.NewLabel(tr("Visa:")), roomySelect(r.status), roomySelect(r.level), r.owner, r.due,
		widget.NewLabel(tr("Sortera:")), r.order,
	), nil)
	columns := container.NewBorder(nil, nil, nil,
		container.NewHBox(
			container.NewGridWrap(fyne.NewSize(colWidth(colStatus), 30), columnLabel(tr("Status"), fyne.TextAlignLeading)),
			container.NewGridWrap(fyne.NewSize(4*theme.TextSize()*2.8+3*theme.Padding(), 30), columnLabel(tr("Klassning"), fyne.TextAlignCenter)),
			container.NewGridWrap(fyne.NewSize(colWidth(colReview), 30), columnLabel(tr("Uppföljning"), fyne.TextAlignLeading)),
		),
		wrapColumnLabel(tr("Informationstillgång och skäl för prioritet")))
	r.detail = container.NewVBox()
	r.split = container.NewHSplit(
		r.listArea(container.NewHBox(plan, processings, review), columns),
		container.NewScroll(container.NewPadded(r.detail)),
	)
	r.split.Offset = cardsSplit
	if r.view.Compact {
		r.split.Offset = compactSplit
	}
	r.content = container.NewBorder(container.NewPadded(container.NewVBox(header, tools)), nil, nil, nil, r.withFirstRun(r.split))
	r.applySort()
	return r
}

// reload reads the list from the database again and ranks it.
func (r *registerScreen) reload() {
	all, err := r.d.svc.Register()
	if err != nil {
		r.d.showError(tr("Listan kunde inte läsas"), err)
		return
	}
	r.all = all
	owners := []string{tr("Alla ägare")}
	seen := map[string]bool{}
	byName := append([]domain.AssetSummary(nil), all...)
	for _, s := range byName {
		o := domain.NormalizeName(s.Asset.OwnerName)
		if o != "" && !seen[o] {
			seen[o] = true
			owners = append(owners, o)
		}
	}
	r.owner.Options = owners
	r.owner.Refresh()
	r.refilter()
}

// refilter shows the assets that pass the filter.
func (r *registerScreen) refilter() {
	if r.list == nil {
		return // still being built
	}
	r.shown = r.filter.apply(r.all)
	if len(r.shown) == len(r.all) {
		r.count.SetText(trf("%d st", len(r.all)))
	} else {
		r.count.SetText(trf("%d av %d", len(r.shown), len(r.all)))
	}
	r.list.UnselectAll()
	r.list.Refresh()
	if r.compact != nil && r.view.Compact {
		r.compact.show()
	}
	for i, s := range r.shown {
		if s.Asset.ID == r.selected {
			r.list.Select(i)
			r.list.ScrollTo(i)
			return
		}
	}
	r.list.ScrollToTop() // the hits from the first, not from where a longer list was scrolled to
	r.showDetail()
}

// selectedSummary returns the selected asset's row, if it is shown.
func (r *registerScreen) selectedSummary() (domain.AssetSummary, bool) {
	for _, s := range r.shown {
		if s.Asset.ID == r.selected {
			return s, true
		}
	}
	return domain.AssetSummary{}, false
}

// planYear is the year whose plan the ISAM most likely wants: from
// October on, next year's.
func planYear(today domain.Date) int {
	if today.Time().Month() >= 10 {
		return today.Year() + 1
	}
	return today.Year()
}

// columnLabel is a bold column header that shortens itself with … rather
// than widen the list.
// wrapColumnLabel is the heading of the column that takes the rest of
// the width: it wraps when that is narrow.
func wrapColumnLabel(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

func columnLabel(text string, align fyne.TextAlign) *widget.Label {
	l := widget.NewLabelWithStyle(text, align, fyne.TextStyle{Bold: true})
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// shortcut runs the register's shortcuts: a new asset and the search.
func (r *registerScreen) shortcut(k *desktop.CustomShortcut) bool {
	switch {
	case same(k, keyNew):
		r.addAsset()
	case same(k, keyFind):
		r.d.win.Canvas().Focus(r.search)
	default:
		return false
	}
	return true
}

// typedRune: the register takes no single keys.
func (r *registerScreen) typedRune(rune) bool { return false }

// typedKey: in the compact rows the arrow keys move the selection and
// Enter opens it, also when the rows do not have the focus.
func (r *registerScreen) typedKey(k fyne.KeyName) bool {
	if !r.view.Compact {
		return false
	}
	switch k {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyReturn, fyne.KeyEnter:
		r.compact.table.TypedKey(&fyne.KeyEvent{Name: k})
		return true
	}
	return false
}
