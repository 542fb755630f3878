package tempfile

import (
	"io"
	"os"
	"path/filepath"
)

// WriteAtomic writes a file at path through write: into a temporary file
// beside it named by this process (prefix, suffix), synced, given the
// ordinary mode 0644 and renamed over path, so that path holds the whole
// file or what it held before. Leftovers of a killed writer with the
// same prefix and suffix are swept first.
func WriteAtomic(path, prefix, suffix string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	Sweep(dir, prefix, suffix)
	tmp, err := Create(dir, prefix, suffix)
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil { // a temporary file is private; the written file is not
		return err
	}
	return os.Rename(tmp.Name(), path)
}
