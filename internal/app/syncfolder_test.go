package app

import "testing"

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
