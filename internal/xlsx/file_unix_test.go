//go:build unix

package xlsx

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadFileRefusesSpecialFiles: a folder, a device, a named pipe and
// a file larger than the limit are refused by their Stat, before a byte
// is read, in Swedish and with the real figures; nothing hangs.
func TestReadFileRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "lista.xlsx")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("mkfifo:", err)
	}
	huge := filepath.Join(dir, "stor.xlsx")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(3 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	loop := filepath.Join(dir, "slinga.xlsx")
	os.Symlink(loop, loop)
	for _, c := range []struct{ path, want string }{
		{fifo, "lista.xlsx är en namngiven pipe"},
		{"/dev/zero", "zero är en enhet"},
		{dir, "är en mapp"},
		{huge, "stor.xlsx är 3 072,0 MB, gränsen är 512,0 MB"},
		{filepath.Join(dir, "saknas.xlsx"), "filen saknas.xlsx finns inte"},
		{loop, "slinga av symboliska länkar"},
		{filepath.Join(huge, "x.xlsx"), "ingen mapp"},
	} {
		var err error
		mb, took := peakHeap(func() { _, err = ReadFile(c.path) })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.path, err, c.want)
		}
		if mb > 300 || took > 10*time.Second {
			t.Errorf("%s: %d MB, %v", c.path, mb, took)
		}
	}
	if a, b := sizes(512<<20+1, 512<<20); a == b {
		t.Errorf("sizes say %s for both", a)
	}
}
