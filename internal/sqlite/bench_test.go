package sqlite

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// fillBulk writes n assets, each with a classification of five rated
// information types, in one transaction.
func fillBulk(tb testing.TB, db *DB, n int) {
	tb.Helper()
	now := timestamp(db.now())
	err := db.write(ctx, func(tx *sql.Tx) error {
		for i := 0; i < n; i++ {
			name := fmt.Sprintf("Tillgång %05d", i)
			res, err := tx.Exec(`INSERT INTO assets (name, name_key, status, created_at, updated_at) VALUES (?, ?, 'ej_paborjad', ?, ?)`,
				name, nameKey(name), now, now)
			if err != nil {
				return err
			}
			aid, _ := res.LastInsertId()
			decided := ""
			if i%2 == 0 {
				decided = "2026-01-01"
			}
			res, err = tx.Exec(`INSERT INTO classifications (asset_id, date, kind, model_id, model_version, decided_by, decided_at, next_review, created_at, updated_at)
				VALUES (?, '2026-01-01', 'lokal', 'infoklass-standard', 1, 'Ägare', ?, '2027-01-01', ?, ?)`, aid, decided, now, now)
			if err != nil {
				return err
			}
			cid, _ := res.LastInsertId()
			for j := 0; j < 5; j++ {
				t := domain.InfoType{Name: fmt.Sprintf("Typ %d", j), Flags: []domain.Flag{domain.FlagPersonal}, Ratings: map[domain.Aspect]domain.Rating{}}
				for k, a := range domain.AllAspects {
					t.Ratings[a] = domain.Rating{Level: domain.Level(1 + (i+j+k)%4), Motivation: "Motivering av nivån för denna aspekt."}
				}
				if err := db.insertInfoType(ctx, tx, cid, j, &t); err != nil {
					return err
				}
			}
			if err := db.refreshSummary(ctx, tx, cid); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkSummaries10k measures reading the register of 10,000 assets
// with five information types each.
func BenchmarkSummaries10k(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	fillBulk(b, db, 10000)
	today := domain.NewDate(2026, 11, 23)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := db.Summaries(ctx, today)
		if err != nil || len(s) != 10000 {
			b.Fatalf("%d summaries, %v", len(s), err)
		}
	}
}
