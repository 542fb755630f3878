package xlsx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestTempSweep: the folder of a process that is gone (an export that
// was killed) is removed by the next export; a live process's is kept,
// and an export leaves nothing of its own behind.
func TestTempSweep(t *testing.T) {
	old := tempRoot
	tempRoot = t.TempDir()
	t.Cleanup(func() { tempRoot = old })
	cmd := exec.Command("sleep", "0")
	if err := cmd.Run(); err != nil {
		t.Skip("no sleep command")
	}
	dead := filepath.Join(tempRoot, "run-"+strconv.Itoa(cmd.ProcessState.Pid()))
	os.MkdirAll(dead, 0o700)
	os.WriteFile(filepath.Join(dead, "excelize-123456"), bytes.Repeat([]byte("x"), 1024), 0o600)
	live := exec.Command("sleep", "30")
	if err := live.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { live.Process.Kill(); live.Wait() })
	running := filepath.Join(tempRoot, "run-"+strconv.Itoa(live.Process.Pid))
	os.MkdirAll(running, 0o700)
	ancient := filepath.Join(tempRoot, "excelize-old")
	os.WriteFile(ancient, nil, 0o600)
	os.Chtimes(ancient, time.Now().Add(-30*24*time.Hour), time.Now().Add(-30*24*time.Hour))

	db := demoDB(t, 5)
	d, _ := Load(db, today)
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Errorf("a killed export's files are left: %v", err)
	}
	if _, err := os.Stat(ancient); !os.IsNotExist(err) {
		t.Errorf("a month-old file is left: %v", err)
	}
	if _, err := os.Stat(running); err != nil {
		t.Errorf("a running export's folder was removed: %v", err)
	}
	left, _ := os.ReadDir(tempRoot)
	if len(left) != 1 {
		t.Errorf("left in the temporary folder: %v", left)
	}
}
