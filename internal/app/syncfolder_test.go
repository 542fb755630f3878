package app

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestSyncedFolder holds the path rules that decide whether a database
// gets the warning about synced folders and network shares.
func TestSyncedFolder(t *testing.T) {
	env := map[string]string{
		"OneDrive":           `C:\Users\anna\OneDrive - Falu kommun`,
		"OneDriveCommercial": `D:\Jobb\Synk`,
	}
	getenv := func(k string) string { return env[k] }
	for _, c := range []struct{ path, want string }{
		{`C:\Users\anna\AppData\Roaming\Infoklass\infoklass.db`, ""},
		{`C:\Users\anna\Documents\Infoklass\infoklass.db`, ""},
		{`C:\Users\anna\OneDrive - Falu kommun\Dokument\infoklass.db`, "OneDrive"},
		{`c:\users\ANNA\onedrive - falu kommun\infoklass.db`, "OneDrive"},
		{`D:\Jobb\Synk\Klassning\infoklass.db`, "OneDrive"},
		{`D:\Jobb\Synkad\infoklass.db`, ""},
		{`C:\Users\bo\OneDrive\Dokument\infoklass.db`, "OneDrive"},
		{`C:\Users\bo\Dropbox (Kommunen)\ISAM\infoklass.db`, "Dropbox"},
		{"/home/bo/Dropbox/infoklass.db", "Dropbox"},
		{`G:\Min enhet\infoklass.db`, "Google Drive"},
		{`G:\My Drive\Klassning\infoklass.db`, "Google Drive"},
		{`C:\Users\bo\iCloudDrive\infoklass.db`, "iCloud Drive"},
		{"/Users/bo/Library/Mobile Documents/com~apple~CloudDocs/infoklass.db", "iCloud Drive"},
		{`\\filserver\isam$\infoklass.db`, networkShare},
		{"//filserver/isam/infoklass.db", networkShare},
		{`\\?\UNC\filserver\isam\infoklass.db`, networkShare},
		{`\\?\C:\Users\anna\Documents\infoklass.db`, ""},
		{`C:\Users\anna\Documents\onedrive.db`, ""},
		{`C:\Users\anna\Documents\OneDriveBackup\infoklass.db`, ""},
		{`C:\Data\Mina klassningar åäö\infoklass.db`, ""},
	} {
		if got := syncedFolder(c.path, getenv, nil); got != c.want {
			t.Errorf("syncedFolder(%q) = %q, want %q", c.path, got, c.want)
		}
	}
	remote := func(p string) bool { return p == `H:\ISAM\infoklass.db` }
	if got := syncedFolder(`H:\ISAM\infoklass.db`, getenv, remote); got != networkShare {
		t.Errorf("a network drive: %q, want %q", got, networkShare)
	}
}

// TestMoveToLocal moves a database out of a "synced" folder into the data
// folder, next to a file of the same name that stays as it is.
func TestMoveToLocal(t *testing.T) {
	synced := filepath.Join(t.TempDir(), "OneDrive - Kommunen")
	data := filepath.Join(t.TempDir(), "Infoklass")
	if err := os.MkdirAll(synced, 0o755); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(synced, "infoklass.db")
	svc, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.FillDemo(context.Background(), 5); err != nil {
		t.Fatal(err)
	}
	want, _ := svc.Register()
	svc.Close()
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "infoklass.db"), []byte("taken"), 0o644); err != nil {
		t.Fatal(err)
	}

	dest, err := MoveToLocal(src, data)
	if err != nil {
		t.Fatal(err)
	}
	if dest != filepath.Join(data, "infoklass (2).db") {
		t.Errorf("moved to %s", dest)
	}
	if _, err := os.Stat(src); !os.IsNotExist(err) {
		t.Errorf("the original is still there: %v", err)
	}
	moved, err := Open(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer moved.Close()
	got, _ := moved.Register()
	if len(got) != len(want) || len(got) == 0 {
		t.Errorf("the moved database has %d assets, want %d", len(got), len(want))
	}
	if SyncedFolder(dest) != "" {
		t.Errorf("the data folder %s counts as synced", dest)
	}
}

// TestMoveToLocalRefusedWhileOpen keeps the file where it is while
// another Infoklass has it open.
func TestMoveToLocalRefusedWhileOpen(t *testing.T) {
	src := filepath.Join(t.TempDir(), "Dropbox", "infoklass.db")
	if err := os.MkdirAll(filepath.Dir(src), 0o755); err != nil {
		t.Fatal(err)
	}
	svc, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	if _, err := MoveToLocal(src, t.TempDir()); err == nil {
		t.Fatal("moved a database another Infoklass has open")
	}
	if _, err := os.Stat(src); err != nil {
		t.Errorf("the original is gone: %v", err)
	}
}
