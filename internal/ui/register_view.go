package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// listArea returns the register's list as cards under their column
// headings, or as compact rows, with the choice between them and of the
// compact rows' columns above, beside screens: the buttons to the
// register's other screens.
func (r *registerScreen) listArea(screens, headings fyne.CanvasObject) fyne.CanvasObject {
	bar := container.NewBorder(nil, nil, screens, r.viewControls())
	r.cards = container.NewBorder(headings, nil, nil, nil, r.list)
	r.compact = newCompactList(r)
	r.listStack = container.NewStack(r.cards, r.compact.content)
	r.showMode()
	return container.NewBorder(bar, nil, nil, nil, r.listStack)
}

// viewControls returns the choice between cards and compact rows and
// the button choosing the compact rows' columns.
func (r *registerScreen) viewControls() fyne.CanvasObject {
	r.compactMode = widget.NewCheck(tr("Kompakt lista"), func(on bool) {
		if on != r.view.Compact {
			r.view.Compact = on
			r.saveView()
			r.showMode()
		}
	})
	r.compactMode.SetChecked(r.view.Compact)
	r.columnsButton = widget.NewButtonWithIcon(tr("Kolumner…"), theme.ListIcon(), r.chooseColumns)
	return container.NewHBox(r.compactMode, r.columnsButton)
}

// The share of the register's width the list has beside the details:
// the compact rows have more columns. A share the user dragged is kept.
const (
	cardsSplit   = 0.7
	compactSplit = 0.78
)

// showMode shows the cards or the compact rows, as the view says.
func (r *registerScreen) showMode() {
	if r.split != nil {
		switch {
		case r.view.Compact && r.split.Offset == cardsSplit:
			r.split.SetOffset(compactSplit)
		case !r.view.Compact && r.split.Offset == compactSplit:
			r.split.SetOffset(cardsSplit)
		}
	}
	if r.view.Compact {
		r.cards.Hide()
		r.compact.content.Resize(r.listStack.Size()) // laid out before it is drawn
		r.compact.content.Show()
		r.columnsButton.Enable()
		r.compact.show()
	} else {
		r.compact.content.Hide()
		r.cards.Show()
		r.columnsButton.Disable()
	}
	r.listStack.Refresh() // lays out what is now shown, at once
}

// setCompact shows the compact rows (on) or the cards, and remembers it.
func (r *registerScreen) setCompact(on bool) { r.compactMode.SetChecked(on) }

// saveView remembers the view in the database.
func (r *registerScreen) saveView() {
	r.view = r.view.Normalized()
	if err := r.d.svc.SetListView(r.view); err != nil {
		r.d.showError(tr("Visningen sparades inte"), err)
	}
}

// sortBy sorts the list by column key, the other way round when it is
// already sorted by it; Rang returns to the priority order.
func (r *registerScreen) sortBy(key string) {
	cur := r.view.Sort
	if cur == "" {
		cur = "rank"
	}
	if cur == key {
		r.view.Reverse = !r.view.Reverse
	} else {
		r.view.Sort, r.view.Reverse = key, false
	}
	r.saveView()
	r.applySort()
}

// applySort sorts the list as the view says and shows the order in the
// Sortera select when it offers it.
func (r *registerScreen) applySort() {
	r.filter.sort, r.filter.reverse = r.view.Sort, r.view.Reverse
	r.settingOrder = true
	if i := slices.Index(sortKeys, r.view.Sort); i >= 0 && !r.view.Reverse {
		r.order.SetSelectedIndex(i)
	} else {
		r.order.ClearSelected()
	}
	r.settingOrder = false
	r.refilter()
}

// newOrderSelect returns the Sortera select: the orders of sortLabels,
// and "Kolumn" when a header's sort is not one of them.
func (r *registerScreen) newOrderSelect() *widget.Select {
	orders := make([]string, len(sortLabels))
	for i, l := range sortLabels {
		orders[i] = tr(l)
	}
	s := widget.NewSelect(orders, func(string) { r.orderChosen() })
	s.PlaceHolder = tr("Kolumn")
	return s
}

// orderChosen sorts by the order chosen in the Sortera select.
func (r *registerScreen) orderChosen() {
	i := r.order.SelectedIndex()
	if r.settingOrder || i < 0 {
		return
	}
	r.view.Sort, r.view.Reverse = sortKeys[i], false
	r.saveView()
	r.applySort()
}

// chooseColumns asks which columns the compact rows show.
func (r *registerScreen) chooseColumns() {
	grid := container.NewGridWithColumns(3)
	checks := map[string]*widget.Check{}
	for _, col := range domain.ListColumns {
		c := widget.NewCheck(pick(col.Header, col.HeaderEN), nil)
		c.SetChecked(slices.Contains(r.view.Columns, col.Key))
		if col.Key == "name" {
			c.SetChecked(true)
			c.Disable()
		}
		checks[col.Key] = c
		grid.Add(c)
	}
	reset := widget.NewButton(tr("Standardkolumner"), func() {
		for k, c := range checks {
			c.SetChecked(k == "name" || slices.Contains(domain.DefaultListColumns, k))
		}
	})
	hint := widget.NewLabel(tr("Kolumnerna är desamma som i den exporterade prioriteringslistan."))
	hint.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(hint, container.NewHBox(reset), nil, nil, grid)
	d := dialog.NewCustomConfirm(tr("Kolumner i den kompakta listan"), tr("Visa"), tr("Avbryt"), content, func(ok bool) {
		if !ok {
			return
		}
		var keys []string
		for _, col := range domain.ListColumns {
			if checks[col.Key].Checked {
				keys = append(keys, col.Key)
			}
		}
		r.setColumns(keys)
	}, r.d.win)
	d.Show()
}

// setColumns shows columns keys in the compact rows and remembers them.
func (r *registerScreen) setColumns(keys []string) {
	r.view.Columns = keys
	r.saveView()
	r.compact.setColumns(r.view.Columns)
}
