// Package sqlite stores Infoklass's data in one SQLite file: the schema
// as numbered, embedded migrations, and every edit in its own
// transaction, written through at once (WAL, synchronous=FULL).
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/user"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver
)

// ErrReadOnly is returned by every edit on a database opened read-only.
var ErrReadOnly = errors.New("databasen är öppnad skrivskyddad; ändringen sparades inte")

// ErrClosed is returned by an edit that comes after Close.
var ErrClosed = errors.New("databasen är stängd; ändringen sparades inte")

// ErrNotFound is returned when a row asked for does not exist.
var ErrNotFound = errors.New("posten finns inte längre")

// DB is an open Infoklass database.
type DB struct {
	db       *sql.DB
	path     string
	readOnly bool
	user     string
	now      func() time.Time
	stmts    map[string]*sql.Stmt // hot statements, prepared once
	lock     *os.File             // held while open for writing
}

// Open opens the Infoklass database at path for reading and writing,
// creating it (and its folder) when the file is missing or empty. A file
// that is not an Infoklass database of a version this program knows is
// refused with an *OpenError and left untouched. A file that cannot be
// written is opened read-only.
func Open(path string) (*DB, error) {
	return open(path, false)
}

// OpenReadOnly opens an existing Infoklass database without ever
// writing to it.
func OpenReadOnly(path string) (*DB, error) {
	return open(path, true)
}

func open(path string, readOnly bool) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	path = abs
	st, err := inspect(path)
	if err != nil {
		return nil, err
	}
	if st.missing {
		if readOnly {
			return nil, &OpenError{Path: path, Kind: Other, Err: os.ErrNotExist}
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, &OpenError{Path: path, Kind: Other, Err: err}
		}
	} else if !readOnly && !writable(path) {
		readOnly = true
	}
	var lock *os.File
	if !readOnly {
		l, err := lockFile(path + ".lock")
		switch {
		case errors.Is(err, errLocked):
			return nil, &OpenError{Path: path, Kind: Locked, Err: err}
		case err != nil:
			return nil, &OpenError{Path: path, Kind: Other, Err: err}
		}
		lock = l
		defer func() {
			if lock != nil { // released unless the open succeeded
				lock.Close()
			}
		}()
	}
	db, err := sql.Open("sqlite", dsn(path, readOnly))
	if err != nil {
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	if readOnly {
		db.SetMaxOpenConns(4)
	} else {
		// One connection: every write is serialised, and an immediate
		// transaction never waits on a reader of our own.
		db.SetMaxOpenConns(1)
	}
	s := &DB{db: db, path: path, readOnly: readOnly, user: osUser(), now: time.Now}
	defer func() {
		if s.stmts == nil && s.db != nil {
			db.Close()
		}
	}()
	if !st.missing && !st.empty {
		if err := s.checkIntegrity(); err != nil {
			return nil, &OpenError{Path: path, Kind: Corrupt, Err: err}
		}
	}
	if !readOnly {
		if v, err := s.SchemaVersion(); err == nil && v > 0 && v < latestVersion() {
			if _, err := s.Backup("fore-uppgradering"); err != nil {
				return nil, &OpenError{Path: path, Kind: Other, Err: err}
			}
		}
		if err := s.migrate(); err != nil {
			return nil, &OpenError{Path: path, Kind: Other, Err: err}
		}
		if err := s.prepare(); err != nil {
			return nil, &OpenError{Path: path, Kind: Other, Err: err}
		}
		s.lock, lock = lock, nil
		return s, nil
	}
	if v, err := s.SchemaVersion(); err != nil || v < latestVersion() && !st.empty {
		return nil, &OpenError{Path: path, Kind: Older, Err: err}
	}
	s.stmts = map[string]*sql.Stmt{} // read-only: nothing is hot
	return s, nil
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(5000)")
	if readOnly {
		q.Set("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// writable reports whether the file and its folder can be written (the
// folder holds the WAL and shared-memory files).
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return false
	}
	f.Close()
	probe, err := os.CreateTemp(filepath.Dir(path), ".infoklass-probe-*")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}

func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	if u := os.Getenv("USERNAME"); u != "" {
		return u
	}
	return "okänd"
}

// Close closes the database. Every committed edit is already on disk.
func (s *DB) Close() error {
	if s.db == nil {
		return nil
	}
	for _, st := range s.stmts {
		st.Close()
	}
	err := s.db.Close()
	s.db = nil
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
	return err
}

// Path returns the absolute path of the database file.
func (s *DB) Path() string { return s.path }

// ReadOnly reports whether edits are refused.
func (s *DB) ReadOnly() bool { return s.readOnly }

// User returns the OS user recorded in the history.
func (s *DB) User() string { return s.user }

// checkIntegrity runs SQLite's quick check.
func (s *DB) checkIntegrity() error {
	var res string
	if err := s.db.QueryRow("PRAGMA quick_check").Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return errors.New(res)
	}
	return nil
}

// IntegrityCheck runs SQLite's full integrity check and the foreign key
// check, and reports the first problem found.
func (s *DB) IntegrityCheck() error {
	rows, err := s.db.Query("PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	var problems []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			rows.Close()
			return err
		}
		if r != "ok" {
			problems = append(problems, r)
		}
	}
	rows.Close()
	if len(problems) > 0 {
		return fmt.Errorf("integrity check: %s", problems[0])
	}
	rows, err = s.db.Query("PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("foreign key check: %w", err)
	}
	defer rows.Close()
	if rows.Next() {
		var table string
		var rowid sql.NullInt64
		var parent string
		var fkid int
		rows.Scan(&table, &rowid, &parent, &fkid)
		return fmt.Errorf("foreign key check: row %d of %s points to a missing %s", rowid.Int64, table, parent)
	}
	return rows.Err()
}

// write runs fn in one immediate transaction and commits it.
func (s *DB) write(fn func(tx *sql.Tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	if s.db == nil {
		return ErrClosed
	}
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// timestamp formats t for storage.
func timestamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func parseTimestamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}
