package app

import (
	"context"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// Service is an open Infoklass database and the things a user does with
// it. It is safe for use by one goroutine at a time per edit; the store
// serialises the writes.
type Service struct {
	db    *sqlite.DB
	model *domain.Model

	// ctx is the context of the quick edits and reads a screen makes (a
	// rating, a name, the register): each is one short transaction that
	// nobody cancels halfway, so the screens call them without a context.
	// Long jobs (import, export, backup, check) take the caller's ctx.
	ctx context.Context

	// clock is the clock the store was opened with (nil for a store
	// opened outside the service, see New); Today reads the store's.
	clock *clock

	onClose []func()
}

// New returns the service for the open database db. The service owns db
// from then on and closes it in Close.
func New(db *sqlite.DB) *Service {
	return &Service{db: db, model: db.Model(), ctx: context.Background()}
}

// Open opens (or creates) the database at path for reading and writing.
func Open(path string, opts ...Option) (*Service, error) {
	return open(path, sqlite.Open, opts)
}

// OpenExisting opens the database at path for reading and writing, and
// refuses, creating nothing, when there is no file or an empty one: a
// mistyped path never becomes a new database.
func OpenExisting(path string, opts ...Option) (*Service, error) {
	return open(path, sqlite.OpenExisting, opts)
}

// OpenReadOnly opens an existing database without ever writing to it.
func OpenReadOnly(path string, opts ...Option) (*Service, error) {
	return open(path, sqlite.OpenReadOnly, opts)
}

// Close closes the database. Every edit is already on disk.
func (s *Service) Close() error {
	err := s.db.Close()
	for _, f := range s.onClose {
		f()
	}
	s.onClose = nil
	return err
}

// OnClose runs f when the service is closed.
func (s *Service) OnClose(f func()) { s.onClose = append(s.onClose, f) }

// Path returns the absolute path of the database file.
func (s *Service) Path() string { return s.db.Path() }

// ReadOnly reports whether the database was opened read-only.
func (s *Service) ReadOnly() bool { return s.db.ReadOnly() }

// Model returns the database's classification model: the one it was
// created with, which the file records.
func (s *Service) Model() *domain.Model { return s.model }
