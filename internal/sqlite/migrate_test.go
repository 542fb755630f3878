package sqlite

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/fixture"
)

// copySchema copies testdata/schemas/name to a temporary folder.
func copySchema(t *testing.T, name string) string { return fixture.Copy(t, "schemas", name) }

// TestMigrationsFromEveryVersion opens a database of each earlier schema
// version, upgrades it, and checks that nothing was lost: every asset,
// every decided classification still decided, and the history in codes
// that read as the Swedish labels it had.
func TestMigrationsFromEveryVersion(t *testing.T) {
	for v := 1; v < latestVersion(); v++ {
		name := fmt.Sprintf("v%d.db", v)
		t.Run(name, func(t *testing.T) {
			path := copySchema(t, name)
			db, err := Open(path)
			if err != nil {
				t.Fatalf("open: %v", err)
			}
			defer db.Close()
			if got, _ := db.SchemaVersion(ctx); got != latestVersion() {
				t.Fatalf("schema %d after open, want %d", got, latestVersion())
			}
			if err := db.IntegrityCheck(ctx); err != nil {
				t.Fatal(err)
			}
			as, err := db.Assets(ctx)
			if err != nil || len(as) != 14 {
				t.Fatalf("%d assets, %v; want the 14 of the demo", len(as), err)
			}
			var drafted, decided int
			db.db.QueryRow("SELECT count(*) FROM classifications WHERE decided_by <> '' AND decided_at <> ''").Scan(&drafted)
			db.db.QueryRow("SELECT count(*) FROM classifications WHERE decided_on <> ''").Scan(&decided)
			if decided == 0 || decided != drafted {
				t.Errorf("%d classifications decided after the upgrade, %d before", decided, drafted)
			}
			h, err := db.AllHistory(ctx)
			if err != nil || len(h) == 0 {
				t.Fatalf("history: %d rows, %v", len(h), err)
			}
			for _, c := range h {
				if _, ok := domain.ChangeLabels[c.Entity+"."+c.Field]; !ok {
					t.Errorf("history row %+v was not converted to a code", c)
					break
				}
			}
			if bs, _ := Backups(path); len(bs) == 0 {
				t.Error("no backup was taken before the upgrade")
			}
		})
	}
}

// TestHistoryLabelsBecomeCodes writes history rows as Infoklass wrote
// them before codes into a version-5 database, upgrades it, and checks
// each row's code, arguments and the Swedish label it reads as.
func TestHistoryLabelsBecomeCodes(t *testing.T) {
	path := copySchema(t, "v5.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		entity, field, old, new string
		code                    string
		args                    []string
		label                   string
	}{
		{"rating", "Journalanteckningar: K nivå", "–", "4", "level", []string{"Journalanteckningar", "K"}, "Journalanteckningar: K nivå"},
		{"rating", "Lön: ersättning: T motivering", "", "En vecka", "motivation", []string{"Lön: ersättning", "T"}, "Lön: ersättning: T motivering"},
		{"infotype", "Ärenden: beskrivning", "", "Alla ärenden", "description", []string{"Ärenden"}, "Ärenden: beskrivning"},
		{"infotype", "Ärenden: markeringar", "", "personal", "flags", []string{"Ärenden"}, "Ärenden: markeringar"},
		{"infotype", "informationstyp tillagd", "", "Ärenden", "added", nil, "Informationstyp tillagd"},
		{"raise", "R höjd till", "–", "3", "level", []string{"R"}, "R höjd till"},
		{"raise", "S höjningsskäl", "", "annat", "reason", []string{"S"}, "S höjningsskäl"},
		{"threshold", "B4 svar", "", "ja", "answer", []string{"B4"}, "B4 svar"},
		{"threshold", "C1 kommentar", "", "Se DPIA", "comment", []string{"C1"}, "C1 kommentar"},
		{"threshold", "deltagare", "", "Eva", "participants", nil, "Deltagare i tröskelanalysen"},
		{"threshold", "ej tillämplig", "nej", "ja", "not_applicable", nil, "Tröskelanalys ej tillämplig"},
		{"plan", "plan 2027", "", "accepterad Q2", "plan", []string{"2027"}, "Plan 2027"},
		{"requirement", "S-02 ej tillämplig", "", "Ingen loggning", "excluded", []string{"S-02"}, "S-02 ej tillämplig"},
		{"asset", "samhällsviktig (RSA)", "nej", "ja", "rsa_critical", nil, "Samhällsviktig (RSA)"},
		{"asset", "typ", "system", "tjanst", "kind", nil, "Typ"},
		{"asset", "statusskäl", "", "Avvecklas", "status_reason", nil, "Statusskäl"},
		{"classification", "typ", "lokal", "uppfoljning", "kind", nil, "Typ av klassning"},
		{"classification", "klassning skapad", "", "lokal 2025-03-01", "created", nil, "Klassning skapad"},
		{"participant", "deltagare", "Eva", "Eva Ek", "name", nil, "Deltagare"},
		{"parked", "parkerad fråga", "", "Vem äger loggarna?", "added", nil, "Parkerad fråga"},
		{"parked", "parkerad fråga", "Vem?", "Vem äger loggarna?", "text", nil, "Parkerad fråga"},
		{"asset", "något okänt", "a", "b", "något okänt", nil, "något okänt"},
	}
	for _, c := range cases {
		if _, err := raw.Exec(`INSERT INTO changes (at, user, asset_id, entity, entity_id, field, old, new)
			VALUES ('2025-01-01T10:00:00Z', 'isam', 1, ?, 1, ?, ?, ?)`, c.entity, c.field, c.old, c.new); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h, err := db.History(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	h = h[:len(cases)] // newest first: the rows just written
	for i, c := range cases {
		got := h[len(cases)-1-i]
		format, args := got.Label()
		label := fmt.Sprintf(format, args...)
		if got.Field != c.code || strings.Join(got.Args, "|") != strings.Join(c.args, "|") || label != c.label {
			t.Errorf("%s %q became %q %q, reading %q; want %q %q, %q", c.entity, c.field, got.Field, got.Args, label, c.code, c.args, c.label)
		}
	}
	if created := h[len(cases)-1-17]; created.New != "2025-03-01" {
		t.Errorf("a classification created before codes keeps %q as its new value, want the date", created.New)
	}
}

// TestScaleMigration opens a version-10 database (the demo, written by
// the Infoklass before migration 0011) and checks what 0011 did: every
// rating, raise, vote and norm level kept, a level up to domain.MaxScale
// stored and one above it refused, the classifications' MSB 1–4 model
// recorded in the models table, and the schema exactly the one a new
// database gets (the check command finds nothing).
func TestScaleMigration(t *testing.T) {
	path := copySchema(t, "v10.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	counts := func(q *sql.DB) (out [6]int) {
		for i, table := range []string{"ratings", "raises", "votes", "norm_ratings", "norm_raises", "rating_origins"} {
			q.QueryRow("SELECT count(*) + coalesce(sum(" + map[bool]string{true: "norm_level", false: "level"}[table == "rating_origins"] + "), 0) * 1000 FROM " + table).Scan(&out[i])
		}
		return out
	}
	before := counts(raw)
	raw.Close()
	if before[0] == 0 {
		t.Fatalf("the v10 fixture has no ratings: %v", before)
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if after := counts(db.db); after != before {
		t.Errorf("levels after the rebuild %v, before %v", after, before)
	}
	if problems, err := db.Check(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("check after the upgrade: %v %v", problems, err)
	}
	msb, _ := domain.ShippedModel("msb")
	var models, unrecorded int
	db.db.QueryRow("SELECT count(*) FROM models").Scan(&models)
	db.db.QueryRow(`SELECT count(*) FROM classifications c WHERE NOT EXISTS
		(SELECT 1 FROM models m WHERE m.model_id = c.model_id AND m.version = c.model_version)`).Scan(&unrecorded)
	if models != 1 || unrecorded != 0 {
		t.Errorf("%d models recorded, %d classifications without theirs; want MSB 1–4 once, none without", models, unrecorded)
	}
	m, err := db.ClassificationModel(ctx, msb.ID, msb.Version)
	if err != nil || m.ID != msb.ID || m.MaxLevel() != 4 || m.Number(1) != 1 {
		t.Fatalf("the classifications' model: %+v, %v; want MSB 1–4", m, err)
	}
	var itID int64
	db.db.QueryRow("SELECT info_type_id FROM ratings LIMIT 1").Scan(&itID)
	for _, c := range []struct {
		level int
		ok    bool
	}{{5, true}, {domain.MaxScale, true}, {domain.MaxScale + 1, false}, {-1, false}} {
		_, err := db.db.Exec("UPDATE ratings SET level = ? WHERE info_type_id = ? AND aspect = 'K'", c.level, itID)
		if (err == nil) != c.ok {
			t.Errorf("rating at level %d: %v, want stored %v", c.level, err, c.ok)
		}
		_, err = db.db.Exec(`INSERT OR REPLACE INTO raises (classification_id, aspect, level)
			SELECT classification_id, 'K', ? FROM info_types WHERE id = ?`, c.level, itID)
		if (err == nil) != c.ok {
			t.Errorf("raise to level %d: %v, want stored %v", c.level, err, c.ok)
		}
	}
}

// TestOlderDatabasesGetTheirModelRecorded opens every fixture from
// before the models table and checks that each classification's model
// can be read from it.
func TestOlderDatabasesGetTheirModelRecorded(t *testing.T) {
	for v := 1; v <= 10; v++ {
		path := copySchema(t, fmt.Sprintf("v%d.db", v))
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var unrecorded, total int
		db.db.QueryRow(`SELECT count(*) FROM classifications c WHERE NOT EXISTS
			(SELECT 1 FROM models m WHERE m.model_id = c.model_id AND m.version = c.model_version)`).Scan(&unrecorded)
		db.db.QueryRow("SELECT count(*) FROM classifications").Scan(&total)
		if total == 0 || unrecorded != 0 {
			t.Errorf("v%d: %d of %d classifications without their model recorded", v, unrecorded, total)
		}
		db.Close()
	}
}
