package tempfile

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// deadPID returns the id of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// TestSweep leaves what killed processes left, a file of this process
// and one of an earlier Infoklass, and sweeps: only the leftovers go.
func TestSweep(t *testing.T) {
	dir := t.TempDir()
	dead := deadPID(t)
	names := map[string]bool{ // name: removed by the sweep
		fmt.Sprintf(".infoklass-export-%d-123.xlsx", dead):        true,
		fmt.Sprintf(".infoklass-export-%d-9.xlsx", os.Getpid()):   false,
		".infoklass-export-4711.xlsx":                             true,  // old naming, two hours old
		".infoklass-export-4712.xlsx":                             false, // old naming, just written
		fmt.Sprintf(".infoklass-export-%d-123.xlsx.txt", dead):    false, // another suffix
		fmt.Sprintf("infoklass-export-%d-123.xlsx", dead):         false, // another prefix
		fmt.Sprintf(".infoklass-export-%d-dir.xlsx", dead) + "/x": true,
	}
	for n := range names {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("data"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(filepath.Join(dir, ".infoklass-export-4711.xlsx"), old, old)
	if n := Sweep(dir, ".infoklass-export-", ".xlsx"); n != 3 {
		t.Errorf("swept %d, want 3", n)
	}
	for n, gone := range names {
		_, err := os.Stat(filepath.Join(dir, n))
		if gone != os.IsNotExist(err) {
			t.Errorf("%s: removed %v, want %v", n, os.IsNotExist(err), gone)
		}
	}
}

// TestNamesCarryTheOwner makes a file and a folder: both are named by
// this process, and a sweep leaves them.
func TestNamesCarryTheOwner(t *testing.T) {
	dir := t.TempDir()
	f, err := Create(dir, ".infoklass-aterstallning-", ".db")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	d, err := MkdirTemp(dir, "infoklass-preview-")
	if err != nil {
		t.Fatal(err)
	}
	Sweep(dir, ".infoklass-aterstallning-", ".db")
	Sweep(dir, "infoklass-preview-", "")
	for _, p := range []string{f.Name(), d} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("a file in use was swept: %v", err)
		}
	}
}
