package app

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

	"github.com/infoklass/infoklass/internal/tempfile"
)

// fullExport is what an export's atomic write returns when the disk
// fills while the workbook is written: the system's error as the
// temporary file reports it.
func fullExport(t *testing.T, target string, errno error) (error, string) {
	t.Helper()
	var tmp string
	err := tempfile.WriteAtomic(target, ".infoklass-export-", ".xlsx", func(w io.Writer) error {
		tmp = w.(*os.File).Name()
		return fmt.Errorf("xlsx: %w", &fs.PathError{Op: "write", Path: tmp, Err: errno})
	})
	return err, filepath.Base(tmp)
}

// TestDiskFullOnEveryWritePath: a write that fails because the disk is
// full says "disken är full" and names the user's file — the workbook,
// the document, the backup's database, the copy, the database an import
// writes into — never a temporary file, in the window and on the
// command line. Other errors keep their own words.
func TestDiskFullOnEveryWritePath(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "infoklass.db")
	sqliteFull := errors.New("database or disk is full (13)")
	type tc struct {
		name, path, tmp string
		err             error
	}
	var cases []tc
	for _, target := range []string{"lista.xlsx", "Bygglov leverantör utkast.xlsx", "Ledningens genomgång 2026.docx", "Protokoll Bygglov.pdf"} {
		err, tmp := fullExport(t, filepath.Join(dir, target), syscall.ENOSPC)
		cases = append(cases, tc{"export " + target, filepath.Join(dir, target), tmp, err})
	}
	err, tmp := fullExport(t, filepath.Join(dir, "kvot.xlsx"), syscall.EDQUOT)
	cases = append(cases, tc{"quota", filepath.Join(dir, "kvot.xlsx"), tmp, err})
	cases = append(cases, []tc{
		{"backup", db, ".x.db-123-fore-import.db.tmp", onFile(db, writeBackup, fmt.Errorf("backup of %s to .x.db-123-fore-import.db.tmp: %w", db, sqliteFull))},
		{"backup before an import", db, "", fmt.Errorf("importen gjordes inte: säkerhetskopian före importen kunde inte skrivas: %w", onFile(db, writeBackup, syscall.ENOSPC))},
		{"copy", filepath.Join(dir, "kopia.db"), "", onFile(filepath.Join(dir, "kopia.db"), writeCopy, &fs.PathError{Op: "write", Path: filepath.Join(dir, "kopia.db"), Err: syscall.ENOSPC})},
		{"import apply", db, "", fmt.Errorf("importera lista.xlsx: %w", onFile(db, writeDatabase, fmt.Errorf("rad 12: %w", sqliteFull)))},
	}...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			format, args, ok := Message(c.err)
			win := fmt.Sprintf(format, args...)
			for where, text := range map[string]string{"window": win, "command line": CLIMessage(c.err)} {
				if !ok || !strings.Contains(text, "disken är full") || !strings.Contains(text, c.path) {
					t.Errorf("%s: %q, want disk full naming %s", where, text, c.path)
				}
				if c.tmp != "" && strings.Contains(text, c.tmp) || strings.Contains(text, ".tmp") || strings.Contains(text, "(13)") {
					t.Errorf("%s names the temporary file or the driver: %q", where, text)
				}
			}
		})
	}
	// Not full: the class's own words, still no temporary file.
	err, tmp = fullExport(t, filepath.Join(dir, "skyddad.xlsx"), syscall.EACCES)
	if f, args, _ := Message(err); strings.Contains(fmt.Sprintf(f, args...), "full") || strings.Contains(fmt.Sprintf(f, args...), tmp) {
		t.Errorf("permission denied: %q", fmt.Sprintf(f, args...))
	}
}

// TestDriverTextNeverShown: database/sql's and the driver's own words
// become a Swedish sentence about the database, naming the column when
// the driver does.
func TestDriverTextNeverShown(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("classification 3: %w", errors.New(`sql: Scan error on column index 23, name "decided_on": unsupported Scan, storing driver.Value type int64 into type *string`)), "kolumnen decided_on"},
		{errors.New(`sql: Scan error on column index 2, name "status": converting NULL to string is unsupported`), "kolumnen status"},
		{fmt.Errorf("history: %w", errors.New("sql: transaction has already been committed or rolled back")), "inte väntade sig"},
		{codeError{"SQL logic error: no such column: x (1)", 1}, "inte väntade sig"},
	} {
		format, args, ok := Message(c.err)
		win, cli := fmt.Sprintf(format, args...), CLIMessage(c.err)
		for _, text := range []string{win, cli} {
			if !ok || !strings.Contains(text, c.want) || strings.Contains(text, "sql:") || strings.Contains(text, "Scan") || strings.Contains(text, "SQL logic") {
				t.Errorf("%v: %q, want %q and no driver text", c.err, text, c.want)
			}
		}
	}
}

// codeError is an error of the SQLite driver: its text and result code.
type codeError struct {
	text string
	code int
}

func (e codeError) Error() string { return e.text }
func (e codeError) Code() int     { return e.code }
