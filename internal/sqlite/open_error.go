package sqlite

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// OpenErrorKind says why a file could not be opened.
type OpenErrorKind int

// The reasons a file cannot be opened.
const (
	Other       OpenErrorKind = iota
	NotDatabase               // not an SQLite file at all
	Corrupt                   // an SQLite file that is damaged or cut short
	Foreign                   // an SQLite file made by another program
	Newer                     // made by a newer Infoklass
	Locked                    // in use by another Infoklass
	Older                     // made by an older Infoklass, and cannot be upgraded read-only
	Missing                   // no such file, by OpenExisting or OpenReadOnly
	Empty                     // a file of 0 bytes, or an SQLite file without tables, by OpenExisting or OpenReadOnly
)

// LastKind is the last OpenErrorKind, for tests that go through them all.
const LastKind = Empty

// OpenError is why the database at Path could not be opened: its Kind,
// and for Kind Other the error whose Classify tells why. The words for
// the user are the front ends' (app.Message); Error is for logs.
type OpenError struct {
	Path string
	Kind OpenErrorKind
	Err  error
}

func (e *OpenError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("open %s: %s", e.Path, e.Kind)
	}
	return fmt.Sprintf("open %s: %s: %v", e.Path, e.Kind, e.Err)
}

// String names the kind, in English, for logs and tests.
func (k OpenErrorKind) String() string {
	names := [...]string{"other", "not a database", "corrupt", "foreign", "newer", "locked", "older", "missing", "empty"}
	if int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("kind %d", int(k))
}

// Unwrap returns the underlying error.
func (e *OpenError) Unwrap() error { return e.Err }

// applicationID marks a file as Infoklass's ("IKLS"), in the SQLite header.
const applicationID = 0x494B4C53

var sqliteMagic = []byte("SQLite format 3\x00")

// fileState is what inspecting a file found.
type fileState struct {
	missing bool // no file
	empty   bool // a file of 0 bytes, or an SQLite file with no tables yet
}

// inspect decides, without writing a byte of the file or creating
// anything beside it, whether the file may be opened as an Infoklass
// database. It reads the header itself, then asks SQLite through a
// read-only source (see readSource), and runs SQLite's quick check on an
// Infoklass file before any writer touches it: a damaged file is refused
// before its WAL could be merged or its header changed.
func inspect(path string) (fileState, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return fileState{missing: true}, nil
	}
	if err != nil {
		return fileState{}, &OpenError{Path: path, Kind: Other, Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fileState{}, &OpenError{Path: path, Kind: Other, Err: err}
	}
	if info.IsDir() {
		return fileState{}, &OpenError{Path: path, Kind: NotDatabase, Err: errors.New("is a directory")}
	}
	// A WAL with frames holds pages the main file does not have yet: a
	// process killed during a checkpoint, or a checkpoint that failed on
	// a full disk, leaves a main file shorter than its header says, or
	// ending in part of a page. SQLite replays the WAL, so the sizes on
	// disk say nothing then.
	walData := sideSize(path+"-wal") > 0
	if info.Size() == 0 && !walData {
		return fileState{empty: true}, nil
	}
	h := make([]byte, 100)
	n, err := io.ReadFull(f, h)
	if n > 0 && (!bytes.HasPrefix(h[:n], sqliteMagic[:min(n, len(sqliteMagic))]) || n < len(sqliteMagic)) {
		return fileState{}, &OpenError{Path: path, Kind: NotDatabase, Err: errors.New("no SQLite header")}
	}
	if !walData {
		if err != nil { // a header cut short
			return fileState{}, &OpenError{Path: path, Kind: Corrupt, Err: err}
		}
		pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
		if pageSize == 1 {
			pageSize = 65536
		}
		pages := int64(binary.BigEndian.Uint32(h[28:32]))
		headerValid := binary.BigEndian.Uint32(h[24:28]) == binary.BigEndian.Uint32(h[92:96])
		if pageSize < 512 || pageSize&(pageSize-1) != 0 || info.Size()%pageSize != 0 || pages > 0 && headerValid && info.Size() < pages*pageSize {
			return fileState{}, &OpenError{Path: path, Kind: Corrupt, Err: fmt.Errorf("size %d does not match %d pages of %d bytes", info.Size(), pages, pageSize)}
		}
	}
	f.Close()
	src, err := readSource(path)
	if err != nil {
		return fileState{}, &OpenError{Path: path, Kind: Other, Err: err}
	}
	defer src.close()
	db, err := sql.Open("sqlite", src.dsn)
	if err != nil {
		return fileState{}, &OpenError{Path: path, Kind: Other, Err: err}
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	appID, version, tables, err := identify(db)
	if err != nil {
		return fileState{}, openFailure(path, err)
	}
	switch {
	case appID == applicationID && version > latestVersion():
		return fileState{}, &OpenError{Path: path, Kind: Newer, Err: fmt.Errorf("%d, programmet känner till %d", version, latestVersion())}
	case appID == applicationID:
		if err := quickCheck(db); err != nil {
			return fileState{}, openFailure(path, err)
		}
		return fileState{}, nil
	case appID != 0:
		return fileState{}, &OpenError{Path: path, Kind: Foreign, Err: fmt.Errorf("application id %#x", appID)}
	}
	// No application id: ours only if it has no tables at all.
	if tables > 0 {
		return fileState{}, &OpenError{Path: path, Kind: Foreign, Err: fmt.Errorf("%d tables and no Infoklass mark", tables)}
	}
	return fileState{empty: true}, nil
}

// openFailure is the OpenError for an error SQLite gave while reading:
// a file that cannot be read for a reason of the system (permission,
// disk, …) is not called damaged.
func openFailure(path string, err error) error {
	switch classify(err) {
	case ClassNone, ClassCorrupt:
		return &OpenError{Path: path, Kind: Corrupt, Err: err}
	}
	return &OpenError{Path: path, Kind: Other, Err: err}
}

// sideSize is the size of a file beside the database, 0 when missing.
func sideSize(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// identify reads an SQLite file's application id, schema version and
// number of schema objects.
func identify(db *sql.DB) (appID uint32, version, tables int, err error) {
	var id int64
	if err = db.QueryRow("PRAGMA application_id").Scan(&id); err != nil {
		return 0, 0, 0, err
	}
	if err = db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return 0, 0, 0, err
	}
	err = db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&tables)
	return uint32(id), version, tables, err
}

// quickCheck runs SQLite's quick check.
func quickCheck(db *sql.DB) error {
	var res string
	if err := db.QueryRow("PRAGMA quick_check").Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return errors.New(res)
	}
	return nil
}
