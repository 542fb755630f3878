package sqlite

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
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
)

// OpenError is why the database at Path could not be opened. Its text is
// a Swedish sentence for the user that names the file.
type OpenError struct {
	Path string
	Kind OpenErrorKind
	Err  error
}

func (e *OpenError) Error() string {
	format, args := e.Message()
	return fmt.Sprintf(format, args...)
}

// Message returns the error's Swedish format and its arguments, so that
// the user interface can translate it.
func (e *OpenError) Message() (format string, args []any) {
	switch e.Kind {
	case NotDatabase:
		return "Filen %s är ingen Infoklass-databas: det är inte en SQLite-fil. Filen har inte ändrats.", []any{e.Path}
	case Corrupt:
		return "Filen %s är skadad eller ofullständig och kan inte öppnas. Filen har inte ändrats. Återställ en säkerhetskopia eller öppna en annan fil.", []any{e.Path}
	case Foreign:
		return "Filen %s är en SQLite-databas från ett annat program, inte en Infoklass-databas. Filen har inte ändrats.", []any{e.Path}
	case Newer:
		return "Filen %s har skapats av en nyare version av Infoklass (databasversion %v). Uppdatera programmet för att öppna den. Filen har inte ändrats.", []any{e.Path, e.Err}
	case Older:
		return "Filen %s är från en äldre version av Infoklass och måste uppgraderas innan den kan läsas. Filen kan inte uppgraderas när den är skrivskyddad; gör den skrivbar och öppna den igen. Filen har inte ändrats.", []any{e.Path}
	case Locked:
		return "Filen %s är redan öppen i ett annat Infoklass-fönster. Två fönster får inte skriva i samma fil; stäng det andra eller öppna filen skrivskyddad.", []any{e.Path}
	}
	return "Filen %s kunde inte öppnas: %v", []any{e.Path, e.Err}
}

// Unwrap returns the underlying error.
func (e *OpenError) Unwrap() error { return e.Err }

// applicationID marks a file as Infoklass's ("IKLS"), in the SQLite header.
const applicationID = 0x494B4C53

var sqliteMagic = []byte("SQLite format 3\x00")

// fileState is what the header of a file says, read without SQLite.
type fileState struct {
	missing bool // no file
	empty   bool // a file of 0 bytes, or an SQLite file with no tables yet
}

// inspect reads the file's header and decides, without writing, whether
// it may be opened as an Infoklass database.
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
	if info.Size() == 0 {
		return fileState{empty: true}, nil
	}
	h := make([]byte, 100)
	n, err := io.ReadFull(f, h)
	if !bytes.HasPrefix(h[:n], sqliteMagic[:min(n, len(sqliteMagic))]) || n < len(sqliteMagic) {
		return fileState{}, &OpenError{Path: path, Kind: NotDatabase, Err: errors.New("no SQLite header")}
	}
	if err != nil { // a header cut short
		return fileState{}, &OpenError{Path: path, Kind: Corrupt, Err: err}
	}
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:32]))
	if pageSize < 512 || info.Size()%pageSize != 0 || pages > 0 && binary.BigEndian.Uint32(h[24:28]) == binary.BigEndian.Uint32(h[92:96]) && info.Size() < pages*pageSize {
		return fileState{}, &OpenError{Path: path, Kind: Corrupt, Err: fmt.Errorf("size %d does not match %d pages of %d bytes", info.Size(), pages, pageSize)}
	}
	// The header on disk may be older than the database: a writer's last
	// changes, or those of a process that was killed, can still be in the
	// WAL. SQLite itself, read-only, sees them.
	appID, version, tables, err := identify(path)
	if err != nil {
		return fileState{}, &OpenError{Path: path, Kind: Corrupt, Err: err}
	}
	switch {
	case appID == applicationID && version > latestVersion():
		return fileState{}, &OpenError{Path: path, Kind: Newer, Err: fmt.Errorf("%d, programmet känner till %d", version, latestVersion())}
	case appID == applicationID:
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

// identify reads, read-only, an SQLite file's application id, schema
// version and number of schema objects.
func identify(path string) (appID uint32, version, tables int, err error) {
	// Reading a WAL database can leave empty -wal and -shm files behind;
	// remove those that were not there before, so a refused file is left
	// exactly as it was found.
	for _, side := range []string{path + "-wal", path + "-shm"} {
		if _, err := os.Stat(side); errors.Is(err, os.ErrNotExist) {
			defer removeIfEmptyOrShm(side)
		}
	}
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return 0, 0, 0, err
	}
	defer db.Close()
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

// removeIfEmptyOrShm removes a side file that reading created: an empty
// WAL, or the shared-memory index, which holds no data.
func removeIfEmptyOrShm(path string) {
	info, err := os.Stat(path)
	if err != nil {
		return
	}
	if info.Size() == 0 || strings.HasSuffix(path, "-shm") {
		os.Remove(path)
	}
}
