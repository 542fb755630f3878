package sqlite

import (
	"net/url"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// openOpts says how open opens a database.
type openOpts struct {
	readOnly  bool // never write (OpenReadOnly)
	existing  bool // refuse a missing or empty file (OpenExisting)
	exclusive bool // no WAL, exclusive locking (OpenExclusive)
	now       func() time.Time
	newModel  *domain.Model // the model a database created by this open gets (WithNewModel)
}

// OpenExclusive is Open for a file in a folder that a sync client
// (OneDrive, Dropbox) or a network share serves, where SQLite's WAL is not
// safe: its -shm file is shared memory that such folders cannot share, and a
// sync client may upload the database without its -wal. The file is opened
// with journal_mode=DELETE, so that every commit lands in the database file
// itself, and locking_mode=EXCLUSIVE, so that SQLite keeps the file locked
// until it is closed. A WAL database is checkpointed into the file first.
func OpenExclusive(path string, opts ...Option) (*DB, error) {
	return open(path, options(openOpts{exclusive: true}, opts))
}

// Exclusive reports whether the database was opened by OpenExclusive.
func (s *DB) Exclusive() bool { return s.exclusive }

func exclusiveDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "locking_mode(EXCLUSIVE)")
	q.Add("_pragma", "journal_mode(DELETE)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Set("_txlock", "immediate")
	return fileURI(path, q)
}
