package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/app"
)

// TestDryRunFailsWhereTheImportFails: a database path that cannot be
// reached — a symbolic link loop, a path behind one, a path below a
// file, a folder without permissions — previewed "14 skapas" with exit 0
// while the import itself failed. The dry run must fail as the import
// fails, with the same Swedish message naming the path, and neither
// may change a byte or leave a file. An empty file, which the import
// makes a database, is previewed as a new one and left empty.
func TestDryRunFailsWhereTheImportFails(t *testing.T) {
	dir := t.TempDir()
	must(t, os.Symlink(filepath.Join(dir, "slinga"), filepath.Join(dir, "slinga")))
	must(t, os.WriteFile(filepath.Join(dir, "fil"), []byte("ingen mapp"), 0o644))
	locked := filepath.Join(dir, "låst")
	must(t, os.Mkdir(locked, 0o755))
	must(t, os.WriteFile(filepath.Join(locked, "register.db"), []byte("x"), 0o644))
	must(t, os.Chmod(locked, 0))
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	_, lockedErr := os.Stat(filepath.Join(locked, "register.db"))
	for _, c := range []struct {
		what, db, words string
	}{
		{"a symbolic link loop", filepath.Join(dir, "slinga"), "länkar"},
		{"a path behind a link loop", filepath.Join(dir, "slinga", "register.db"), "länkar"},
		{"a path below a file", filepath.Join(dir, "fil", "register.db"), "mapp"},
		{"a folder without permissions", filepath.Join(locked, "register.db"), "behörighet"},
	} {
		t.Run(c.what, func(t *testing.T) {
			if strings.Contains(c.what, "permissions") && lockedErr == nil {
				asNobody(t) // root passes chmod 000: the same run as an ordinary user
				return
			}
			before := dirSums(t, dir)
			var msgs [2]string
			for i, dry := range []bool{true, false} {
				args := []string{"-db", c.db, listFile("farsta-isam-lista.xlsx")}
				if dry {
					args = append([]string{"-dry-run"}, args...)
				}
				var out, errOut bytes.Buffer
				err := runImport(args, &out, &errOut)
				if err == nil || errors.Is(err, errFailed) {
					t.Fatalf("dry run %v: %v, stdout:\n%s", dry, err, out.String())
				}
				msgs[i] = app.CLIMessage(err)
				if strings.Contains(out.String(), "skapas") {
					t.Errorf("dry run %v previewed against another database:\n%s", dry, out.String())
				}
			}
			if msgs[0] != msgs[1] {
				t.Errorf("the dry run says\n  %s\nthe import says\n  %s", msgs[0], msgs[1])
			}
			if !strings.Contains(msgs[0], c.db) || !strings.Contains(msgs[0], c.words) {
				t.Errorf("the message does not name %s with %q: %s", c.db, c.words, msgs[0])
			}
			sameSums(t, c.what, before, dirSums(t, dir))
		})
	}
	t.Run("an empty file", func(t *testing.T) {
		empty := filepath.Join(t.TempDir(), "tom.db")
		must(t, os.WriteFile(empty, nil, 0o644))
		var out, errOut bytes.Buffer
		if err := runImport([]string{"-dry-run", "-db", empty, listFile("farsta-isam-lista.xlsx")}, &out, &errOut); err != nil {
			t.Fatalf("%v\n%s", err, errOut.String())
		}
		if fi, _ := os.Stat(empty); fi.Size() != 0 || !strings.Contains(out.String(), "skapas") {
			t.Errorf("size %d after the dry run:\n%s", fi.Size(), out.String())
		}
		if err := runImport([]string{"-db", empty, listFile("farsta-isam-lista.xlsx")}, &out, &errOut); err != nil {
			t.Fatalf("%v\n%s", err, errOut.String())
		}
	})
}

// asNobody runs TestDryRunPermissionHelper as the user nobody, for a
// test run as root, which chmod 000 does not keep out: a copy of the
// test binary and of the list in a folder nobody can read, beside a
// folder nobody may enter.
func asNobody(t *testing.T) {
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("run as root without setpriv: the link loops and the file cover the class")
	}
	dir, err := os.MkdirTemp("", "infoklass-behorighet-")
	must(t, err)
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "låst"), 0o755); os.RemoveAll(dir) })
	must(t, os.Chmod(dir, 0o755))
	copyFile := func(src, dst string, mode os.FileMode) {
		in, err := os.Open(src)
		must(t, err)
		defer in.Close()
		out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, mode)
		must(t, err)
		_, err = io.Copy(out, in)
		must(t, err)
		must(t, out.Close())
	}
	exe, err := os.Executable()
	must(t, err)
	bin := filepath.Join(dir, "infoklass.test")
	copyFile(exe, bin, 0o755)
	copyFile(listFile("farsta-isam-lista.xlsx"), filepath.Join(dir, "lista.xlsx"), 0o644)
	locked := filepath.Join(dir, "låst")
	must(t, os.Mkdir(locked, 0o755))
	must(t, os.WriteFile(filepath.Join(locked, "register.db"), []byte("x"), 0o644))
	must(t, os.Chmod(locked, 0))
	before := dirSums(t, dir)
	cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin, "-test.run=^TestDryRunPermissionHelper$", "-test.v")
	cmd.Env = append(os.Environ(), "INFOKLASS_PERMISSION_DIR="+dir, "HOME="+dir, "TMPDIR="+os.TempDir())
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestDryRunPermissionHelper") {
		t.Fatalf("as nobody: %v\n%s", err, out)
	}
	t.Logf("as nobody:\n%s", out)
	sameSums(t, "the run as nobody", before, dirSums(t, dir))
}

// TestDryRunPermissionHelper, run by asNobody as an ordinary user:
// import -dry-run and import into a folder without permissions fail
// alike, naming the path, in Swedish.
func TestDryRunPermissionHelper(t *testing.T) {
	dir := os.Getenv("INFOKLASS_PERMISSION_DIR")
	if dir == "" {
		t.Skip("run by TestDryRunFailsWhereTheImportFails")
	}
	db := filepath.Join(dir, "låst", "register.db")
	var msgs []string
	for _, dry := range []bool{true, false} {
		args := []string{"-db", db, filepath.Join(dir, "lista.xlsx")}
		if dry {
			args = append([]string{"-dry-run"}, args...)
		}
		var out, errOut bytes.Buffer
		err := runImport(args, &out, &errOut)
		if err == nil || errors.Is(err, errFailed) || strings.Contains(out.String(), "skapas") {
			t.Fatalf("dry run %v: %v, stdout:\n%s", dry, err, out.String())
		}
		msgs = append(msgs, app.CLIMessage(err))
	}
	fmt.Println(msgs[0])
	if msgs[0] != msgs[1] || !strings.Contains(msgs[0], db) || !strings.Contains(msgs[0], "behörighet") {
		t.Fatalf("the dry run says\n  %s\nthe import says\n  %s", msgs[0], msgs[1])
	}
}
