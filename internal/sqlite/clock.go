package sqlite

import (
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// Option is a choice made when a database is opened.
type Option func(*openOpts)

// WithClock makes now the clock that stamps every edit and its history
// and that says which day it is. It is given once, when the database is
// opened (the service passes its clock); the store has no way to set the
// time afterwards. Without it the store uses time.Now.
func WithClock(now func() time.Time) Option {
	return func(o *openOpts) {
		if now != nil {
			o.now = now
		}
	}
}

// WithNewModel makes m the classification model of a database this open
// creates (a missing or empty file). It has no effect on an existing
// database, which keeps the model it records. Without it a new database
// gets domain.DefaultModel (MSB 1–4).
func WithNewModel(m *domain.Model) Option {
	return func(o *openOpts) {
		if m != nil {
			o.newModel = m
		}
	}
}

func options(o openOpts, opts []Option) openOpts {
	o.now = time.Now
	for _, f := range opts {
		f(&o)
	}
	return o
}

// Now returns the time of the store's clock: the time the next edit is
// recorded at.
func (s *DB) Now() time.Time { return s.now() }
