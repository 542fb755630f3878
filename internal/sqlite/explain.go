package sqlite

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
)

// ErrorClass is what kind of trouble an error from the system or SQLite is.
type ErrorClass int

const (
	ClassNone       ErrorClass = iota // not one of the classes below
	ClassFull                         // the disk (or the user's quota) is full
	ClassPermission                   // not allowed to read or write
	ClassNotFound                     // no such file or folder
	ClassLoop                         // symbolic links that point at each other
	ClassReadOnly                     // the file or file system cannot be written
	ClassBusy                         // another program holds the database
	ClassIO                           // the disk or network failed
	ClassCorrupt                      // SQLite found the file damaged
	ClassLongName                     // the path is too long
)

// SQLite's primary result codes.
const (
	sqlitePerm     = 3
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteAuth     = 23
	sqliteNotADB   = 26
)

// classify finds the class of err: from the operating system's error
// number, SQLite's result code, and as a last resort the English text of
// an error that was wrapped with %v.
func classify(err error) ErrorClass {
	if err == nil {
		return ClassNone
	}
	if errors.Is(err, ErrReadOnly) {
		return ClassReadOnly
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		if c := errnoClass(en); c != ClassNone {
			return c
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ClassNotFound
	case errors.Is(err, fs.ErrPermission):
		return ClassPermission
	}
	var se interface{ Code() int }
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteFull:
			return ClassFull
		case sqlitePerm, sqliteAuth:
			return ClassPermission
		case sqliteReadOnly:
			return ClassReadOnly
		case sqliteBusy, sqliteLocked:
			return ClassBusy
		case sqliteCorrupt, sqliteNotADB:
			return ClassCorrupt
		case sqliteCantOpen:
			return ClassNotFound
		case sqliteIOErr:
			if strings.Contains(err.Error(), "no space") {
				return ClassFull
			}
			return ClassIO
		}
	}
	for _, t := range textClasses {
		if strings.Contains(strings.ToLower(err.Error()), t.text) {
			return t.class
		}
	}
	return ClassNone
}

// textClasses recognise errors that reached us only as text.
var textClasses = []struct {
	text  string
	class ErrorClass
}{
	{"database or disk is full", ClassFull},
	{"no space left on device", ClassFull},
	{"disk quota exceeded", ClassFull},
	{"file too large", ClassFull},
	{"not enough space on the disk", ClassFull}, // Windows' text of ERROR_DISK_FULL
	{"disk is full", ClassFull},
	{"too many levels of symbolic links", ClassLoop},
	{"too many links", ClassLoop}, // filepath.EvalSymlinks
	{"attempt to write a readonly database", ClassReadOnly},
	{"read-only file system", ClassReadOnly},
	{"permission denied", ClassPermission},
	{"operation not permitted", ClassPermission},
	{"access is denied", ClassPermission},
	{"no such file or directory", ClassNotFound},
	{"not a directory", ClassNotFound},
	{"unable to open database file", ClassNotFound},
	{"database is locked", ClassBusy},
	{"file name too long", ClassLongName},
	{"input/output error", ClassIO},
	{"disk i/o error", ClassIO},
	{"database disk image is malformed", ClassCorrupt},
	{"file is not a database", ClassCorrupt},
}

// Classify returns the class of err (disk full, permission, not found,
// …) from the operating system's error number, SQLite's result code, or
// as a last resort the English text of an error wrapped with %v. The
// front ends choose the words for each class.
func Classify(err error) ErrorClass { return classify(err) }
