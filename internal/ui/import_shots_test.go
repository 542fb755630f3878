package ui

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/infoklass/infoklass/internal/app"
)

// TestImportScreenshots writes the README's pictures of the import
// preview (the columns and their fields, and the changes) when
// INFOKLASS_SCREENSHOTS names a folder:
//
//	INFOKLASS_SCREENSHOTS=$PWD/docs/screenshots go test -tags ci -run TestImportScreenshots ./internal/ui/
func TestImportScreenshots(t *testing.T) {
	dir := os.Getenv("INFOKLASS_SCREENSHOTS")
	if dir == "" {
		t.Skip("INFOKLASS_SCREENSHOTS is not set")
	}
	u, _ := newTestUI(t)
	u.app.Settings().SetTheme(u.theme)
	w := u.Window()
	w.Resize(fyne.NewSize(1400, 900))
	shot := func(name string) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join("..", "..", "testdata", "lists", "skyddsbehov-tva-rader.xlsx")
	p, err := u.svc.PreviewImportWith(context.Background(), file, app.ImportOptions{Map: map[string]string{"Förvaltningsobjekt": "läses inte"}})
	if err != nil {
		t.Fatal(err)
	}
	u.showImportPreview(p)
	showTab(w, "Kolumner")
	shot("import-columns.png")
	showTab(w, "Ändringar")
	shot("import-changes.png")
}
