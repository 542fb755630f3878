package sqlite

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestDatabaseRecordsItsModel proves that the model comes from the file:
// a new database records the model it was created with, a database of an
// earlier version gets MSB 1–4 recorded, and a database that records
// another model (KLASSA 0–4) is read in that model, by the store's
// results too.
func TestDatabaseRecordsItsModel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ny.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := db.Model().ID, domain.DefaultModel().ID; got != want {
		t.Errorf("new database: model %q, want %q", got, want)
	}
	v, _ := db.Setting(ctx, modelKey)
	if v == "" {
		t.Fatal("a new database records no model")
	}
	klassa, _ := domain.ShippedModel("klassa")
	b, _ := json.Marshal(klassa)
	if err := db.SetSetting(ctx, modelKey, string(b)); err != nil {
		t.Fatal(err)
	}
	db.Close()

	for _, open := range []func(string, ...Option) (*DB, error){Open, OpenReadOnly} {
		db, err := open(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := db.Model(); got.ID != klassa.ID || got.Number(1) != 0 {
			t.Errorf("reopened: model %q numbering from %d, want %q from 0", got.ID, got.Number(1), klassa.ID)
		}
		db.Close()
	}

	old := copySchema(t, "v7.db")
	db, err = Open(old)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	msb, _ := domain.ShippedModel("msb")
	if got := db.Model().ID; got != msb.ID {
		t.Errorf("earlier version: model %q, want MSB's %q", got, msb.ID)
	}
	if v, _ := db.Setting(ctx, modelKey); v == "" {
		t.Error("an earlier version's database opened for writing got no model recorded")
	}
}
