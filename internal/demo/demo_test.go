package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

func TestFill(t *testing.T) {
	now, set := MovableClock(time.Now)
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "demo.db"), sqlite.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	today := domain.NewDate(2026, 11, 23)
	if err := Fill(context.Background(), db, set, today, 30); err != nil {
		t.Fatal(err)
	}
	sums, err := db.Summaries(context.Background(), today)
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 30 {
		t.Fatalf("%d assets, want 30", len(sums))
	}
	statuses := map[domain.Status]int{}
	missing := 0
	for _, s := range sums {
		statuses[s.Status]++
		if s.DPIAMissing() {
			missing++
		}
	}
	for _, st := range domain.Statuses {
		if statuses[st] == 0 {
			t.Errorf("no asset is %s", st.Label())
		}
	}
	if missing == 0 {
		t.Error("no asset shows a missing DPIA")
	}
	if err := Fill(context.Background(), db, set, today, 0); err != ErrNotEmpty {
		t.Errorf("second fill: %v", err)
	}
	if err := db.IntegrityCheck(context.Background()); err != nil {
		t.Error(err)
	}
}
