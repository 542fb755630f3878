package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestScreenshots writes the README's pictures of the silent vote
// (hidden and revealed) and of the library, rendered by Fyne's software
// painter at 1600×1000, when INFOKLASS_SCREENSHOTS names a folder:
//
//	INFOKLASS_SCREENSHOTS=$PWD/docs/screenshots go test -tags ci -run TestScreenshots ./internal/ui/
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("INFOKLASS_SCREENSHOTS")
	if dir == "" {
		t.Skip("INFOKLASS_SCREENSHOTS is not set")
	}
	u, _ := newTestUI(t)
	u.app.Settings().SetTheme(u.theme)
	win := u.Window()
	win.Resize(fyne.NewSize(1600, 1000))
	shot := func(name string) {
		img := win.Canvas().Capture()
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}

	a := &domain.Asset{Name: "Hemtjänstplanering", OwnerName: "Maria Lindqvist"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(a.ID)
	w := u.workshop
	for _, p := range []domain.Participant{{Name: "Nils Åberg", Role: domain.RoleISAM},
		{Name: "Sara Holm", Role: domain.RoleDSO}, {Name: "Omar Said", Role: domain.RoleRepresentative}, {Name: "Li Berg", Role: domain.RoleSystemManager}} {
		if err := u.svc.AddParticipant(w.c.ID, &p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.addInfoType("Besöksscheman med adresser"); err != nil {
		t.Fatal(err)
	}
	w.show(stepClassify)
	c, _ := u.svc.Classification(w.c.ID)
	p := newVotePanel(u.svc, win, c, &c.InfoTypes[0], domain.Confidentiality, u.showError)
	step := win.Canvas().Content()
	win.SetContent(container.NewBorder(nil, p.content, nil, nil, step))
	p.TypedRune('r')
	for _, r := range "234" {
		p.TypedRune(r)
	}
	shot("vote-hidden.png")
	p.TypedRune('3')
	p.TypedRune('4')
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	shot("vote-revealed.png")

	u.showRegister()
	for _, n := range []string{"socialtjanst-v1.xlsx", "socialtjanst-v2.xlsx"} {
		if _, err := u.svc.ImportNorm(filepath.Join("..", "..", "testdata", "norms", n)); err != nil {
			t.Fatal(err)
		}
	}
	l := newLibraryView(u.svc, win, u.showError, u.showFileDialog, nil)
	l.Show()
	l.list.Select(1)
	shot("library.png")
}
