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

// fullFormats say that the disk is full, naming the user's file.
var fullFormats = map[fileWhat]string{
	writeExport:   "Filen %s kunde inte skrivas eftersom disken är full. Frigör utrymme på disken eller spara på en annan disk och försök igen; en fil som redan fanns där är oförändrad.",
	writeBackup:   "Säkerhetskopian av %s kunde inte skrivas eftersom disken är full. Frigör utrymme på disken och försök igen; databasen är oförändrad.",
	writeCopy:     "Kopian %s kunde inte skrivas eftersom disken är full. Frigör utrymme på disken eller spara kopian på en annan disk och försök igen.",
	writeDatabase: "Importen kunde inte sparas i %s eftersom disken är full. Ingenting importerades; frigör utrymme på disken och försök igen.",
}

// fileMessage says why a write of the user's file failed when the disk
// is full (ENOSPC, a quota, SQLITE_FULL; on Windows ERROR_DISK_FULL and
// ERROR_HANDLE_DISK_FULL), naming that file. ok is false for other
// errors, which the classes' words tell.
func fileMessage(err error) (format string, args []any, ok bool) {
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
		return "", nil, false
	}
	if sqlite.Classify(err) != sqlite.ClassFull {
		return "", nil, false
	}
	return fullFormats[what], []any{path}, true
}

// scanColumn finds the column in database/sql's text of a value it
// could not read.
var scanColumn = regexp.MustCompile(`sql: Scan error on column index \d+, name "([^"]+)"`)

// Words for what the database driver said that Infoklass did not expect.
const (
	badValueFormat   = "Databasen innehåller ett värde som Infoklass inte kan läsa, i kolumnen %s. Filen kan ha ändrats utanför Infoklass eller vara skadad. Kör infoklass check, eller återställ en säkerhetskopia."
	unexpectedFormat = "Databasen svarade med ett fel som Infoklass inte väntade sig. Filen kan ha ändrats utanför Infoklass eller vara skadad. Kör infoklass check, eller återställ en säkerhetskopia."
)

// driverMessage is the Swedish sentence for an error of the database
// driver that no class covers: a value that could not be read (sql:
// Scan error …), named by its column, or another of the driver's
// errors. The driver's English never reaches the user. ok is false for
// other errors.
func driverMessage(err error) (format string, args []any, ok bool) {
	if m := scanColumn.FindStringSubmatch(err.Error()); m != nil {
		return badValueFormat, []any{m[1]}, true
	}
	var de interface{ Code() int }
	if errors.As(err, &de) || strings.Contains(err.Error(), "sql: ") {
		return unexpectedFormat, nil, true
	}
	return "", nil, false
}
