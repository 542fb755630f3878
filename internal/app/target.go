package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ErrBadTarget is returned for a path an export does not write to.
var ErrBadTarget = errors.New("exporten skrivs inte dit")

// sideSuffixes are the files SQLite and Infoklass keep beside a
// database: its write-ahead log, shared memory, rollback journal and
// lock. Writing over one destroys the database's latest changes.
var sideSuffixes = []string{"-wal", "-shm", "-journal", ".lock"}

// writableTarget refuses a path an export must not write to: a folder,
// a device (/dev/null, /dev/full), a named pipe, a socket, a side file
// of a database, or a new path whose folder cannot be reached. Only a
// regular file, or a new name in a folder that exists, is written. A
// symbolic link is judged by what it points to.
func writableTarget(path string) error {
	name := filepath.Base(path)
	for _, suf := range sideSuffixes {
		if stem := strings.TrimSuffix(path, suf); stem != path && stem != "" {
			if fi, err := os.Stat(stem); err == nil && fi.Mode().IsRegular() {
				return fmt.Errorf("%w: %s hör till databasen %s (dess %s-fil); välj ett annat filnamn, som lista.xlsx", ErrBadTarget, name, filepath.Base(stem), strings.TrimLeft(suf, "-."))
			}
		}
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil:
		return regularTarget(name, fi.Mode())
	case errors.Is(err, fs.ErrNotExist):
		return targetFolder(path)
	}
	return targetErr(name, err)
}

func regularTarget(name string, m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return fmt.Errorf("%w: %s är en mapp; ange en fil i mappen, som %s", ErrBadTarget, name, filepath.Join(name, "lista.xlsx"))
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: %s är en namngiven pipe (FIFO), inte en fil", ErrBadTarget, name)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%w: %s är en enhet, inte en fil", ErrBadTarget, name)
	}
	return fmt.Errorf("%w: %s är ingen vanlig fil", ErrBadTarget, name)
}

// targetFolder checks that the folder of a new path exists and is a
// folder.
func targetFolder(path string) error {
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	if err != nil {
		return targetErr(filepath.Base(path), err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%w: %s ligger inte i en mapp (%s är ingen mapp)", ErrBadTarget, filepath.Base(path), filepath.Base(dir))
	}
	return nil
}

// targetErr says in Swedish why path could not be reached.
func targetErr(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: mappen för %s finns inte", ErrBadTarget, name)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w: du har inte behörighet till mappen för %s", ErrBadTarget, name)
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("%w: sökvägen till %s är en slinga av symboliska länkar", ErrBadTarget, name)
	case errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("%w: en del av sökvägen till %s är ingen mapp", ErrBadTarget, name)
	case errors.Is(err, syscall.ENAMETOOLONG):
		return fmt.Errorf("%w: sökvägen till %s är för lång", ErrBadTarget, name)
	}
	return fmt.Errorf("%w: %s går inte att nå", ErrBadTarget, name)
}
