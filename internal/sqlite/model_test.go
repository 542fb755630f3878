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

// TestKlassaDatabaseStoresFiveLevels creates a database with the KLASSA
// model (WithNewModel): it stores KLASSA's fifth level (4, Synnerligen
// allvarlig) and refuses a sixth, while a database of MSB 1–4 refuses
// the fifth. Each classification keeps the model it was made under after
// the database's model changes.
func TestKlassaDatabaseStoresFiveLevels(t *testing.T) {
	klassa, _ := domain.ShippedModel("klassa")
	for _, c := range []struct {
		model      *domain.Model
		five, six  bool
		wantNumber string
	}{{klassa, true, false, "4"}, {nil, false, false, ""}} {
		path := filepath.Join(t.TempDir(), "ny.db")
		db, err := Open(path, WithNewModel(c.model))
		if err != nil {
			t.Fatal(err)
		}
		want := domain.DefaultModel()
		if c.model != nil {
			want = c.model
		}
		if db.Model().ID != want.ID {
			t.Fatalf("new database: model %q, want %q", db.Model().ID, want.ID)
		}
		a := &domain.Asset{Name: "Procapita"}
		must(t, db.CreateAsset(ctx, a))
		cl := domain.NewClassification(a.ID, db.Model(), domain.NewDate(2026, 3, 1))
		cl.InfoTypes = []domain.InfoType{{Name: "Skyddade adresser", Ratings: map[domain.Aspect]domain.Rating{}}}
		must(t, db.CreateClassification(ctx, cl))
		it := cl.InfoTypes[0].ID
		err5 := db.SetRating(ctx, it, domain.Confidentiality, domain.Rating{Level: 5, Motivation: "Skyddad folkbokföring"})
		err6 := db.SetRating(ctx, it, domain.Integrity, domain.Rating{Level: 6})
		if (err5 == nil) != c.five || (err6 == nil) != c.six {
			t.Errorf("%s: level 5 %v, level 6 %v", want.ID, err5, err6)
		}
		// A raise, a vote and a norm at the fifth level.
		errRaise := db.SetRaise(ctx, cl.ID, domain.Availability, &domain.Raise{Level: 5, Reason: domain.RaiseAccumulation, Explanation: "Allt samlat"})
		n := libraryNorm(1)
		n.InfoTypes[0].Ratings[domain.Confidentiality] = domain.Rating{Level: 5, Motivation: "Skyddad folkbokföring"}
		n.Raises[domain.Availability] = domain.Raise{Level: 5, Reason: domain.RaiseAccumulation, Explanation: "Allt samlat"}
		errNorm := db.ImportNorm(ctx, n)
		eva := &domain.Participant{Name: "Eva Ek"}
		must(t, db.AddParticipant(ctx, cl.ID, eva))
		r, err := db.StartVote(ctx, it, domain.Confidentiality)
		must(t, err)
		errVote := db.CastVote(ctx, r.ID, eva.ID, 5)
		for what, err := range map[string]error{"raise": errRaise, "norm": errNorm, "vote": errVote} {
			if (err == nil) != c.five {
				t.Errorf("%s: %s at level 5: %v", want.ID, what, err)
			}
		}
		if c.five {
			got, _ := db.Classification(ctx, cl.ID)
			if l := got.InfoTypes[0].Ratings[domain.Confidentiality].Level; l != 5 || want.NumberText(l) != c.wantNumber {
				t.Errorf("read back level %d", l)
			}
		}
		// The database's model changes (here by hand); the classification keeps its own.
		other, _ := domain.ShippedModel("msb")
		if c.model == nil {
			other = klassa
		}
		b, _ := json.Marshal(other)
		must(t, db.SetSetting(ctx, modelKey, string(b)))
		must(t, db.Close())
		db, err = Open(path)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := db.Classification(ctx, cl.ID)
		m, err := db.ClassificationModel(ctx, got.ModelID, got.ModelVersion)
		if err != nil || m.ID != want.ID || m.MaxLevel() != want.MaxLevel() || db.Model().ID != other.ID {
			t.Errorf("after the change: classification's model %v (%v), database's %q", m, err, db.Model().ID)
		}
		db.Close()
	}
}

// TestSetModel: the database's model changes, survives a reopen and
// leaves the classification made before in its model; a model whose id
// and version are stored with other content is refused and nothing
// changes.
func TestSetModel(t *testing.T) {
	ctx := t.Context()
	db, _ := openTemp(t) // MSB 1–4
	msb := db.Model()
	a := &domain.Asset{Name: "Ekonomisystem"}
	if err := db.CreateAsset(ctx, a); err != nil {
		t.Fatal(err)
	}
	c := domain.NewClassification(a.ID, msb, domain.NewDate(2026, 11, 2))
	if err := db.CreateClassification(ctx, c); err != nil {
		t.Fatal(err)
	}
	klassa, _ := domain.ShippedModel("klassa")
	if err := db.SetModel(ctx, klassa); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	if db.Model().ID != klassa.ID {
		t.Fatalf("after a reopen the model is %s", db.Model().ID)
	}
	if m, err := db.ModelOfClassification(ctx, c.ID); err != nil || m.ID != msb.ID {
		t.Errorf("the classification made before is in %v (%v)", m, err)
	}
	changed := *msb
	changed.Name = "MSB ändrad"
	err := db.SetModel(ctx, &changed)
	if e, ok := err.(*Error); !ok || e.Code != CodeModelVersionTaken {
		t.Errorf("a stored version with other content: %v", err)
	}
	if db.Model().ID != klassa.ID {
		t.Errorf("a refused model changed the database's to %s", db.Model().ID)
	}
	if err := db.SetModel(ctx, msb); err != nil || db.Model().ID != msb.ID {
		t.Errorf("back to MSB: %v", err)
	}
}
