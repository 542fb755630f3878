package sqlite

import (
	"context"
	"reflect"
	"testing"
)

// TestISAMActivities keeps a year's activities in order, blank ones
// left out, and replaces them whole.
func TestISAMActivities(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	if err := db.SetISAMActivities(ctx, 2026, []string{" Revidera den lokala anvisningen ", "", "Årshjul för dataskydd"}); err != nil {
		t.Fatal(err)
	}
	got, err := db.ISAMActivities(ctx, 2026)
	if err != nil || !reflect.DeepEqual(got, []string{"Revidera den lokala anvisningen", "Årshjul för dataskydd"}) {
		t.Fatalf("2026: %q, %v", got, err)
	}
	if err := db.SetISAMActivities(ctx, 2026, []string{"Översyn av behörighetshantering"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.ISAMActivities(ctx, 2026); len(got) != 1 {
		t.Errorf("replaced: %q", got)
	}
	if got, _ := db.ISAMActivities(ctx, 2027); len(got) != 0 {
		t.Errorf("2027: %q", got)
	}
	if err := db.SetISAMActivities(ctx, 1999, []string{"x"}); err == nil {
		t.Error("year 1999 accepted")
	}
}
