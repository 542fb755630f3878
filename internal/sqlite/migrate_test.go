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
