package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// newBigDemoUI opens the UI on the demo district with n more assets.
func newBigDemoUI(t *testing.T, n int) *UI {
	u, _ := newTestUI(t)
	if err := u.svc.FillDemo(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	u.showRegister()
	return u
}

// watchRows records the cell the compact table last filled for each
// row, so that visibleRows can tell which rows are on screen.
func watchRows(r *registerScreen) map[int]fyne.CanvasObject {
	cells := map[int]fyne.CanvasObject{}
	up := r.compact.table.UpdateCell
	r.compact.table.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col == 0 {
			for row, c := range cells {
				if c == o {
					delete(cells, row) // the cell was reused for another row
				}
			}
			cells[id.Row] = o
		}
		up(id, o)
	}
	return cells
}

// visibleRows counts the rows whose cells lie wholly inside the table.
func visibleRows(r *registerScreen, cells map[int]fyne.CanvasObject) int {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(r.compact.table)
	bottom := top.Y + r.compact.table.Size().Height
	n := 0
	for _, o := range cells {
		p := d.AbsolutePositionForObject(o)
		if o.Visible() && p.Y >= top.Y && p.Y+o.Size().Height <= bottom+1 {
			n++
		}
	}
	return n
}

// tapHeader taps the compact table's header named text.
func tapHeader(t *testing.T, r *registerScreen, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(r.compact.table) {
		if h, ok := o.(*columnHeader); ok && h.label.Text == text {
			test.Tap(h)
			return
		}
	}
	t.Fatalf("no column header %q", text)
}

// TestCompactRegister: the compact rows show 20 or more assets at
// 1366×768, a click on a header sorts by it and a second click reverses
// it, the arrow keys move the selection and Enter opens it, and the
// mode, the columns and the sort are there again when the database is
// opened again.
func TestCompactRegister(t *testing.T) {
	u := newBigDemoUI(t, 60)
	r := u.register
	u.win.Resize(contentSize(fyne.NewSize(1366, 768), false))
	if r.compact.content.Visible() {
		t.Fatal("a new database shows compact rows")
	}
	cells := watchRows(r)
	r.setCompact(true)
	if !r.compact.content.Visible() || r.cards.Visible() {
		t.Fatal("the compact rows are not shown")
	}
	n := visibleRows(r, cells)
	t.Logf("%d rows visible at 1366×768", n)
	if n < 20 {
		t.Errorf("%d rows visible at 1366×768, want 20 or more", n)
	}
	tapHeader(t, r, "Informationsägare")
	if r.view.Sort != "owner" || r.view.Reverse {
		t.Fatalf("after a click on Informationsägare the view is %+v", r.view)
	}
	checkOrder(t, r.shown, func(a, b domain.AssetSummary) bool {
		return !domain.NameLess(b.Asset.OwnerName, a.Asset.OwnerName) || b.Asset.OwnerName == ""
	})
	tapHeader(t, r, "Informationsägare")
	if !r.view.Reverse {
		t.Fatal("a second click did not reverse the order")
	}
	checkOrder(t, r.shown, func(a, b domain.AssetSummary) bool {
		return !domain.NameLess(a.Asset.OwnerName, b.Asset.OwnerName) || b.Asset.OwnerName == ""
	})
	if r.order.SelectedIndex() >= 0 {
		t.Errorf("the Sortera select shows %q for a header's sort", r.order.Selected)
	}
	tapHeader(t, r, "Rang")
	if r.view.Sort != "" || r.shown[0].Rank != 1 {
		t.Errorf("a click on Rang gives %+v, first rank %d", r.view, r.shown[0].Rank)
	}

	u.win.Canvas().Focus(r.compact.table)
	r.compact.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	r.compact.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if s, ok := r.selectedSummary(); !ok || s.Rank != 2 {
		t.Fatalf("two Down keys select %+v, want rank 2", s.Rank)
	}
	r.compact.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	first := r.shown[0]
	if r.selected != first.Asset.ID {
		t.Fatal("Up does not go back to the first row")
	}
	r.setColumns([]string{"name", "K", "status"})
	if len(r.compact.cols) != 3 {
		t.Fatalf("%d columns", len(r.compact.cols))
	}
	k := r.compact.cols[1]
	if got, want := k.Text(&first, u.model), u.model.NumberText(first.Effective[domain.Confidentiality]); got != want && want != "–" {
		t.Errorf("the K cell reads %q, want the model's %q", got, want)
	}
	tapHeader(t, r, "Status")
	r.compact.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.workshop == nil {
		t.Fatal("Enter did not open the selected asset")
	}

	again := newRegisterScreen(u.deps())
	if v := again.view; !v.Compact || v.Sort != "status" || fmt.Sprint(v.Columns) != "[name K status]" {
		t.Errorf("reopened with %+v", v)
	}
	if !again.compact.content.Visible() || again.order.Selected != "Status" {
		t.Errorf("reopened: compact %v, Sortera %q", again.compact.content.Visible(), again.order.Selected)
	}
}

func checkOrder(t *testing.T, xs []domain.AssetSummary, ok func(a, b domain.AssetSummary) bool) {
	t.Helper()
	for i := 1; i < len(xs); i++ {
		if !ok(xs[i-1], xs[i]) {
			t.Fatalf("row %d (%q) before row %d (%q)", i-1, xs[i-1].Asset.OwnerName, i, xs[i].Asset.OwnerName)
		}
	}
}

// BenchmarkCompactSort10k sorts the compact rows of 10,000 assets by a
// click on a header, as the register does it: filter, sort, and fill in
// the cells a 1366×768 window shows.
func BenchmarkCompactSort10k(b *testing.B) {
	u := New(test.NewTempApp(b))
	u.Clock = app.FixedDay(testToday)
	if err := u.Open(filepath.Join(b.TempDir(), "stor.db")); err != nil {
		b.Fatal(err)
	}
	defer u.svc.Close()
	if err := u.svc.FillDemo(context.Background(), 10000); err != nil {
		b.Fatal(err)
	}
	u.showRegister()
	u.win.Resize(contentSize(fyne.NewSize(1366, 768), false))
	r := u.register
	r.setCompact(true)
	if len(r.shown) < 10000 {
		b.Fatalf("%d rows", len(r.shown))
	}
	for b.Loop() {
		r.sortBy("name")
		r.sortBy("owner")
		r.sortBy("K")
	}
}
