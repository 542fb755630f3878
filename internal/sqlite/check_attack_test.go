package sqlite

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// decidedFile makes a closed database at path with one decided
// classification and one plain asset.
func decidedFile(t *testing.T, path string) {
	t.Helper()
	db, err := Open(path)
	must(t, err)
	a, c := decidable(t, db)
	th := domain.NewThresholdAnalysis(a.ID, c.ID, domain.NewDate(2026, 3, 1))
	th.NotApplicable, th.NotApplicableReason = true, "Inga personuppgifter"
	must(t, db.CreateThreshold(ctx, th))
	must(t, db.Decide(ctx, c.ID, decision, domain.DefaultModel()))
	must(t, db.CreateAsset(ctx, &domain.Asset{Name: "Lönesystem"}))
	must(t, db.Close())
}

// TestCheckFindsTampering changes a healthy file by hand in SQL, one
// attack at a time, and expects check to name what was done: none of
// these passed check before.
func TestCheckFindsTampering(t *testing.T) {
	attacks := []struct {
		name, sql, want string
	}{
		{"table dropped", "DROP TABLE plan_items", "tabellen plan_items saknas"},
		{"schema_migrations dropped", "DROP TABLE schema_migrations", "tabellen schema_migrations saknas"},
		{"trigger deleting every asset", "CREATE TRIGGER wipe AFTER UPDATE ON assets BEGIN DELETE FROM assets; END", "utlösaren (trigger) wipe hör inte till Infoklass"},
		{"settings a view", "DROP TABLE settings; CREATE VIEW settings AS SELECT 'a' AS key, 'b' AS value", "settings är vyn men ska vara tabellen"},
		{"foreign view", "CREATE VIEW spy AS SELECT * FROM assets", "vyn spy hör inte till Infoklass"},
		{"column changed", "ALTER TABLE assets ADD COLUMN extra TEXT", "tabellen assets har ändrats"},
		{"invalid status", "UPDATE assets SET status = 'hemlig'", `okänd status "hemlig"`},
		{"invalid date", "UPDATE classifications SET date = '2026-13-45'", "ogiltigt datum \"2026-13-45\""},
		{"procurement date", "UPDATE assets SET procurement_date = 'igår'", "upphandlingsdatumet"},
		{"zero-width space", "UPDATE assets SET name = name || char(8203)", "är ogiltigt"},
		{"decided_on cleared", "UPDATE classifications SET decided_on = ''", "beslutet finns i historiken"},
		{"decision in 2099", "UPDATE classifications SET decided_at = '2099-01-01'", "ligger efter dagens datum"},
		{"decided level lowered", "UPDATE ratings SET level = 1 WHERE aspect = 'K'; UPDATE classifications SET eff_k = 1", "har ändrats efter beslutet"},
		{"decided motivation rewritten", "UPDATE ratings SET motivation = 'Ingen skada' WHERE aspect = 'R'", "har ändrats efter beslutet"},
		{"decided without decider", "UPDATE classifications SET decided_by = ''", "saknar beslutsfattare"},
	}
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.db")
			decidedFile(t, path)
			raw, err := sql.Open("sqlite", path)
			must(t, err)
			if _, err := raw.Exec(a.sql); err != nil {
				t.Fatal(err)
			}
			must(t, raw.Close())
			before := folderState(t, filepath.Dir(path))
			var problems []string
			db, err := OpenReadOnly(path)
			if err != nil {
				// Refused at the open, which says why.
				problems = []string{err.Error()}
			} else {
				problems, err = db.Check(ctx)
				db.Close()
				if err != nil {
					t.Fatal(err)
				}
			}
			if !strings.Contains(strings.Join(problems, "\n"), a.want) {
				t.Errorf("check found %q, want %q", problems, a.want)
			}
			sameFolder(t, filepath.Dir(path), before)
		})
	}
}

// TestCheckOfAHealthyFile finds nothing in a file that only Infoklass
// wrote, fresh or upgraded from every earlier schema version.
func TestCheckOfAHealthyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	decidedFile(t, path)
	files := []string{path}
	for v := 1; v < latestVersion(); v++ {
		src := filepath.Join("..", "..", "testdata", "schemas", fmt.Sprintf("v%d.db", v))
		dst := filepath.Join(t.TempDir(), "v.db")
		must(t, copyFile(src, dst))
		files = append(files, dst)
	}
	for _, p := range files {
		db, err := Open(p)
		must(t, err)
		problems, err := db.Check(ctx)
		must(t, err)
		if len(problems) > 0 {
			t.Errorf("%s: %q", filepath.Base(p), problems)
		}
		db.Close()
	}
}
