package tempfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// WriteAtomic writes a file at path through write: into a temporary file
// beside it named by this process (prefix, suffix), synced, given the
// ordinary mode 0644 and renamed over path, so that path holds the whole
// file or what it held before. Leftovers of a killed writer with the
// same prefix and suffix are swept first. An error is a *WriteError that
// names path, never the temporary file, and keeps the system's error
// (syscall.ENOSPC for a full disk) for errors.Is and errors.As.
func WriteAtomic(path, prefix, suffix string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	Sweep(dir, prefix, suffix)
	tmp, err := Create(dir, prefix, suffix)
	if err != nil {
		return writeError(path, "", err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return writeError(path, tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return writeError(path, tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return writeError(path, tmp.Name(), err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil { // a temporary file is private; the written file is not
		return writeError(path, tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return writeError(path, tmp.Name(), err)
	}
	return nil
}

// WriteError is a file that could not be written: Path is the file the
// caller asked for, Err why, with the temporary file's name taken out.
type WriteError struct {
	Path string
	Err  error
}

func (e *WriteError) Error() string { return "write " + e.Path + ": " + e.Err.Error() }

func (e *WriteError) Unwrap() error { return e.Err }

// writeError is err of writing path through the temporary file tmp: a
// path or link error of the system names path instead of tmp, and any
// other text that names tmp names path.
func writeError(path, tmp string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	case errors.As(err, &le):
		err = &fs.PathError{Op: "write", Path: path, Err: le.Err}
	case tmp != "" && strings.Contains(err.Error(), tmp):
		err = &renamed{err: err, text: strings.ReplaceAll(err.Error(), tmp, path)}
	}
	return &WriteError{Path: path, Err: err}
}

// renamed is an error whose text named the temporary file.
type renamed struct {
	err  error
	text string
}

func (r *renamed) Error() string { return r.text }
func (r *renamed) Unwrap() error { return r.err }
