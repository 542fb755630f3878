package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// processingExport stores two assets (one whose name holds ", ") and
// two processings, one of them with formula-looking texts, and exports
// the list. It returns the service and the export's path.
func processingExport(t *testing.T) (*Service, string) {
	t.Helper()
	ctx := context.Background()
	s := openTempService(t)
	pay := &domain.Asset{Name: "Lönesystem", OwnerName: "Eva Ek", PersonalData: true}
	hr := &domain.Asset{Name: "Personalsystem, HR", OwnerName: "Per Ås", PersonalData: true}
	must(t, s.CreateAsset(pay))
	must(t, s.CreateAsset(hr))
	must(t, s.CreateProcessing(&domain.Processing{Name: "Lönehantering", Purpose: "Betala ut lön", RecordRef: "RF-2024-017",
		Unit: "HR-enheten", DPIA: domain.ProcessingDPIA{Status: domain.DPIAPlanned, Reference: "Dnr 2026/1"}, AssetIDs: []int64{pay.ID, hr.ID}}))
	must(t, s.CreateProcessing(&domain.Processing{Name: "=Formel", RecordRef: "+RF-1", Purpose: "@SUMMA(A1)",
		DPIA: domain.ProcessingDPIA{Status: domain.DPIANotRequired, Reason: "-Inga känsliga uppgifter"}, AssetIDs: []int64{pay.ID}}))
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	return s, path
}

// editProcessings sets the cells of the processing named name on the
// sheet Behandlingar, by header, and saves the workbook as a new file.
func editProcessings(t *testing.T, path, name string, cells map[string]any) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Behandlingar")
	row := 0
	for i, r := range rows {
		if len(r) > 0 && r[0] == name {
			row = i + 1
		}
	}
	if row == 0 {
		t.Fatalf("no processing %q on Behandlingar: %v", name, rows)
	}
	for h, v := range cells {
		setByHeader(t, f, "Behandlingar", h, row, v)
	}
	out := filepath.Join(t.TempDir(), "ändrad.xlsx")
	must(t, f.SaveAs(out))
	return out
}

// processingByName returns the processing of s named name, with its
// assets' names sorted.
func processingByName(t *testing.T, s *Service, name string) (*domain.Processing, string) {
	t.Helper()
	ps, err := s.Processings()
	must(t, err)
	names := map[int64]string{}
	sums, err := s.Register()
	must(t, err)
	for _, x := range sums {
		names[x.Asset.ID] = x.Asset.Name
	}
	for i := range ps {
		if ps[i].Name == name {
			var as []string
			for _, id := range ps[i].AssetIDs {
				as = append(as, names[id])
			}
			return &ps[i], strings.Join(sortedNames(as), " | ")
		}
	}
	return nil, ""
}

func sortedNames(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestProcessingsComeAlong: an export imported into an empty database
// brings every processing with its DPIA and its assets (a name holding
// ", " too), formula-looking texts as text; the same export previewed
// against its source changes nothing.
func TestProcessingsComeAlong(t *testing.T) {
	ctx := context.Background()
	src, path := processingExport(t)
	p, err := src.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if p.ProcessingCreate != 0 || p.ProcessingUpdate != 0 || p.ProcessingUnchanged != 2 || len(p.Processings) != 0 || p.Create+p.Update != 0 {
		t.Errorf("an unchanged export: %d/%d/%d processings, rows %+v, %d/%d assets", p.ProcessingCreate, p.ProcessingUpdate,
			p.ProcessingUnchanged, p.Processings, p.Create, p.Update)
	}
	dst := newService(t)
	p, err = dst.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if p.ProcessingCreate != 2 || len(p.Processings) != 2 {
		t.Fatalf("into an empty database: %d created, rows %+v", p.ProcessingCreate, p.Processings)
	}
	must(t, dst.ApplyImport(ctx, p))
	for _, name := range []string{"Lönehantering", "=Formel"} {
		want, wantAssets := processingByName(t, src, name)
		got, gotAssets := processingByName(t, dst, name)
		if got == nil {
			t.Fatalf("%q did not come along", name)
		}
		if got.Purpose != want.Purpose || got.RecordRef != want.RecordRef || got.Unit != want.Unit || got.DPIA != want.DPIA || gotAssets != wantAssets {
			t.Errorf("%q came as %+v (%s), want %+v (%s)", name, got, gotAssets, want, wantAssets)
		}
	}
	p, err = dst.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() || p.ProcessingUnchanged != 2 || len(p.Processings) != 0 {
		t.Errorf("re-import after the import: %v %v %+v", err, p.Problems, p.Processings)
	}
	// An asset the file does not have keeps its link: the file does not
	// speak for it.
	extra := &domain.Asset{Name: "Nytt system"}
	must(t, dst.CreateAsset(extra))
	pr, _ := processingByName(t, dst, "Lönehantering")
	must(t, dst.LinkProcessing(extra.ID, pr.ID))
	p, err = dst.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() || p.ProcessingUnchanged != 2 || len(p.Processings) != 0 {
		t.Errorf("re-import beside an asset the file lacks: %v %v %+v", err, p.Problems, p.Processings)
	}
	must(t, dst.ApplyImport(ctx, p))
	if _, assets := processingByName(t, dst, "Lönehantering"); !strings.Contains(assets, "Nytt system") {
		t.Errorf("the link to an asset the file lacks was dropped: %s", assets)
	}
}

// TestEditedDPIAIsPreviewedAndApplied: a DPIA status and date edited in
// the sheet, and an asset taken off, are named field by field in the
// preview and written by the import; a done DPIA without a date is
// refused by the processing rule in the preview and in the apply alike.
func TestEditedDPIAIsPreviewedAndApplied(t *testing.T) {
	ctx := context.Background()
	s, path := processingExport(t)
	edited := editProcessings(t, path, "Lönehantering", map[string]any{"DPIA-status": "Genomförd", "DPIA-datum": "2026-10-01",
		"Informationstillgångar": "Lönesystem"})
	p, err := s.PreviewImport(ctx, edited, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if p.ProcessingUpdate != 1 || len(p.Processings) != 1 {
		t.Fatalf("updates %d, rows %+v", p.ProcessingUpdate, p.Processings)
	}
	r := p.Processings[0]
	if r.Name != "Lönehantering" || r.Action != "Uppdateras" || len(r.Changes) != 3 || !hasChange(r, "DPIA-status", "Planerad", "Genomförd") ||
		!hasChange(r, "DPIA-datum", "", "2026-10-01") || !hasChange(r, "Informationstillgångar", "Lönesystem, Personalsystem, HR", "Lönesystem") {
		t.Errorf("the preview shows %+v", r)
	}
	must(t, s.ApplyImport(ctx, p))
	got, assets := processingByName(t, s, "Lönehantering")
	if got.DPIA.Status != domain.DPIADone || got.DPIA.Date != domain.NewDate(2026, 10, 1) || assets != "Lönesystem" {
		t.Errorf("applied %+v, assets %s", got.DPIA, assets)
	}
	// Done without a date: refused by the rule, named by sheet and row.
	undated := editProcessings(t, path, "Lönehantering", map[string]any{"DPIA-status": "Genomförd"})
	p, err = s.PreviewImport(ctx, undated, "")
	if err != nil {
		t.Fatal(err)
	}
	if p.OK() || !strings.Contains(strings.Join(p.Problems, "\n"), "Blad Behandlingar, rad ") ||
		!strings.Contains(strings.Join(p.Problems, "\n"), "datum") {
		t.Errorf("a done DPIA without a date: %v", p.Problems)
	}
	if err := s.ApplyImport(ctx, p); err == nil {
		t.Error("ApplyImport wrote what the preview refused")
	}
	// The store checks again in its transaction: the same row, unchecked,
	// is refused by the same rule and nothing is written.
	undone := *got
	undone.DPIA.Date = domain.Date{}
	err = s.db.ApplyImportAll(ctx, nil, []sqlite.ImportProcessing{{Row: 2, Processing: undone, Assets: []string{"Lönesystem"}}}, s.model)
	if !errors.Is(err, domain.ErrProcessingDoneUndated) {
		t.Errorf("the store applied a done DPIA without a date: %v", err)
	}
	if again, _ := processingByName(t, s, "Lönehantering"); again.DPIA.Date.IsZero() {
		t.Error("the refused import was written")
	}
}

// TestHostileProcessingCells: a bidi control in a processing's text or
// name, an unknown asset, an unknown status and a date that is no date
// are problems named by sheet, row and column; a DPIA dated after today
// or not required without a reason is refused by the processing rule,
// by sheet and row; and nothing is written.
func TestHostileProcessingCells(t *testing.T) {
	ctx := context.Background()
	_, path := processingExport(t)
	for _, c := range []struct {
		cells map[string]any
		want  string
	}{
		{map[string]any{"Ändamål": "Betala \u202Eut lön"}, "kolumn Ändamål"},
		{map[string]any{"Behandling": "Löne\u202Ehantering"}, "kolumn Behandling"},
		{map[string]any{"Informationstillgångar": "Lönesystem, Okänt system"}, `kolumn Informationstillgångar: "Okänt system" finns inte`},
		{map[string]any{"DPIA-status": "Klar"}, "kolumn DPIA-status"},
		{map[string]any{"DPIA-datum": "i våras"}, "kolumn DPIA-datum"},
		{map[string]any{"DPIA-datum": "2099-01-01"}, "framtiden"},                                          // the processing rule, in the preview and the apply
		{map[string]any{"DPIA-status": "Krävs inte", "Skäl": ""}, "varför konsekvensbedömning inte krävs"}, // likewise
	} {
		file := editProcessings(t, path, "Lönehantering", c.cells)
		dst := newService(t)
		p, err := dst.PreviewImport(ctx, file, "")
		if err != nil {
			t.Fatal(err)
		}
		if all := strings.Join(p.Problems, "\n"); p.OK() || !strings.Contains(all, "Blad Behandlingar, rad ") || !strings.Contains(all, c.want) {
			t.Errorf("%v: problems %q, want %q", c.cells, p.Problems, c.want)
		}
		if err := dst.ApplyImport(ctx, p); err == nil {
			t.Errorf("%v: imported", c.cells)
		}
		if ps, _ := dst.Processings(); len(ps) != 0 {
			t.Errorf("%v: wrote %d processings", c.cells, len(ps))
		}
	}
}
