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
	"sync"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/tempfile"
	_ "modernc.org/sqlite" // the "sqlite" driver
)

// DB is an open Infoklass database.
type DB struct {
	db       *sql.DB
	path     string
	readOnly bool
	user     string
	now      func() time.Time
	model    *domain.Model        // the database's classification model
	models   sync.Map             // the classifications' models read so far (ClassificationModel), by id and version
	stmts    map[string]*sql.Stmt // hot statements, prepared once
	lock     *os.File             // held while open for writing
	ident    *os.File             // the lock on the file itself, by identity
	src      *source              // how a read-only database is read
	// exclusive: opened by OpenExclusive, without WAL and with SQLite's
	// exclusive locking mode.
	exclusive bool
}

// Open opens the Infoklass database at path for reading and writing,
// creating it (and its folder) when the file is missing or empty. A file
// that is not an Infoklass database of a version this program knows is
// refused with an *OpenError and left untouched: deciding that reads the
// file without writing a byte of it or anything beside it. A file that
// cannot be written is opened read-only.
//
// Symbolic links in path are resolved first: the lock that keeps a
// second writer out, the backups and Path are those of the real file.
func Open(path string, opts ...Option) (*DB, error) {
	return open(path, options(openOpts{}, opts))
}

// OpenExisting is Open for a file that must already be an Infoklass
// database: a missing file (or folder) is refused with Kind Missing and
// a file of 0 bytes, or an SQLite file without tables, with Kind Empty.
// It never creates a file or a folder; use it wherever a mistyped path
// must not become a new database (read commands, dry runs).
func OpenExisting(path string, opts ...Option) (*DB, error) {
	return open(path, options(openOpts{existing: true}, opts))
}

// OpenReadOnly opens an existing Infoklass database without ever
// writing to it or beside it: no -wal, -shm or lock file is created. A
// missing or empty file is refused like OpenExisting does.
func OpenReadOnly(path string, opts ...Option) (*DB, error) {
	return open(path, options(openOpts{readOnly: true, existing: true}, opts))
}

// writableFn is writable, replaced by tests that run as root.
var writableFn = writable

func open(path string, o openOpts) (*DB, error) {
	readOnly, existing := o.readOnly, o.existing
	given := path
	path, err := canonical(path)
	if err != nil {
		return nil, &OpenError{Path: given, Kind: Other, Err: err}
	}
	// A file another Infoklass writes is not inspected at all.
	if !readOnly && (lockHeld(path+".lock") || identityHeld(path)) {
		return nil, &OpenError{Path: path, Kind: Locked, Err: errLocked}
	}
	if err := strayWAL(path); err != nil {
		var ae *AliasError
		if errors.As(err, &ae) && (lockHeld(ae.Other+".lock") || identityHeld(path)) {
			// Another Infoklass took the file between the check above and
			// this one: the WAL is its work in progress, not a stray one.
			return nil, &OpenError{Path: path, Kind: Locked, Err: errLocked}
		}
		return nil, &OpenError{Path: path, Kind: Corrupt, Err: err}
	}
	st, err := inspect(path)
	if err != nil {
		return nil, err
	}
	if st.trial != "" && !readOnly {
		os.RemoveAll(st.trial) // the upgrade works: it is made on the file itself below
		st.trial = ""
	}
	switch {
	case st.missing && existing:
		return nil, &OpenError{Path: path, Kind: Missing, Err: os.ErrNotExist}
	case st.empty && existing:
		return nil, &OpenError{Path: path, Kind: Empty, Err: errors.New("no Infoklass tables")}
	case st.missing:
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, &OpenError{Path: path, Kind: Other, Err: err}
		}
	case !readOnly && !writableFn(path):
		if st.trial, err = upgradedCopyIfOlder(path, st.version); err != nil {
			return nil, &OpenError{Path: path, Kind: Other, Err: err}
		}
		readOnly = true
	}
	if readOnly {
		return openReadOnly(path, st.trial, o)
	}
	return openWriter(path, st, o)
}

// openWriter opens an inspected database for writing: the lock by name,
// the lock by identity (see lockIdentity), the backup before an upgrade
// and the upgrade.
func openWriter(path string, st fileState, o openOpts) (*DB, error) {
	ctx := context.Background()
	lock, err := lockFile(path + ".lock")
	switch {
	case errors.Is(err, errLocked):
		return nil, &OpenError{Path: path, Kind: Locked, Err: err}
	case err != nil:
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	var ident *os.File
	defer func() {
		if lock != nil { // released unless the open succeeded
			lock.Close()
		}
		if ident != nil {
			ident.Close()
		}
	}()
	// What a backup or a restore killed halfway left, under this lock.
	sweepBackupTemps(path)
	tempfile.Sweep(filepath.Dir(path), restorePrefix, ".db")
	if !st.missing {
		// Before SQLite opens it: a second name must not get a WAL of its own.
		if ident, err = lockIdentity(path); err != nil {
			return nil, identityError(path, err)
		}
	}
	healSideFiles(path)
	d := dsn(path, false)
	if o.exclusive {
		d = exclusiveDSN(path)
	}
	db, err := sql.Open("sqlite", d)
	if err != nil {
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	// One connection: every write is serialised, and an immediate
	// transaction never waits on a reader of our own.
	db.SetMaxOpenConns(1)
	s := &DB{db: db, path: path, user: osUser(), now: o.now, exclusive: o.exclusive}
	defer func() {
		if s.stmts == nil {
			db.Close()
			if st.missing { // a create that failed (a full disk) leaves nothing
				removeNew(path)
			}
		}
	}()
	if v, err := s.SchemaVersion(ctx); err == nil && v > 0 && v < latestVersion() {
		if _, err := s.Backup(ctx, "fore-uppgradering"); err != nil {
			return nil, &OpenError{Path: path, Kind: Other, Err: err}
		}
	}
	if err := s.migrate(ctx); err != nil {
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	if err := s.prepare(ctx); err != nil {
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	if s.model, err = s.loadModel(ctx, st.missing || st.empty, o.newModel); err != nil {
		s.Close()
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	if err := s.recordModels(ctx); err != nil {
		s.Close()
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	if ident == nil {
		if ident, err = lockIdentity(path); err != nil {
			s.Close()
			return nil, identityError(path, err)
		}
	}
	s.lock, lock = lock, nil
	s.ident, ident = ident, nil
	return register(s), nil
}

// removeNew removes a database file this open created and could not
// finish, with its side files and its lock file (held by the caller).
func removeNew(path string) {
	for _, side := range []string{"", "-wal", "-shm", "-journal", ".lock"} {
		os.Remove(path + side)
	}
}

// identityError is the OpenError of a failed lockIdentity.
func identityError(path string, err error) error {
	if errors.Is(err, errLocked) {
		return &OpenError{Path: path, Kind: Locked, Err: err}
	}
	return &OpenError{Path: path, Kind: Other, Err: err}
}

// openReadOnly opens an inspected database for reading only. An older
// file is read from trial, the folder of a private copy of it that
// inspect upgraded: reading never upgrades the file itself, and never
// writes a backup.
func openReadOnly(path, trial string, o openOpts) (*DB, error) {
	ctx := context.Background()
	src, err := trialSource(trial)
	if trial == "" {
		src, err = readSource(path)
	}
	if err != nil {
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	db, err := sql.Open("sqlite", src.dsn)
	if err != nil {
		src.close()
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	db.SetMaxOpenConns(4)
	s := &DB{db: db, path: path, readOnly: true, user: osUser(), now: o.now, src: src}
	if v, err := s.SchemaVersion(ctx); err != nil || v < latestVersion() {
		s.Close()
		return nil, &OpenError{Path: path, Kind: Older, Err: err}
	}
	s.stmts = map[string]*sql.Stmt{} // read-only: nothing is hot
	if s.model, err = s.loadModel(ctx, false, nil); err != nil {
		s.Close()
		return nil, &OpenError{Path: path, Kind: Other, Err: err}
	}
	return register(s), nil
}

// canonical returns path made absolute with every symbolic link
// resolved, so that one file has one name. A file that does not exist
// yet is resolved through the folders above it; a link that points
// nowhere is an error, since creating a database through it would put it
// somewhere the user did not name.
func canonical(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	r, err := filepath.EvalSymlinks(abs)
	if err == nil {
		return r, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	if fi, lerr := os.Lstat(abs); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
		return "", fmt.Errorf("link %s: %w", abs, os.ErrNotExist)
	}
	dir := filepath.Dir(abs)
	if dir == abs {
		return abs, nil
	}
	d, err := canonical(dir)
	if err != nil {
		return "", err
	}
	return filepath.Join(d, filepath.Base(abs)), nil
}

// dsn is the connection string of the writer.
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
	return fileURI(path, q)
}

func fileURI(path string, q url.Values) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// healSideFiles gives a -wal or -shm that cannot be written (a
// read-only open of an earlier Infoklass created them with the mode of a
// read-only database file, 0444) the write permission of the database
// file, so that writing does not fail with "attempt to write a readonly
// database". Only the mode changes, never a byte.
func healSideFiles(path string) {
	db, err := os.Stat(path)
	if err != nil {
		return
	}
	for _, side := range []string{path + "-wal", path + "-shm"} {
		info, err := os.Stat(side)
		if err != nil || info.Mode().Perm()&0o200 != 0 {
			continue
		}
		os.Chmod(side, info.Mode().Perm()|db.Mode().Perm()&0o222)
	}
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
	unregister(s)
	for _, st := range s.stmts {
		st.Close()
	}
	err := s.db.Close()
	s.db = nil
	if s.ident != nil { // after SQLite's connections are closed
		s.ident.Close()
		s.ident = nil
	}
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
	if s.src != nil {
		s.src.close()
		s.src = nil
	}
	return err
}

// Path returns the canonical path of the database file: absolute, with
// symbolic links resolved.
func (s *DB) Path() string { return s.path }

// ReadOnly reports whether edits are refused.
func (s *DB) ReadOnly() bool { return s.readOnly }

// User returns the OS user recorded in the history.
func (s *DB) User() string { return s.user }

// IntegrityCheck runs SQLite's full integrity check and the foreign key
// check, and reports the first problem found.
func (s *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
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
	rows, err = s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
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

// write runs fn in one immediate transaction and commits it: BeginTx,
// a deferred Rollback (a no-op once committed), the (ctx, tx) helpers,
// Commit.
func (s *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	if s.db == nil {
		return ErrClosed
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
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

// read runs fn in one read transaction, so that what it reads is one
// moment of the database: BeginTx, a deferred Rollback, the (ctx, tx)
// helpers, Commit.
func (s *DB) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if s.db == nil {
		return ErrClosed
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// readOne is read for a helper that returns a value.
func readOne[T any](ctx context.Context, s *DB, fn func(tx *sql.Tx) (T, error)) (T, error) {
	var v T
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		v, err = fn(tx)
		return err
	})
	return v, err
}
