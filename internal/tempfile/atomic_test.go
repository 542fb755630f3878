package tempfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestWriteAtomicNamesTheTarget: whatever the writer fails with — a full
// disk as the file reports it, wrapped by a format's writer, or only as
// text — the error names the file asked for and never the temporary
// file, keeps the system's error for errors.Is, and leaves the target as
// it was and no temporary file behind.
func TestWriteAtomicNamesTheTarget(t *testing.T) {
	for _, c := range []struct {
		name string
		fail func(tmp string) error
		is   error
	}{
		{"disk full", func(tmp string) error { return &fs.PathError{Op: "write", Path: tmp, Err: syscall.ENOSPC} }, syscall.ENOSPC},
		{"disk full in the zip writer", func(tmp string) error {
			return fmt.Errorf("zip: write sheet1: %w", &fs.PathError{Op: "write", Path: tmp, Err: syscall.ENOSPC})
		}, syscall.ENOSPC},
		{"quota", func(tmp string) error { return &fs.PathError{Op: "write", Path: tmp, Err: syscall.EDQUOT} }, syscall.EDQUOT},
		{"text only", func(tmp string) error { return errors.New("could not flush " + tmp + ": no space left on device") }, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "lista.xlsx")
			if err := os.WriteFile(target, []byte("förra exporten"), 0o644); err != nil {
				t.Fatal(err)
			}
			var tmp string
			err := WriteAtomic(target, ".infoklass-test-", ".xlsx", func(w io.Writer) error {
				tmp = w.(*os.File).Name()
				io.WriteString(w, "halva filen")
				return c.fail(tmp)
			})
			var we *WriteError
			if !errors.As(err, &we) || we.Path != target {
				t.Fatalf("error %v (%T), want a *WriteError for %s", err, err, target)
			}
			if strings.Contains(err.Error(), filepath.Base(tmp)) || !strings.Contains(err.Error(), target) {
				t.Errorf("error %q names %s or not %s", err, tmp, target)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v is not %v", err, c.is)
			}
			if b, _ := os.ReadFile(target); string(b) != "förra exporten" {
				t.Errorf("target holds %q", b)
			}
			if es, _ := os.ReadDir(dir); len(es) != 1 {
				t.Errorf("%d files left in the folder", len(es))
			}
		})
	}
}
