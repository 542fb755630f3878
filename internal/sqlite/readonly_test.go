//go:build !windows

package sqlite

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestReadOnlyOpenCreatesNothing opens a healthy database that cannot be
// written (simulated: the tests run as root) and checks that nothing is
// created beside it: no -wal or -shm that would carry the file's mode
// 0444 and make every later write fail, and no lock. A writer can then
// open and write it as usual.
func TestReadOnlyOpenCreatesNothing(t *testing.T) {
	for _, how := range []string{"Open of an unwritable file", "OpenReadOnly"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "skrivskyddad.db")
			healthy(t, path, 3)
			must(t, os.Chmod(path, 0o444))
			before := snapshot(t, dir)
			open := OpenReadOnly
			if how != "OpenReadOnly" {
				writableFn = func(string) bool { return false }
				defer func() { writableFn = writable }()
				open = Open
			}
			db, err := open(path)
			if err != nil {
				t.Fatalf("a healthy read-only database was refused: %v", err)
			}
			if !db.ReadOnly() {
				t.Error("not opened read-only")
			}
			if list, err := db.Assets(ctx); err != nil || len(list) != 3 {
				t.Errorf("%d assets (%v)", len(list), err)
			}
			if err := db.CreateAsset(ctx, &domain.Asset{Name: "Ny"}); err != ErrReadOnly {
				t.Errorf("a write to a read-only database: %v", err)
			}
			db.Close()
			if d := diff(before, snapshot(t, dir)); len(d) > 0 {
				t.Fatalf("a read-only open changed the folder: %v", d)
			}
			writableFn = writable
			must(t, os.Chmod(path, 0o644))
			w, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			if w.ReadOnly() {
				t.Fatal("the writable file opened read-only")
			}
			must(t, w.CreateAsset(ctx, &domain.Asset{Name: "Efteråt"}))
		})
	}
}

// TestReadOnlyAsAnotherUser runs the open as an unprivileged user, for
// whom permissions hold: a healthy database in a folder it cannot write
// opens read-only and is not called damaged, and one it cannot write in a
// folder it can gets no -wal or -shm (with mode 0444) beside it.
func TestReadOnlyAsAnotherUser(t *testing.T) {
	bin := unprivilegedBinary(t)
	base := filepath.Dir(bin)
	cases := []struct {
		name            string
		dirMode, dbMode os.FileMode
	}{
		{"read-only folder", 0o755, 0o644},
		{"read-only file in a writable folder", 0o777, 0o444},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, err := os.MkdirTemp(base, "db-")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "lista.db")
			healthy(t, path, 4)
			must(t, os.Chmod(path, c.dbMode))
			must(t, os.Chmod(dir, c.dirMode))
			before := snapshot(t, dir)
			for _, how := range []string{"Open", "OpenReadOnly"} {
				cmd := exec.Command(bin, "-test.run=^TestReadOnlyHelper$", "-test.count=1")
				cmd.Env = append(os.Environ(), "INFOKLASS_RO_DB="+path, "INFOKLASS_RO_HOW="+how)
				cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
				out, err := cmd.CombinedOutput()
				if !strings.Contains(string(out), "read-only 4") {
					t.Fatalf("%s as another user: %v %s", how, err, out)
				}
				if d := diff(before, snapshot(t, dir)); len(d) > 0 {
					t.Fatalf("%s as another user changed the folder: %v", how, d)
				}
			}
		})
	}
}

// TestReadOnlyHelper is run by TestReadOnlyAsAnotherUser.
func TestReadOnlyHelper(t *testing.T) {
	path := os.Getenv("INFOKLASS_RO_DB")
	if path == "" {
		t.Skip("run by TestReadOnlyAsAnotherUser")
	}
	open := Open
	if os.Getenv("INFOKLASS_RO_HOW") == "OpenReadOnly" {
		open = OpenReadOnly
	}
	db, err := open(path)
	if err != nil {
		fmt.Println("error", err, "class", Classify(err))
		os.Exit(3)
	}
	if os.Getenv("INFOKLASS_RO_HOW") == "write" {
		if err := db.CreateAsset(ctx, &domain.Asset{Name: "Skrivs"}); err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Println("written")
		db.Close()
		os.Exit(0)
	}
	list, err := db.Assets(ctx)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	if db.ReadOnly() {
		fmt.Println("read-only", len(list))
	}
	db.Close()
	os.Exit(0)
}

// TestSideFilesOfAnEarlierReadOnlyOpenAreHealed: a -wal and -shm left
// with mode 0444 by a read-only open of an earlier Infoklass get the
// database file's write permission when a writer opens it, so writing
// does not fail with "attempt to write a readonly database". Run as an
// unprivileged user, for whom the modes hold.
func TestSideFilesOfAnEarlierReadOnlyOpenAreHealed(t *testing.T) {
	bin := unprivilegedBinary(t)
	dir, err := os.MkdirTemp(filepath.Dir(bin), "db-")
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.Chmod(dir, 0o755))
	must(t, os.Chown(dir, 65534, 65534))
	path := filepath.Join(dir, "lista.db")
	healthy(t, path, 4)
	must(t, os.WriteFile(path+"-wal", nil, 0o444))
	must(t, os.WriteFile(path+"-shm", make([]byte, 32768), 0o444))
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		must(t, os.Chown(p, 65534, 65534))
	}
	cmd := exec.Command(bin, "-test.run=^TestReadOnlyHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), "INFOKLASS_RO_DB="+path, "INFOKLASS_RO_HOW=write")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if !strings.Contains(string(out), "written") {
		t.Fatalf("a writer beside 0444 side files: %v %s", err, out)
	}
}

// unprivilegedBinary copies the test binary where user nobody can run it,
// and skips the test unless it runs as root.
func unprivilegedBinary(t *testing.T) string {
	t.Helper()
	if os.Getuid() != 0 {
		t.Skip("needs root to run a child as another user")
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	base := t.TempDir()
	must(t, os.Chmod(base, 0o755))
	must(t, os.Chmod(filepath.Dir(base), 0o755)) // the test's own folder
	bin := filepath.Join(base, "sqlite.test")
	exe, _ := os.Executable()
	b, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(bin, b, 0o755))
	return bin
}

// TestPermissionDeniedInSwedish opens, as an unprivileged user, a
// database in a folder it may not enter: the error is classed as a
// permission problem, which the front ends say in Swedish (app's
// TestExplain proves the words quote no English system text).
func TestPermissionDeniedInSwedish(t *testing.T) {
	bin := unprivilegedBinary(t)
	dir, err := os.MkdirTemp(filepath.Dir(bin), "stängd-")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "lista.db")
	healthy(t, path, 1)
	must(t, os.Chmod(dir, 0o700))
	cmd := exec.Command(bin, "-test.run=^TestReadOnlyHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), "INFOKLASS_RO_DB="+path, "INFOKLASS_RO_HOW=Open")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), fmt.Sprintf("class %d", ClassPermission)) {
		t.Errorf("message %s", out)
	}
}
