package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// scadaData is one T4 asset without personal data, decided or not, with
// motivations and a parked question that must stay inside the municipality.
func scadaData(decided bool) *Data {
	m := domain.DefaultModel()
	a := domain.Asset{ID: 7, Name: "SCADA vattenverk", Description: "Styrning av vattenverk och pumpstationer", Supplier: "Siemens"}
	c := domain.NewClassification(a.ID, m, domain.NewDate(2026, 10, 1))
	t := domain.InfoType{Name: "Styrsignaler", Ratings: map[domain.Aspect]domain.Rating{
		domain.Confidentiality: {Level: 2, Motivation: "Nyckelkoder till pumpstationerna ger tillträde till anläggningen"},
		domain.Integrity:       {Level: 4, Motivation: "Fel dosering kan skada liv och hälsa"},
		domain.Availability:    {Level: 4, Motivation: "Vattnet måste nå alla hushåll i Norrköping"},
		domain.Traceability:    {Level: 2, Motivation: "Ändringar av börvärden följs upp"},
	}}
	c.InfoTypes = []domain.InfoType{t}
	if decided {
		c.DecidedBy, c.DecidedAt, c.DecidedOn = "Teknisk chef", domain.NewDate(2026, 10, 2), time.Date(2026, 10, 2, 9, 0, 0, 0, time.UTC)
	}
	s := domain.AssetSummary{Asset: a, Status: domain.StatusOngoing, ClassificationID: 1,
		Effective: map[domain.Aspect]domain.Level{domain.Confidentiality: 2, domain.Integrity: 4, domain.Availability: 4, domain.Traceability: 2}, Overall: 4}
	return &Data{Summaries: []domain.AssetSummary{s}, Model: m, Classifications: map[int64]*domain.Classification{a.ID: c},
		Parked: map[int64][]domain.ParkedQuestion{a.ID: {{Text: "Vem har nycklarna till stationerna?"}}}, Today: domain.NewDate(2026, 11, 1)}
}

func exportAssetBook(t *testing.T, d *Data, to Audience) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := ExportAsset(&buf, d, to); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// allText returns every cell of every sheet, one per line.
func allText(t *testing.T, f *excelize.File) string {
	var b strings.Builder
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	return b.String()
}

// TestSupplierWorkbook: the supplier's copy of a T4 asset without personal
// data holds one outage requirement, no PUB-avtal and no motivation,
// internal note or parked question, with columns for the answer and the
// evaluation; the internal copy keeps them.
func TestSupplierWorkbook(t *testing.T) {
	f := exportAssetBook(t, scadaData(true), Supplier)
	if got := strings.Join(f.GetSheetList(), ","); got != SheetAsset+","+SheetSupplierRequirements {
		t.Fatalf("sheets %s", got)
	}
	rows, _ := f.GetRows(SheetSupplierRequirements)
	cols := columnsOf(rows[0])
	for _, h := range []string{"Id", "Ska/bör", "Krav", "Verifieras genom", "Leverantörens svar", "Bedömning"} {
		if _, ok := cols[h]; !ok {
			t.Errorf("no column %q in %v", h, rows[0])
		}
	}
	var outage []string
	for _, r := range rows[1:] {
		switch id := cellOf(r, cols, "Id"); {
		case id == "T-02" || id == "T-03" || id == "T-04":
			outage = append(outage, id)
		case id == "K-06":
			t.Error("PUB-avtal required of an asset without personal data")
		}
		if cellOf(r, cols, "Leverantörens svar") != "" || cellOf(r, cols, "Ska/bör") == "" || cellOf(r, cols, "Verifieras genom") == "" {
			t.Errorf("row %v", r)
		}
	}
	if strings.Join(outage, ",") != "T-04" {
		t.Errorf("outage requirements %v, want only T-04", outage)
	}
	text := allText(t, f)
	for _, secret := range []string{"Nyckelkoder", "liv och hälsa", "Norrköping", "nycklarna", "Styrsignaler", DraftMark} {
		if strings.Contains(text, secret) {
			t.Errorf("the supplier's copy holds %q", secret)
		}
	}
	internal := allText(t, exportAssetBook(t, scadaData(true), Internal))
	for _, kept := range []string{"Nyckelkoder", "Vem har nycklarna till stationerna?", "Ska-krav", "T-04"} {
		if !strings.Contains(internal, kept) {
			t.Errorf("the internal copy lacks %q", kept)
		}
	}
}

// TestDraftWorkbooks: a classification not decided is marked a draft on
// every sheet and every printed page of both copies.
func TestDraftWorkbooks(t *testing.T) {
	for _, to := range []Audience{Internal, Supplier} {
		f := exportAssetBook(t, scadaData(false), to)
		for _, sh := range f.GetSheetList() {
			hf, err := f.GetHeaderFooter(sh)
			if err != nil || hf == nil || !strings.Contains(hf.OddHeader, DraftMark) {
				t.Errorf("audience %d, sheet %s: header %+v %v", to, sh, hf, err)
			}
		}
		if v, _ := f.GetCellValue(SheetAsset, "A2"); !strings.HasPrefix(v, DraftMark) {
			t.Errorf("audience %d: A2 %q", to, v)
		}
	}
	if AssetIsDraft(scadaData(true)) || !AssetIsDraft(scadaData(false)) {
		t.Error("AssetIsDraft")
	}
}

// TestAssetWorkbookProcessings: the internal copy names the processings
// the asset serves with their DPIAs; the supplier's copy names none.
func TestAssetWorkbookProcessings(t *testing.T) {
	d := scadaData(true)
	d.Processings = []domain.Processing{{Name: "Kunddata för VA-abonnemang", RecordRef: "RF-2023-044", AssetIDs: []int64{7},
		DPIA: domain.ProcessingDPIA{Status: domain.DPIANotRequired, Reason: "Inga känsliga uppgifter"}}}
	if text := allText(t, exportAssetBook(t, d, Internal)); !strings.Contains(text, "Kunddata för VA-abonnemang, RF-2023-044. Konsekvensbedömning: Krävs inte") {
		t.Errorf("the internal copy lacks the processing:\n%s", text)
	}
	if text := allText(t, exportAssetBook(t, d, Supplier)); strings.Contains(text, "Kunddata för VA-abonnemang") {
		t.Error("the supplier's copy names the processing")
	}
}
