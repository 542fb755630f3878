package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// registerScreen is the start screen: every asset with its status,
// effective levels and next review, a search box, and the selected
// asset's details with what one can do with it.
type registerScreen struct {
	u        *UI
	all      []sqlite.Summary
	shown    []sqlite.Summary
	selected int64 // asset ID, 0 for none

	search  *widget.Entry
	count   *widget.Label
	list    *widget.List
	detail  *fyne.Container
	content fyne.CanvasObject
}

func newRegisterScreen(u *UI) *registerScreen {
	r := &registerScreen{u: u}
	r.search = widget.NewEntry()
	r.search.SetPlaceHolder("Sök på namn, ägare, system eller leverantör…")
	r.search.OnChanged = func(string) { r.filter() }
	r.count = widget.NewLabel("")
	add := widget.NewButtonWithIcon("Ny informationstillgång", theme.ContentAddIcon(), r.addAsset)
	add.Importance = widget.HighImportance

	r.list = widget.NewList(
		func() int { return len(r.shown) },
		func() fyne.CanvasObject { return newAssetRow(u.model) },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*assetRow).set(r.shown[id]) },
	)
	r.list.OnSelected = func(id widget.ListItemID) {
		if id < len(r.shown) {
			r.selected = r.shown[id].Asset.ID
			r.showDetail()
		}
	}
	title := widget.NewLabelWithStyle("Informationstillgångar", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	header := container.NewBorder(nil, nil, title, container.NewHBox(r.count, add), r.search)
	columns := container.NewBorder(nil, nil, widget.NewLabelWithStyle("Namn", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(
			container.NewGridWrap(fyne.NewSize(230, 30), widget.NewLabelWithStyle("Status", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
			container.NewGridWrap(fyne.NewSize(4*theme.TextSize()*2.8+3*theme.Padding(), 30), widget.NewLabelWithStyle("Klassning", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})),
			container.NewGridWrap(fyne.NewSize(170, 30), widget.NewLabelWithStyle("Nästa uppföljning", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		))
	r.detail = container.NewVBox()
	split := container.NewHSplit(
		container.NewBorder(columns, nil, nil, nil, r.list),
		container.NewVScroll(container.NewPadded(r.detail)),
	)
	split.Offset = 0.68
	r.content = container.NewBorder(container.NewPadded(header), nil, nil, nil, split)
	return r
}

// reload reads the register from the database again.
func (r *registerScreen) reload() {
	all, err := r.u.db.Summaries(r.u.Today())
	if err != nil {
		r.u.showError("Registret kunde inte läsas", err)
		return
	}
	r.all = all
	r.filter()
}

// filter shows the assets that match the search text.
func (r *registerScreen) filter() {
	q := strings.ToLower(strings.TrimSpace(r.search.Text))
	r.shown = r.shown[:0]
	for _, s := range r.all {
		if q == "" || matches(s, q) {
			r.shown = append(r.shown, s)
		}
	}
	if len(r.shown) == len(r.all) {
		r.count.SetText(fmt.Sprintf("%d st", len(r.all)))
	} else {
		r.count.SetText(fmt.Sprintf("%d av %d", len(r.shown), len(r.all)))
	}
	r.list.UnselectAll()
	r.list.Refresh()
	for i, s := range r.shown {
		if s.Asset.ID == r.selected {
			r.list.Select(i)
			r.list.ScrollTo(i)
			return
		}
	}
	r.showDetail()
}

func matches(s sqlite.Summary, q string) bool {
	a := s.Asset
	for _, f := range []string{a.Name, a.OwnerName, a.System, a.Supplier, a.ManagementObject, a.Description} {
		if strings.Contains(strings.ToLower(f), q) {
			return true
		}
	}
	return false
}

// selectedSummary returns the selected asset's row, if it is shown.
func (r *registerScreen) selectedSummary() (sqlite.Summary, bool) {
	for _, s := range r.shown {
		if s.Asset.ID == r.selected {
			return s, true
		}
	}
	return sqlite.Summary{}, false
}
