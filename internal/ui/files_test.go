package ui

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// TestFileDialogsOpen opens every file dialog through the function its
// menu item or button calls, and checks that it shows, fits the window
// and closes again. Fyne's FileDialog.Resize panicked when called before
// Show, which crashed every file dialog of the app.
func TestFileDialogsOpen(t *testing.T) {
	u := newDemoUI(t)
	w := u.Window()
	w.Resize(fyne.NewSize(1024, 600))
	assets := u.register.shown
	if len(assets) == 0 {
		t.Fatal("no assets in the demo")
	}
	open := map[string]func(){
		"Arkiv → Ny databas…":        u.newDatabase,
		"Arkiv → Öppna…":             u.openDatabase,
		"Arkiv → Spara kopia som…":   u.saveCopy,
		"Importera…":                 u.importList,
		"Exportera underlag…":        func() { u.exportAsset(assets[0], app.AssetExport{}) },
		"Krav till leverantör…":      func() { u.exportAsset(assets[0], app.AssetExport{Supplier: true}) },
		"Exportera… → Välj fil…":     func() { u.exportList(); test.Tap(findButton(t, w, "Välj fil")) },
		"Protokoll för underskrift…": func() { u.workshopProtocolDialog(t, assets[0].Asset.ID) },
	}
	for name, show := range open {
		t.Run(name, func(t *testing.T) {
			show()
			var fd fyne.CanvasObject
			for _, o := range w.Canvas().Overlays().List() {
				fd = o
			}
			if fd == nil {
				t.Fatal("no dialog shown")
			}
			if s := fd.Size(); s.Width > 1024 || s.Height > 600 {
				t.Errorf("dialog is %v, larger than the 1024×600 window", s)
			}
			for w.Canvas().Overlays().Top() != nil {
				w.Canvas().Overlays().Top().Hide()
				w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
			}
		})
	}
}

func TestFileDialogSize(t *testing.T) {
	for _, c := range []struct{ win, want fyne.Size }{
		{fyne.NewSize(1366, 768), fyne.NewSize(900, 600)},
		{fyne.NewSize(1024, 600), fyne.NewSize(900, 560)},
		{fyne.NewSize(800, 500), fyne.NewSize(760, 460)},
	} {
		if got := fileDialogSize(c.win); got != c.want {
			t.Errorf("fileDialogSize(%v) = %v, want %v", c.win, got, c.want)
		}
	}
}

// workshopProtocolDialog opens the workshop of asset id at Beslut and
// asks for the protocol, as the button there does.
func (u *UI) workshopProtocolDialog(t *testing.T, id int64) {
	t.Helper()
	u.showWorkshop(id)
	if u.workshop == nil {
		t.Fatal("the workshop did not open")
	}
	u.workshop.writeProtocol()
}

// TestRestoreFromTheRefusal damages a database that has a backup, opens
// it, and restores the backup from the refusal screen: the data is back,
// and the damaged file is kept aside, not deleted.
func TestRestoreFromTheRefusal(t *testing.T) {
	u, path := newTestUI(t)
	a := &domain.Asset{Name: "Löneadministration"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	if _, err := u.svc.Backup("fore-import"); err != nil {
		t.Fatal(err)
	}
	u.svc.Close()
	u.svc = nil
	garbage := bytes.Repeat([]byte("skadad "), 4096)
	if err := os.WriteFile(path, append([]byte("SQLite format 3\x00"), garbage...), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
	if err := u.Open(path); err == nil {
		t.Fatal("a damaged file opened")
	}
	w := u.Window()
	test.Tap(findButton(t, w, "Återställ från säkerhetskopia"))
	list := findList(t, w)
	list.Select(0)
	test.Tap(findButton(t, w, "Återställ…"))
	test.Tap(findButton(t, w, "Ersätt filen"))
	if u.svc == nil {
		t.Fatal("the restored file did not open")
	}
	if got, _ := u.svc.AssetByName("Löneadministration"); got == nil {
		t.Error("the restored file lacks the asset")
	}
	if !screenHasText(w, "finns kvar som") {
		t.Error("the user is not told where the damaged file was kept")
	}
	kept := 0
	filepath.WalkDir(filepath.Dir(path), func(p string, d fs.DirEntry, err error) error {
		if b, err := os.ReadFile(p); err == nil && bytes.Contains(b, garbage[:64]) {
			kept++
		}
		return nil
	})
	if kept == 0 {
		t.Error("the damaged file was not kept")
	}
}

// TestRestoreAsksAndOffersOwnCopies saves a copy with Spara kopia som…
// and opens Återställ: the copy is listed beside the backups; with
// nothing selected the dialog says so and cannot restore; with the copy
// chosen it asks before replacing the open file, and Avbryt there
// leaves the file as it is.
func TestRestoreAsksAndOffersOwnCopies(t *testing.T) {
	u := newDemoUI(t)
	w := u.Window()
	copyPath := filepath.Join(t.TempDir(), "inför mötet.db")
	if err := u.svc.SaveCopy(copyPath); err != nil {
		t.Fatal(err)
	}
	a := &domain.Asset{Name: "Skapad efter kopian"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.restoreBackup()
	if !screenHasText(w, "egen kopia: "+copyPath) {
		t.Fatal("the own copy is not offered")
	}
	restore := findButton(t, w, "Återställ…")
	if !restore.Disabled() || !screenHasText(w, "Ingen kopia är vald") {
		t.Error("with nothing selected the dialog does not say so, or can restore")
	}
	selectCopy(t, w, copyPath)
	test.Tap(restore)
	if !screenHasText(w, "Ersätta klassningar.db med kopian från") {
		t.Fatal("restore does not ask before it replaces the open file")
	}
	test.Tap(findButton(t, w, "Avbryt"))
	if got, _ := u.svc.AssetByName(a.Name); got == nil {
		t.Fatal("Avbryt replaced the file")
	}
	u.restoreBackup()
	selectCopy(t, w, copyPath)
	test.Tap(findButton(t, w, "Återställ…"))
	test.Tap(findButton(t, w, "Ersätt filen"))
	if u.svc == nil {
		t.Fatal("the restored file did not open")
	}
	if got, _ := u.svc.AssetByName(a.Name); got != nil {
		t.Error("the file was not restored from the own copy")
	}
}

// selectCopy selects the row of the restore list that names the own copy at path.
func selectCopy(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	list := findList(t, w)
	for i := 0; i < list.Length(); i++ {
		list.Select(i)
		for _, o := range objects(w) {
			if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "Vald: ") && strings.Contains(l.Text, "egen kopia: "+path) {
				return
			}
		}
	}
	t.Fatalf("no row names %s", path)
}

// findList returns the last list on screen (dialogs lie on top).
func findList(t *testing.T, w fyne.Window) *widget.List {
	t.Helper()
	var found *widget.List
	for _, o := range objects(w) {
		if l, ok := o.(*widget.List); ok && l.Visible() {
			found = l
		}
	}
	if found == nil {
		t.Fatal("no list on screen")
	}
	return found
}

// TestEscClosesAFileDialog opens the Öppna… dialog and closes it with Esc.
func TestEscClosesAFileDialog(t *testing.T) {
	u := newDemoUI(t)
	u.openDatabase()
	if !u.dialogOpen() {
		t.Fatal("no file dialog")
	}
	pressKey(u, fyne.KeyEscape)
	if u.dialogOpen() {
		t.Error("Esc did not close the file dialog")
	}
}

// TestEscAndEnterInASaveDialog: Esc cancels a save dialog; Enter saves
// under the name it suggests.
func TestEscAndEnterInASaveDialog(t *testing.T) {
	u := newDemoUI(t)
	u.saveCopy()
	pressKey(u, fyne.KeyEscape)
	if u.dialogOpen() {
		t.Fatal("Esc did not cancel the save dialog")
	}
	saved := ""
	u.showFileDialog(saveDialog(u.win, "kopia.db", ".db", func(path string) { saved = path }))
	pressKey(u, fyne.KeyReturn)
	if filepath.Base(saved) != "kopia.db" {
		t.Errorf("Enter saved %q, want kopia.db", saved)
	}
}

// TestOpenListsOnlyRegularFiles: the open dialog's filter leaves out a
// named pipe called x.db (opening it would hang) and keeps a database.
func TestOpenListsOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "rör.db")
	if err := mkfifo(fifo); err != nil {
		t.Skip("mkfifo:", err)
	}
	db := filepath.Join(dir, "klassningar.db")
	os.WriteFile(db, nil, 0o644)
	f := regularFilter{storage.NewExtensionFileFilter([]string{".db"})}
	if f.Matches(storage.NewFileURI(fifo)) {
		t.Error("a FIFO named rör.db is listed")
	}
	if !f.Matches(storage.NewFileURI(db)) || !f.Matches(storage.NewFileURI(dir)) {
		t.Error("a database or a folder is not listed")
	}
}
