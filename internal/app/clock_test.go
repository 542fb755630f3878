package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestOneClock proves that the clock given at open is the one clock:
// Today reads it, the store stamps every edit and its history with it,
// and the demo's past is written at past times through it and leaves it
// at the present again.
func TestOneClock(t *testing.T) {
	day := domain.NewDate(2025, 3, 4)
	s, err := Open(filepath.Join(t.TempDir(), "klocka.db"), WithClock(FixedDay(day)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := s.Today(); got != day {
		t.Fatalf("Today = %s, want %s", got, day)
	}
	a := &domain.Asset{Name: "Ärendesystem"}
	if err := s.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	if got := domain.DateOf(a.CreatedAt.In(time.Local)); got != day {
		t.Errorf("asset created %s, want %s", got, day)
	}
	h, err := s.History(a.ID)
	if err != nil || len(h) == 0 {
		t.Fatalf("history %v, %v", h, err)
	}
	for _, c := range h {
		if got := domain.DateOf(c.At.In(time.Local)); got != day {
			t.Errorf("history %s at %s, want %s", c.Field, got, day)
		}
	}

	d, err := Open(filepath.Join(t.TempDir(), "demo.db"), WithClock(FixedDay(day)))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.FillDemo(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	if got := d.Today(); got != day {
		t.Errorf("after the demo Today = %s, want %s: the demo left the clock in the past", got, day)
	}
	earliest := day
	for _, x := range []string{"Verksamhetssystem för hemtjänst", "Ekonomisystem"} {
		a, err := d.AssetByName(x)
		if err != nil || a == nil {
			t.Fatalf("%s: %v", x, err)
		}
		h, _ := d.History(a.ID)
		for _, c := range h {
			if at := domain.DateOf(c.At.In(time.Local)); at.Before(earliest) {
				earliest = at
			}
		}
	}
	if !earliest.Before(day.AddMonths(-24)) {
		t.Errorf("the demo's history starts %s, want more than two years before %s", earliest, day)
	}
}
