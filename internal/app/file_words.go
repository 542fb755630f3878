package app

import (
	"errors"
	"regexp"
	"strings"

	"github.com/infoklass/infoklass/internal/sqlite"
	"github.com/infoklass/infoklass/internal/tempfile"
)

// fileWhat is what a use case was writing when the file system refused.
type fileWhat int

const (
	writeExport   fileWhat = iota // a workbook, document or PDF the user chose the name of
	writeBackup                   // a backup of the database, Path
	writeCopy                     // a copy of the database (Spara kopia som…)
	writeDatabase                 // an import written into the database, Path
)

// FileError is a use case's write that the file system refused: Path is
// the user's file (never a temporary one), Err why.
type FileError struct {
	Path string
	what fileWhat
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

func (e *FileError) Unwrap() error { return e.Err }

// onFile is err, a failure to write path, as a *FileError; nil stays nil.
func onFile(path string, what fileWhat, err error) error {
	if err == nil {
		return nil
	}
	return &FileError{Path: path, what: what, Err: err}
}

// fullCodes are the codes of the words that say that the disk is full,
// naming the user's file.
var fullCodes = map[fileWhat]string{
	writeExport: "full.export", writeBackup: "full.backup", writeCopy: "full.copy", writeDatabase: "full.import",
}

// fileMessage says why a write of the user's file failed when the disk
// is full (ENOSPC, a quota, SQLITE_FULL; on Windows ERROR_DISK_FULL and
// ERROR_HANDLE_DISK_FULL), naming that file. ok is false for other
// errors, which the classes' words tell.
func fileMessage(err error) (Text, bool) {
	var fe *FileError
	var we *tempfile.WriteError
	var path string
	what := writeExport
	switch {
	case errors.As(err, &fe):
		path, what = fe.Path, fe.what
	case errors.As(err, &we):
		path = we.Path
	default:
		return Text{}, false
	}
	if sqlite.Classify(err) != sqlite.ClassFull {
		return Text{}, false
	}
	return Text{fullCodes[what], []any{path}}, true
}

// scanColumn finds the column in database/sql's text of a value it
// could not read.
var scanColumn = regexp.MustCompile(`sql: Scan error on column index \d+, name "([^"]+)"`)

// driverMessage is the message for an error of the database
// driver that no class covers: a value that could not be read (sql:
// Scan error …), named by its column, or another of the driver's
// errors. The driver's English never reaches the user. ok is false for
// other errors.
func driverMessage(err error) (Text, bool) {
	if m := scanColumn.FindStringSubmatch(err.Error()); m != nil {
		return Text{"db.bad_value", []any{m[1]}}, true // the column
	}
	var de interface{ Code() int }
	if errors.As(err, &de) || strings.Contains(err.Error(), "sql: ") {
		return Text{Code: "db.unexpected"}, true
	}
	return Text{}, false
}
