package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// findSelect returns the visible drop-down showing selected.
func findSelect(w fyne.Window, selected string) *widget.Select {
	var found *widget.Select
	for _, o := range objects(w) {
		if s, ok := o.(*widget.Select); ok && s.Visible() && s.Selected == selected {
			found = s
		}
	}
	return found
}

// showTab selects the tab named name in the tabs on screen.
func showTab(w fyne.Window, name string) {
	for _, o := range objects(w) {
		if tabs, ok := o.(*container.AppTabs); ok {
			for i, it := range tabs.Items {
				if it.Text == name && tabs.SelectedIndex() != i {
					tabs.SelectIndex(i)
				}
			}
		}
	}
}

// waitFor waits for u's background jobs, then polls until ok or a few
// seconds have passed. The test driver runs a job's last step, which
// builds its dialog, on the job's own goroutine: looking at the window
// before the job is done would render beside it (a data race that ended
// in a panic in the text shaper, or a hang).
func waitFor(t *testing.T, u *UI, what string, ok func() bool) {
	t.Helper()
	for i := 0; i < 200; i++ {
		u.jobs.Wait()
		if ok() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// TestImportPreviewMapping opens the preview of a list whose level
// columns are not recognised: the import cannot be made, every column is
// shown with "läses inte"; mapping them in the drop-downs reads the file
// again, and then it imports.
func TestImportPreviewMapping(t *testing.T) {
	u, _ := newTestUI(t)
	w := u.Window()
	file := filepath.Join("..", "..", "testdata", "lists", "okanda-nivakolumner.xlsx")
	p, err := u.svc.PreviewImport(context.Background(), file, "")
	if err != nil {
		t.Fatal(err)
	}
	u.showImportPreview(p)
	if !screenHasText(w, "Filen har 1 fel") {
		t.Fatal("the preview does not say the import cannot be made")
	}
	var notRead int
	for _, o := range objects(w) {
		if s, ok := o.(*widget.Select); ok && s.Selected == "läses inte" {
			notRead++
		}
	}
	if notRead != 3 {
		t.Fatalf("%d columns shown as läses inte, want 3", notRead)
	}
	for i, aspect := range []string{"K – konfidentialitet", "R – riktighet", "T – tillgänglighet"} {
		showTab(w, "Kolumner")
		sel := findSelect(w, "läses inte")
		if sel == nil {
			t.Fatalf("no drop-down left at column %d", i)
		}
		sel.SetSelected(aspect)
		waitFor(t, u, aspect, func() bool { showTab(w, "Kolumner"); return findSelect(w, aspect) != nil })
	}
	showTab(w, "Ändringar")
	// One line per asset, which opens to its fields.
	if screenHasText(w, "K: 2") || !screenHasText(w, "Rad 2: Bygglovsärenden – Skapas") {
		t.Error("the changes are not one line per asset")
	}
	for _, o := range objects(w) {
		if tree, ok := o.(*widget.Tree); ok {
			tree.OpenBranch("r0")
		}
	}
	if !screenHasText(w, "K: 2") {
		t.Error("the changes do not show the mapped level")
	}
	waitFor(t, u, "the import to be possible", func() bool { return screenHasText(w, "2 skapas") && !screenHasText(w, "Filen har") })
	test.Tap(findButton(t, w, "Importera"))
	waitFor(t, u, "the import", func() bool { return screenHasText(w, "2 skapades") })
	sums, _ := u.svc.Register()
	if len(sums) != 2 || sums[0].Overall == 0 {
		t.Fatalf("imported %+v", sums)
	}
	if !strings.Contains(sums[0].Asset.Name, "Bygglov") && !strings.Contains(sums[1].Asset.Name, "Bygglov") {
		t.Errorf("names %v %v", sums[0].Asset.Name, sums[1].Asset.Name)
	}
}

// TestImportGuessSaysWhereToChangeIt: a column read by what it holds is
// named with its reason, and the preview says to change it under
// Kolumner; the command line's -map syntax is not shown in the window.
func TestImportGuessSaysWhereToChangeIt(t *testing.T) {
	u, _ := newTestUI(t)
	w := u.Window()
	file := filepath.Join("..", "..", "testdata", "lists", "verksamhetssystem-hakparentes.xlsx")
	p, err := u.svc.PreviewImport(context.Background(), file, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Inferred) == 0 {
		t.Fatal("no column of the list is read by its words and values")
	}
	u.showImportPreview(p)
	g := p.Inferred[0]
	if !screenHasText(w, "Kolumnen ”"+g.Header+"” läses som") || !screenHasText(w, "under Kolumner om det är fel") {
		t.Errorf("the guess for %q is not shown with where to change it", g.Header)
	}
	if screenHasText(w, "-map") {
		t.Error("the window shows the command line's -map syntax")
	}
}

// TestImportPreviewShowsProcessings: an export's processings are counted
// in the preview and listed, each on a line of its own, as the assets are.
func TestImportPreviewShowsProcessings(t *testing.T) {
	src := newDemoUI(t)
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := src.svc.ExportList(context.Background(), path, app.ListOptions{}); err != nil {
		t.Fatal(err)
	}
	u, _ := newTestUI(t)
	p, err := u.svc.PreviewImport(context.Background(), path, "")
	if err != nil {
		t.Fatal(err)
	}
	if p.ProcessingCreate == 0 {
		t.Fatal("the demo's export brings no processings")
	}
	u.showImportPreview(p)
	w := u.Window()
	if !screenHasText(w, fmt.Sprintf("Behandlingar: %d skapas, 0 uppdateras, 0 oförändrade.", p.ProcessingCreate)) {
		t.Error("the preview does not count the processings")
	}
	var lines []string // the tree's top lines, as it words them
	for _, o := range objects(w) {
		if tree, ok := o.(*widget.Tree); ok {
			for _, id := range tree.ChildUIDs("") {
				node := tree.CreateNode(true)
				tree.UpdateNode(id, true, node)
				lines = append(lines, node.(*widget.Label).Text)
			}
		}
	}
	var listed int
	for _, l := range lines {
		if strings.HasPrefix(l, "Behandling, rad ") {
			listed++
		}
	}
	if listed != len(p.Processings) {
		t.Errorf("the preview lists %d of the %d processings: %q", listed, len(p.Processings), lines)
	}
}
