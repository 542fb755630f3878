package xlsx

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ReadFile reads the workbook at path for an import, with the limits
// DefaultLimits sets. Only a regular file is read: a folder, a device
// such as /dev/zero or a named pipe (which would wait forever for a
// writer) is refused by its Stat, before it is opened, and so is a file
// larger than the limit, before a byte of it is read. Every error is
// Swedish and names the file by its base name.
func ReadFile(path string) ([]byte, error) { return ReadFileLimit(path, DefaultLimits.FileBytes) }

// ReadFileLimit reads the workbook at path as ReadFile does, refusing a
// file larger than limit bytes.
func ReadFileLimit(path string, limit int64) ([]byte, error) {
	name := filepath.Base(path)
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fileErr(name, err)
	}
	if err := regular(name, fi, limit); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileErr(name, err)
	}
	defer f.Close()
	// The file may have been replaced between Stat and Open.
	if fi, err = f.Stat(); err != nil {
		return nil, fileErr(name, err)
	}
	if err := regular(name, fi, limit); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fileErr(name, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, int64(len(data)), limit)
	}
	return data, nil
}

// regular refuses what is not a regular file of at most limit bytes.
func regular(name string, fi fs.FileInfo, limit int64) error {
	m := fi.Mode()
	switch {
	case m.IsDir():
		return fmt.Errorf("%w: %s är en mapp, inte en fil; välj arbetsboken i mappen", ErrNotFile, name)
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: %s är en namngiven pipe (FIFO), inte en fil", ErrNotFile, name)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w: %s är en socket, inte en fil", ErrNotFile, name)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%w: %s är en enhet, inte en fil", ErrNotFile, name)
	case !m.IsRegular():
		return fmt.Errorf("%w: %s är ingen vanlig fil", ErrNotFile, name)
	case fi.Size() > limit:
		return tooLarge(name, fi.Size(), limit)
	}
	return nil
}

func tooLarge(name string, size, limit int64) error {
	a, b := sizes(size, limit)
	return fmt.Errorf("%w: %s är %s, gränsen är %s", ErrTooLarge, name, a, b)
}

// fileErr says in Swedish why the file name could not be read.
func fileErr(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: filen %s finns inte", ErrNotFile, name)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w: du har inte behörighet att läsa %s", ErrNotFile, name)
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("%w: sökvägen till %s är en slinga av symboliska länkar", ErrNotFile, name)
	case errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("%w: en del av sökvägen till %s är ingen mapp", ErrNotFile, name)
	case errors.Is(err, syscall.EISDIR):
		return fmt.Errorf("%w: %s är en mapp, inte en fil", ErrNotFile, name)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%w: %s kunde inte läsas (%v)", ErrNotFile, name, err)
}
