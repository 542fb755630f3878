package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestImportProcessingsInTheImportsTransaction: the processings of an
// import link to the assets the same import creates; a processing the
// rules refuse rolls back the whole import, its assets too; an update
// replaces the links with the file's.
func TestImportProcessingsInTheImportsTransaction(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	steps := newAssets("System", 2, "")
	bad := ImportProcessing{Row: 3, Create: true, Processing: domain.Processing{Name: "Lön", DPIA: domain.ProcessingDPIA{Status: domain.DPIADone}},
		Assets: []string{"System 0"}}
	if err := db.ApplyImportAll(ctx, steps, []ImportProcessing{bad}, db.Model()); !errors.Is(err, domain.ErrProcessingDoneUndated) {
		t.Fatalf("a done DPIA without a date: %v", err)
	}
	if any, _ := db.HasAssets(ctx); any {
		t.Fatal("the refused import's assets were written")
	}
	good := ImportProcessing{Row: 2, Create: true, Processing: domain.Processing{Name: "Lön", DPIA: domain.ProcessingDPIA{Status: domain.DPIAPlanned}},
		Assets: []string{"System 0", "system  1"}}
	must(t, db.ApplyImportAll(ctx, newAssets("System", 2, ""), []ImportProcessing{good}, db.Model()))
	ps, err := db.Processings(ctx)
	if err != nil || len(ps) != 1 || len(ps[0].AssetIDs) != 2 {
		t.Fatalf("%v %+v", err, ps)
	}
	good.Create, good.Assets = false, []string{"System 1"}
	good.Processing.DPIA.Status = domain.DPIAOngoing
	must(t, db.ApplyImportAll(ctx, nil, []ImportProcessing{good}, db.Model()))
	ps, _ = db.Processings(ctx)
	one, _ := db.AssetByName(ctx, "System 1")
	if len(ps) != 1 || ps[0].DPIA.Status != domain.DPIAOngoing || len(ps[0].AssetIDs) != 1 || ps[0].AssetIDs[0] != one.ID {
		t.Errorf("updated to %+v", ps)
	}
	good.Create = true // the preview is stale: refused, not a second processing
	if err := db.ApplyImportAll(ctx, nil, []ImportProcessing{good}, db.Model()); !errors.Is(err, domain.ErrProcessingExists) {
		t.Errorf("created a processing that exists: %v", err)
	}
	gone := ImportProcessing{Row: 2, Processing: domain.Processing{Name: "Borttagen"}}
	if err := db.ApplyImportAll(ctx, nil, []ImportProcessing{gone}, db.Model()); !errors.Is(err, ErrNotFound) {
		t.Errorf("updated a processing that is not there: %v", err)
	}
}
