package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// compactList is the register as compact rows: one line per asset in
// the columns the user chose (domain.ListColumns, the Excel list's
// columns), sorted by a click on a column's header, a second click
// reversing it. Only the rows on screen have cells, so that a list of
// 10,000 assets scrolls as fast as one of ten.
type compactList struct {
	r       *registerScreen
	cols    []domain.ListColumn
	widths  []float32 // each column's width before the name takes the rest
	table   *compactTable
	content fyne.CanvasObject
}

// compactTable is the compact list's table: the arrow keys move the
// selected row, Page Up and Page Down a screenful, and Enter opens the
// selected asset's classification.
type compactTable struct {
	widget.Table
	move func(delta int)     // moves the selection delta rows
	open func()              // opens the selected row
	fit  func(width float32) // sizes the columns to the table's width
}

func newCompactTable() *compactTable {
	t := &compactTable{}
	t.ShowHeaderRow = true
	t.ExtendBaseWidget(t)
	return t
}

// Resize lays the table out at s and fills in the cells the new size
// shows, which the table itself leaves to its next scroll.
func (t *compactTable) Resize(s fyne.Size) {
	if s == t.Size() {
		return
	}
	t.Table.Resize(s)
	// After the layout the resize is part of, which a refresh must not run inside.
	fyne.Do(func() {
		if t.fit != nil {
			t.fit(s.Width)
		}
		t.Table.Refresh()
	})
}

// TypedKey moves the selection or opens the selected row; other keys go
// to the table.
func (t *compactTable) TypedKey(ev *fyne.KeyEvent) {
	page := max(1, int(t.Size().Height/max(1, t.rowHeight()))-2)
	switch ev.Name {
	case fyne.KeyUp:
		t.move(-1)
	case fyne.KeyDown:
		t.move(1)
	case fyne.KeyPageUp:
		t.move(-page)
	case fyne.KeyPageDown:
		t.move(page)
	case fyne.KeyHome:
		t.move(-1 << 30)
	case fyne.KeyEnd:
		t.move(1 << 30)
	case fyne.KeyReturn, fyne.KeyEnter:
		t.open()
	default:
		t.Table.TypedKey(ev)
	}
}

// rowHeight is the height of one row as the compact theme lays it out.
func (t *compactTable) rowHeight() float32 {
	return fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height + 2*compactInnerPadding + compactPadding
}

// compactInnerPadding is the space around a compact row's text, and
// compactPadding the gap between rows, where the divider lies.
const (
	compactInnerPadding = 0.5
	compactPadding      = 1
)

// compactTheme is the app's theme with the tight padding of the compact
// rows; sizes and colours otherwise follow the app's theme, also in
// presentation mode.
type compactTheme struct{ base fyne.Theme }

func (t compactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base.Color(n, v)
}
func (t compactTheme) Font(s fyne.TextStyle) fyne.Resource     { return t.base.Font(s) }
func (t compactTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }
func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInnerPadding:
		return compactInnerPadding
	case theme.SizeNamePadding:
		return compactPadding
	}
	return t.base.Size(n)
}

func newCompactList(r *registerScreen) *compactList {
	c := &compactList{r: r, table: newCompactTable()}
	t := c.table
	t.Length = func() (int, int) { return len(r.shown), len(c.cols) }
	// Each cell carries the compact theme itself: the table measures its
	// rows on a template cell of its own.
	th := compactTheme{base: r.d.appTheme()}
	t.CreateCell = func() fyne.CanvasObject { return container.NewThemeOverride(newCompactCell(), th) }
	t.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		c.updateCell(id, o.(*container.ThemeOverride).Content.(*fyne.Container))
	}
	t.CreateHeader = func() fyne.CanvasObject { return container.NewThemeOverride(newColumnHeader(), th) }
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		c.updateHeader(id, o.(*container.ThemeOverride).Content.(*columnHeader))
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(r.shown) && r.shown[id.Row].Asset.ID != r.selected {
			r.selected = r.shown[id.Row].Asset.ID
			r.showDetail()
			t.Refresh()
		}
	}
	t.move = c.move
	t.fit = c.fit
	t.open = func() {
		if s, ok := r.selectedSummary(); ok {
			r.d.showWorkshop(s.Asset.ID)
		}
	}
	c.content = container.NewThemeOverride(t, th)
	c.setColumns(r.view.Columns)
	return c
}

// newCompactCell is one cell: a background (the selected row, a level's
// colour) behind a text that shortens itself with ….
func newCompactCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(canvas.NewRectangle(color.Transparent), l)
}

func (c *compactList) updateCell(id widget.TableCellID, box *fyne.Container) {
	if id.Row >= len(c.r.shown) || id.Col >= len(c.cols) {
		return
	}
	s := &c.r.shown[id.Row]
	col := c.cols[id.Col]
	text := col.Text(s, c.r.d.model)
	if col.Label && text != "" {
		text = tr(text)
	}
	l := box.Objects[1].(*widget.Label)
	bg := box.Objects[0].(*canvas.Rectangle)
	l.Alignment = fyne.TextAlignLeading
	l.TextStyle = fyne.TextStyle{Bold: col.Key == "name"}
	var fill color.Color = color.Transparent
	if lv, ok := levelOf(s, col.Key); ok && lv != domain.Unset {
		lc := levelColor(c.r.d.model, lv)
		lc.A = 0x50
		fill = lc
		l.Alignment = fyne.TextAlignCenter
	}
	if s.Asset.ID == c.r.selected {
		fill = theme.Color(theme.ColorNameSelection)
	}
	l.Importance = widget.MediumImportance
	if col.Key == "status" {
		l.Importance = statusImportance(s.Status)
	}
	if col.Key == "dpia" && s.DPIAMissing() {
		l.Importance = widget.DangerImportance
	}
	bg.FillColor = fill
	bg.Refresh()
	l.SetText(text)
}

// levelOf returns the level a level column shows for s.
func levelOf(s *domain.AssetSummary, key string) (domain.Level, bool) {
	switch key {
	case "overall":
		return s.Overall, true
	case "K", "R", "T", "S":
		return s.Effective[domain.Aspect(key)], true
	}
	return domain.Unset, false
}

func (c *compactList) updateHeader(id widget.TableCellID, b *columnHeader) {
	if id.Col < 0 || id.Col >= len(c.cols) {
		return
	}
	col := c.cols[id.Col]
	b.label.SetText(pick(col.Header, col.HeaderEN))
	key := col.Key
	b.OnTapped = func() { c.r.sortBy(key) }
	v := c.r.view
	sorted := v.Sort == key || v.Sort == "" && key == "rank"
	switch {
	case !sorted:
		b.icon.Hide()
	case col.DescFirst != v.Reverse:
		b.icon.SetResource(theme.MenuDropDownIcon())
		b.icon.Show()
	default:
		b.icon.SetResource(theme.MenuDropUpIcon())
		b.icon.Show()
	}
}

// setColumns shows the columns keys, sized for their header and their
// usual content; the name takes what the table has left.
func (c *compactList) setColumns(keys []string) {
	c.cols = c.cols[:0]
	for _, k := range keys {
		if col, ok := domain.ListColumnByKey(k); ok {
			c.cols = append(c.cols, col)
		}
	}
	c.widths = c.widths[:0]
	size := theme.TextSize()
	digit := fyne.MeasureText("0", size, fyne.TextStyle{}).Width
	for _, col := range c.cols {
		head := fyne.MeasureText(pick(col.Header, col.HeaderEN), size, fyne.TextStyle{Bold: true}).Width
		w := max(head+theme.IconInlineSize()+2*theme.Padding(), float32(col.Width)*digit*0.7)
		if col.Key == "name" {
			w = max(head, 24*digit)
		}
		c.widths = append(c.widths, w)
	}
	c.fit(c.table.Size().Width)
	c.table.Refresh()
}

// fit sets the columns' widths, the name's widened to fill width.
func (c *compactList) fit(width float32) {
	var used float32
	for _, w := range c.widths {
		used += w + compactPadding
	}
	for i, col := range c.cols {
		w := c.widths[i]
		if col.Key == "name" && width > used {
			w += width - used - theme.ScrollBarSize()
		}
		c.table.SetColumnWidth(i, w)
	}
}

// show brings the selected row into view, selected.
func (c *compactList) show() {
	for i, s := range c.r.shown {
		if s.Asset.ID == c.r.selected {
			c.table.UnselectAll()
			c.table.Select(widget.TableCellID{Row: i, Col: 0})
			c.table.Refresh()
			return
		}
	}
	c.table.UnselectAll()
	c.table.ScrollToTop()
	c.table.Refresh()
}

// move selects the row delta rows from the selected one, clamped to the
// list; with none selected, the first.
func (c *compactList) move(delta int) {
	n := len(c.r.shown)
	if n == 0 {
		return
	}
	at := -1
	for i, s := range c.r.shown {
		if s.Asset.ID == c.r.selected {
			at = i
			break
		}
	}
	next := 0
	if at >= 0 {
		next = min(max(at+delta, 0), n-1)
	}
	if next != at {
		c.table.UnselectAll()
		c.table.Select(widget.TableCellID{Row: next, Col: 0})
	}
}

// columnHeader is a compact column's header: its name in bold and, on
// the column the list is sorted by, an arrow for the direction. A tap
// sorts by the column.
type columnHeader struct {
	widget.BaseWidget
	label    *widget.Label
	icon     *widget.Icon
	OnTapped func()
	content  fyne.CanvasObject
}

func newColumnHeader() *columnHeader {
	h := &columnHeader{label: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), icon: widget.NewIcon(nil)}
	h.label.Truncation = fyne.TextTruncateEllipsis
	h.icon.Hide()
	h.content = container.NewBorder(nil, nil, nil, h.icon, h.label)
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer returns the header's renderer.
func (h *columnHeader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(h.content)
}

// Tapped sorts by the column.
func (h *columnHeader) Tapped(*fyne.PointEvent) {
	if h.OnTapped != nil {
		h.OnTapped()
	}
}

// Cursor is the pointer: the header is clicked.
func (h *columnHeader) Cursor() desktop.Cursor { return desktop.PointerCursor }
