package sqlite

import "time"

// SetClock replaces the clock that stamps every edit and its history,
// so that demo data, fixtures and tests can describe a past: the edits
// made after it are recorded as made at the time now returns. nil
// restores the real clock.
func (s *DB) SetClock(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.now = now
}
