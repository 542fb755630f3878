package demo

import (
	"sync"
	"time"
)

// MovableClock returns a clock that says what base says until set moves
// it to a time (the zero time moves it back): open the store the use
// cases write to with now (sqlite.WithClock) and give Write set, and the
// demo's past is recorded at the times it happened. The service has its
// own; this one is for the tests of packages that cannot use the
// service (internal/xlsx).
func MovableClock(base func() time.Time) (now func() time.Time, set func(time.Time)) {
	var mu sync.Mutex
	var at time.Time
	now = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		if !at.IsZero() {
			return at
		}
		return base()
	}
	set = func(t time.Time) {
		mu.Lock()
		at = t
		mu.Unlock()
	}
	return now, set
}
