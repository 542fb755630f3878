package demo_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/demo"
	"github.com/infoklass/infoklass/internal/domain"
)

var today = domain.NewDate(2026, 11, 23)

// filled returns a service on a new database that FillDemo filled with
// n assets on day today.
func filled(t *testing.T, n int) *app.Service {
	t.Helper()
	svc, err := app.Open(filepath.Join(t.TempDir(), "demo.db"), app.WithClock(app.FixedDay(today)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if err := svc.FillDemo(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	return svc
}

func TestFill(t *testing.T) {
	svc := filled(t, 30)
	sums, err := svc.Register()
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
	if err := svc.FillDemo(context.Background(), 0); err != demo.ErrNotEmpty {
		t.Errorf("second fill: %v", err)
	}
	if got := svc.Today(); got != today {
		t.Errorf("the clock is left at %s, want %s", got, today)
	}
	if probs, err := svc.Check(); err != nil || len(probs) != 0 {
		t.Errorf("check: %v %v", probs, err)
	}
}

// TestFillInEveryShippedModel: the demo's use cases pass the rules in
// every model Infoklass ships, as a user's clicks must.
func TestFillInEveryShippedModel(t *testing.T) {
	for _, name := range domain.ShippedModelNames() {
		m, _ := domain.ShippedModel(name)
		svc, err := app.NewDatabase(filepath.Join(t.TempDir(), name+".db"), m, app.WithClock(app.FixedDay(today)))
		if err != nil {
			t.Fatal(err)
		}
		defer svc.Close()
		if err := svc.FillDemo(context.Background(), 20); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if probs, err := svc.Check(); err != nil || len(probs) != 0 {
			t.Errorf("%s: check %v %v", name, probs, err)
		}
	}
}
