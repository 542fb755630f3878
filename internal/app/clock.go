package app

import (
	"sync"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// Option is a choice made when a service is opened.
type Option func(*clock)

// WithClock makes now the service's one clock: it stamps every edit and
// its history, and says which day it is (Today) for every date a use
// case or a document needs. It is given once, when the service opens.
// Without it the service uses time.Now.
func WithClock(now func() time.Time) Option {
	return func(c *clock) {
		if now != nil {
			c.base = now
		}
	}
}

// FixedDay is a clock that always says noon of day d, local time: the
// clock of a test or a fixture that happens on one day.
func FixedDay(d domain.Date) func() time.Time {
	t := time.Date(d.Year(), d.Time().Month(), d.Time().Day(), 12, 0, 0, 0, time.Local)
	return func() time.Time { return t }
}

// clock is the service's clock. Only the demo moves it, to tell the
// demo district's past by running the edits at the times they happened;
// nothing outside the package can.
type clock struct {
	mu   sync.Mutex
	base func() time.Time
	at   time.Time // when set, the time the demo is at
}

func newClock(opts []Option) *clock {
	c := &clock{base: time.Now}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at.IsZero() {
		return c.at
	}
	return c.base()
}

// set moves the clock to t; the zero time returns it to its base.
func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.at = t
	c.mu.Unlock()
}

// Today returns the date of the service's clock, in local time.
func (s *Service) Today() domain.Date { return domain.DateOf(s.db.Now()) }

// open opens a store with the service's clock and returns the service.
func open(path string, opener func(string, ...sqlite.Option) (*sqlite.DB, error), opts []Option) (*Service, error) {
	c := newClock(opts)
	db, err := opener(path, sqlite.WithClock(c.now))
	if err != nil {
		return nil, err
	}
	s := New(db)
	s.clock = c
	return s, nil
}
