package xlsx

import (
	"context"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// registerOf reads db as the use cases give it to an import (the tests
// here rank without the unmet requirements; app's tests count them).
func registerOf(tb testing.TB, db *sqlite.DB, today domain.Date) Register {
	tb.Helper()
	sums, err := db.Summaries(context.Background(), today)
	if err != nil {
		tb.Fatal(err)
	}
	domain.Prioritize(sums, domain.Priorities(), domain.DefaultModel(), today)
	r := Register{Summaries: sums}
	must := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	var e error
	r.Latest, e = db.LatestClassifications(context.Background())
	must(e)
	r.Current, e = db.CurrentThresholds(context.Background())
	must(e)
	r.Excluded, e = db.AllRequirementExclusions(context.Background())
	must(e)
	r.Fulfilled, e = db.AllFulfilments(context.Background())
	must(e)
	r.Processings, e = db.Processings(context.Background())
	must(e)
	return r
}

// matchDB matches p against db on day today.
func matchDB(tb testing.TB, p *Preview, db *sqlite.DB, today domain.Date) error {
	p.MatchOn(registerOf(tb, db, today), domain.DefaultModel(), today)
	return nil
}

// applyDB matches p when it is not yet and applies its plan to db.
func applyDB(tb testing.TB, db *sqlite.DB, p *Preview, source string, today domain.Date) error {
	if !p.OK() {
		return ErrProblems
	}
	if !p.matched {
		matchDB(tb, p, db, today)
	}
	steps, err := p.Plan(source, domain.DefaultModel())
	if err != nil {
		return err
	}
	rows, err := p.PlannedProcessings()
	if err != nil {
		return err
	}
	var procs []sqlite.ImportProcessing
	for _, r := range rows {
		procs = append(procs, sqlite.ImportProcessing{Row: r.Row, Create: r.Action == Create, Processing: r.Processing, Assets: r.Assets})
	}
	return db.ApplyImportAll(context.Background(), steps, procs, domain.DefaultModel())
}
