package xlsx

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportRemovesWhatAKilledExportLeft leaves the temporary file of an
// export whose process was killed (full data, mode 0600) beside the
// target: the next export to that folder removes it, and leaves the
// temporary file of an export still running.
func TestExportRemovesWhatAKilledExportLeft(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	killed := filepath.Join(dir, fmt.Sprintf("%s%d-5512.xlsx", exportPrefix, cmd.Process.Pid))
	running := filepath.Join(dir, fmt.Sprintf("%s%d-5513.xlsx", exportPrefix, os.Getppid()))
	for _, p := range []string{killed, running} {
		if err := os.WriteFile(p, []byte(strings.Repeat("PK", 4096)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db := demoDB(t, 0)
	d, _ := Load(db, today)
	if err := WriteFile(filepath.Join(dir, "lista.xlsx"), d); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(killed); !os.IsNotExist(err) {
		t.Error("the killed export's temporary file is still there")
	}
	if _, err := os.Stat(running); err != nil {
		t.Errorf("a running process's temporary file was removed: %v", err)
	}
}
