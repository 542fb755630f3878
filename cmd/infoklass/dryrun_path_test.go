package main

import (
	"bytes"
	"errors"
	"os"
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
				t.Skip("run as root: chmod 000 keeps nobody out; the link loops and the file cover the class")
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
