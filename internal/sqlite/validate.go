package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/infoklass/infoklass/internal/tempfile"
)

// SchemaError says that an Infoklass file's schema is not one this
// program made: an unknown schema version, tables that do not match
// their version, a foreign trigger or view, or rows whose foreign keys
// point nowhere. Such a file is refused whole, before anything writes to
// it, and no backup is taken of it.
type SchemaError struct {
	What string // what was found, in Swedish
}

func (e *SchemaError) Error() string { return e.What }

// validate checks an Infoklass file of schema version version, read
// through db, as the open path and the restore do before anything
// writes: the version is one the migrations made, no foreign key points
// nowhere, and the schema is exactly the migrations' — for an older
// file, after upgrading a private copy of it, so that an upgrade that
// would fail is refused before a backup is written or a byte changes. It
// returns the folder of that upgraded copy ("" for a current file),
// which the caller removes.
func validate(path string, db *sql.DB, version, tables int) (trial string, err error) {
	switch {
	case version < 0:
		return "", &SchemaError{What: fmt.Sprintf("databasversionen %d är ogiltig", version)}
	case version == 0 && tables > 0:
		return "", &SchemaError{What: "filen är märkt som Infoklass-databas men saknar databasversion"}
	case version == 0:
		return "", nil
	}
	if err := foreignKeys(db); err != nil {
		return "", err
	}
	if version == latestVersion() {
		return "", schemaMatches(db)
	}
	return upgradedCopy(path, version)
}

// foreignKeys runs SQLite's foreign key check.
func foreignKeys(db *sql.DB) error {
	var table, parent string
	var rowid sql.NullInt64
	var fkid int
	err := db.QueryRow("PRAGMA foreign_key_check").Scan(&table, &rowid, &parent, &fkid)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	return &SchemaError{What: fmt.Sprintf("rad %d i tabellen %s pekar på en rad i %s som inte finns", rowid.Int64, table, parent)}
}

// schemaMatches returns a *SchemaError naming the first difference
// between db's schema and the migrations'.
func schemaMatches(db *sql.DB) error {
	ps, err := schemaProblems(db)
	if err != nil {
		return err
	}
	if len(ps) > 0 {
		return &SchemaError{What: fmt.Sprintf("%s (%d avvikelser i databasens struktur)", ps[0], len(ps))}
	}
	return nil
}

// upgradedCopy copies the database at path (version version) into a new
// private folder, applies the migrations to the copy and checks the
// result. It returns the folder; on an error nothing is left.
func upgradedCopy(path string, version int) (dir string, err error) {
	tempfile.Sweep("", "infoklass-uppgradering-", "")
	dir, err = tempfile.MkdirTemp("", "infoklass-uppgradering-")
	if err != nil {
		return "", fmt.Errorf("copy for the upgrade: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	cp := filepath.Join(dir, "kopia.db")
	src, err := openSource(path, false)
	if err != nil {
		return "", err
	}
	defer src.close()
	rd, err := sql.Open("sqlite", src.dsn)
	if err != nil {
		return "", err
	}
	_, err = rd.Exec("VACUUM INTO ?", cp)
	rd.Close()
	if err != nil {
		return "", fmt.Errorf("copy for the upgrade: %w", err)
	}
	w, err := sql.Open("sqlite", dsn(cp, false))
	if err != nil {
		return "", err
	}
	defer w.Close()
	w.SetMaxOpenConns(1)
	s := &DB{db: w, path: cp, user: osUser(), now: time.Now}
	if err := s.migrate(context.Background()); err != nil {
		return "", &SchemaError{What: fmt.Sprintf("filen har databasversion %d men dess tabeller stämmer inte med den versionen, så den kan inte uppgraderas", version)}
	}
	if err := foreignKeys(w); err != nil {
		return "", err
	}
	if err := quickCheck(w); err != nil { // CHECK constraints, which a read-only check skips
		return "", &SchemaError{What: "filen bryter mot databasens regler (" + err.Error() + ")"}
	}
	if err := schemaMatches(w); err != nil {
		return "", err
	}
	if _, err := w.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return "", err
	}
	return dir, nil
}

// trialSource reads the upgraded private copy in the folder trial, and
// removes the folder when closed.
func trialSource(trial string) (*source, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", "query_only(1)")
	q.Add("_pragma", "busy_timeout(5000)")
	return &source{dsn: fileURI(filepath.Join(trial, "kopia.db"), q), tmp: trial}, nil
}

// upgradedCopyIfOlder is upgradedCopy for a file older than this
// program, and "" for a current one.
func upgradedCopyIfOlder(path string, version int) (string, error) {
	if version <= 0 || version >= latestVersion() {
		return "", nil
	}
	return upgradedCopy(path, version)
}
