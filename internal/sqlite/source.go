package sqlite

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"github.com/infoklass/infoklass/internal/tempfile"
)

// source is a way to read a database file that writes nothing in it or
// beside it: no byte of the file or its -wal changes, and no -wal, -shm
// or journal is created.
type source struct {
	dsn string
	tmp string // the folder of a private copy, removed by close
}

// readSource chooses how to read the database at path read-only:
//
//   - With a -wal and a -shm beside it (a writer may have it open, or
//     one was killed), SQLite reads it in place in read-only mode; both
//     side files exist, so none is created, and a read-only connection
//     never checkpoints.
//   - With a WAL that holds frames but no -shm, or a hot rollback
//     journal, SQLite would have to create the -shm or roll the journal
//     back; the file and its side files are copied to a private folder
//     and the copy is read instead.
//   - Otherwise the main file is the whole database, and it is read as
//     immutable: no locks and no side files at all, even in a read-only
//     folder. (A writer that starts while it is read is another
//     program's; Infoklass's own writers are kept out by the lock.)
func readSource(path string) (*source, error) { return openSource(path, true) }

// openSource is readSource; queryOnly false lets the connection write
// other files (VACUUM INTO), never the database itself.
func openSource(path string, queryOnly bool) (*source, error) {
	_, walErr := os.Stat(path + "-wal")
	_, shmErr := os.Stat(path + "-shm")
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	if queryOnly {
		q.Add("_pragma", "query_only(1)")
	}
	switch {
	case walErr == nil && shmErr == nil:
		q.Set("mode", "ro")
		return &source{dsn: fileURI(path, q)}, nil
	case sideSize(path+"-wal") > 0 || sideSize(path+"-journal") > 0:
		tempfile.Sweep("", "infoklass-kopia-", "")
		dir, err := tempfile.MkdirTemp("", "infoklass-kopia-")
		if err != nil {
			return nil, fmt.Errorf("copy for reading: %w", err)
		}
		cp := filepath.Join(dir, "kopia.db")
		for _, side := range []string{"", "-wal", "-journal"} {
			if side != "" && sideSize(path+side) == 0 {
				continue
			}
			if err := copyFile(path+side, cp+side); err != nil {
				os.RemoveAll(dir)
				return nil, fmt.Errorf("copy for reading: %w", err)
			}
		}
		return &source{dsn: fileURI(cp, q), tmp: dir}, nil
	}
	q.Set("mode", "ro")
	q.Set("immutable", "1")
	return &source{dsn: fileURI(path, q)}, nil
}

// close removes the private copy, if one was made.
func (s *source) close() {
	if s.tmp != "" {
		os.RemoveAll(s.tmp)
		s.tmp = ""
	}
}

// copyFile copies src to a new file dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
