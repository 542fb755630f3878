package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/app"
)

// TestSyncedFolderWarning: a database in a Dropbox folder is not opened
// before the warning is answered; Avbryt leaves it closed, Öppna ändå opens
// it without WAL, and the window title says so.
func TestSyncedFolderWarning(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "Dropbox (Kommunen)", "klassningar.db")
	u := New(a)
	u.Window().Resize(fyne.NewSize(1400, 1000))
	t.Cleanup(func() {
		u.jobs.Wait()
		u.stopTicking()
		if u.svc != nil {
			u.svc.Close()
		}
	})
	if err := u.Open(path); !errors.Is(err, errAwaitingChoice) {
		t.Fatalf("Open in a Dropbox folder = %v, want errAwaitingChoice", err)
	}
	if u.svc != nil || !screenHasText(u.win, "synkroniserar") {
		t.Fatal("the database opened without the warning")
	}
	test.Tap(findButton(t, u.win, "Avbryt"))
	if u.svc != nil {
		t.Fatal("Avbryt opened the database")
	}
	u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top()) // the file dialog Avbryt offered
	u.Open(path)
	test.Tap(findButton(t, u.win, "Öppna ändå"))
	if u.svc == nil || !u.svc.Exclusive() {
		t.Fatal("Öppna ändå did not open the database exclusively")
	}
	if title := u.win.Title(); !strings.Contains(title, "synkad mapp") {
		t.Errorf("title %q does not say the folder is synced", title)
	}
}

// TestSyncedFolderMove: Flytta till datamappen moves the database out of
// the OneDrive folder into the data folder and opens it there, with WAL.
func TestSyncedFolderMove(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "OneDrive - Kommunen", "klassningar.db")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	svc, err := app.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	svc.Close()
	u := New(a)
	u.DataDir = filepath.Join(t.TempDir(), "Infoklass")
	u.Window().Resize(fyne.NewSize(1400, 1000))
	t.Cleanup(func() {
		u.jobs.Wait()
		u.stopTicking()
		if u.svc != nil {
			u.svc.Close()
		}
	})
	u.Open(path)
	if !screenHasText(u.win, u.DataDir) {
		t.Error("the warning does not say where the file would go")
	}
	test.Tap(findButton(t, u.win, "Flytta till datamappen"))
	want := filepath.Join(u.DataDir, "klassningar.db")
	if u.svc == nil || u.svc.Path() != want || u.svc.Exclusive() {
		t.Fatalf("after the move the open database is %v, want %s opened normally", u.svc, want)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the file is still in the OneDrive folder: %v", err)
	}
	if !screenHasText(u.win, "Databasen ligger nu i") {
		t.Error("no word of where the database went")
	}
}
