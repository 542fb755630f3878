//go:build unix

package app

import (
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// folderState is every file of dir with the sha256 of its content (or
// its mode for what is not a regular file).
func folderState(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.Mode().IsRegular() {
			out[e.Name()] = fi.Mode().String()
			continue
		}
		b, _ := os.ReadFile(p)
		h := sha256.Sum256(b)
		out[e.Name()] = string(h[:])
	}
	return out
}

// TestExportRefusesSpecialTargets: an export onto a folder, a device, a
// named pipe or a side file of the database is refused in Swedish,
// before anything is written, and the folder holds the same files with
// the same content afterwards; a new name and a regular file are
// written.
func TestExportRefusesSpecialTargets(t *testing.T) {
	s := openTempService(t)
	undecided(t, s, true)
	ctx := context.Background()
	dir := filepath.Dir(s.Path())
	fifo := filepath.Join(dir, "rör.xlsx")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	sub := filepath.Join(dir, "mapp")
	os.Mkdir(sub, 0o755)
	loop := filepath.Join(dir, "slinga")
	os.Symlink(loop, loop)
	os.WriteFile(s.Path()+".lock", []byte("lås"), 0o644)
	cases := []struct{ target, want string }{
		{sub, "är en mapp"},
		{fifo, "namngiven pipe"},
		{"/dev/null", "är en enhet"},
		{"/dev/full", "är en enhet"},
		{s.Path() + "-wal", "hör till databasen"},
		{s.Path() + "-shm", "hör till databasen"},
		{s.Path() + "-journal", "hör till databasen"},
		{s.Path() + ".lock", "hör till databasen"},
		{filepath.Join(loop, "lista.xlsx"), "slinga av symboliska länkar"},
		{filepath.Join(dir, "saknas", "lista.xlsx"), "mappen för lista.xlsx finns inte"},
	}
	for _, c := range cases {
		before := folderState(t, dir)
		_, err := s.ExportList(ctx, c.target, ListOptions{})
		if !errors.Is(err, ErrBadTarget) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("export -o %s: %v, want %q", c.target, err, c.want)
		}
		if strings.Contains(err.Error(), ".infoklass-export") {
			t.Errorf("message names a temporary file: %v", err)
		}
		if _, _, err := s.ExportAsset(ctx, c.target, "Bygglovshantering", AssetExport{}); !errors.Is(err, ErrBadTarget) {
			t.Errorf("asset export -o %s: %v", c.target, err)
		}
		after := folderState(t, dir)
		for k, v := range before {
			if after[k] != v && !strings.HasSuffix(k, "-wal") && !strings.HasSuffix(k, "-shm") {
				t.Errorf("%s: %s changed", c.target, k)
			}
		}
		for k := range after {
			if _, ok := before[k]; !ok {
				t.Errorf("%s: new file %s", c.target, k)
			}
		}
	}
	if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode().IsRegular() {
		t.Errorf("/dev/null is no longer a device: %v", err)
	}
	for _, ok := range []string{filepath.Join(sub, "lista.xlsx"), filepath.Join(sub, "lista.xlsx")} {
		if _, err := s.ExportList(ctx, ok, ListOptions{}); err != nil {
			t.Errorf("export to %s: %v", ok, err)
		}
	}
}
