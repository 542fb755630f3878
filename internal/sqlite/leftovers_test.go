package sqlite

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// deadPID returns the id of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	must(t, cmd.Run())
	return cmd.Process.Pid
}

// TestLeftoversAreRemovedAtTheNextStart leaves what a kill during a
// backup before an import (the temporary copy and its journal, as big as
// the database) and during a restore leaves, and opens the database: the
// next start removes them, and a backup still works.
func TestLeftoversAreRemovedAtTheNextStart(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lista.db")
	healthy(t, path, 3)
	bdir := BackupDir(path)
	must(t, os.MkdirAll(bdir, 0o755))
	left := []string{
		filepath.Join(bdir, ".lista.db-20260301-101500-fore-import.db.tmp"),
		filepath.Join(bdir, ".lista.db-20260301-101500-fore-import.db.tmp-journal"),
		filepath.Join(dir, fmt.Sprintf("%s%d-8812.db", restorePrefix, deadPID(t))),
	}
	kept := filepath.Join(bdir, ".annan.db-20260301-101500-fore-import.db.tmp") // another database's
	for _, p := range append(left, kept) {
		must(t, os.WriteFile(p, []byte(strings.Repeat("x", 8192)), 0o600))
	}
	db, err := Open(path)
	must(t, err)
	defer db.Close()
	for _, p := range left {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s is still there after the next start", filepath.Base(p))
		}
	}
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("another database's file was removed: %v", err)
	}
	if _, err := db.Backup(ctx, "fore-import"); err != nil {
		t.Fatal(err)
	}
}

// TestFailedCreateLeavesNothing creates a database in a child process
// whose files may not grow beyond 2 KB, as on a full disk: the create
// fails, and neither the 0-byte file nor its lock, WAL or shared memory
// is left. Before, a 0-byte new.db and new.db.lock stayed.
func TestFailedCreateLeavesNothing(t *testing.T) {
	if testing.Short() || runtime.GOOS == "windows" {
		t.Skip("runs a child process with a file size limit")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "ny.db")
	out := runHelper(t, "TestFailedCreateHelper", "INFOKLASS_NEW_DB="+path)
	if !strings.Contains(out, "refused") {
		t.Fatalf("the child did not fail: %s", out)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		t.Errorf("left behind: %s", e.Name())
	}
}

// TestFailedCreateHelper is run by TestFailedCreateLeavesNothing.
func TestFailedCreateHelper(t *testing.T) {
	path := os.Getenv("INFOKLASS_NEW_DB")
	if path == "" {
		t.Skip("run by TestFailedCreateLeavesNothing")
	}
	setFileSizeLimit(t, 2048)
	db, err := Open(path)
	if err == nil {
		db.Close()
		fmt.Println("opened")
		os.Exit(0)
	}
	fmt.Println("refused", err)
	os.Exit(0)
}
