package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
		"Exportera underlag…":        func() { u.exportAsset(assets[0].Asset) },
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
