package xlsx

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/demo"
	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

var today = domain.NewDate(2026, 11, 23)

// demoDB returns a database with the demo district plus synthetic
// assets up to n.
func demoDB(tb testing.TB, n int) *sqlite.DB {
	tb.Helper()
	now, set := demo.MovableClock(time.Now)
	db, err := sqlite.Open(filepath.Join(tb.TempDir(), "demo.db"), sqlite.WithClock(now))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if err := demo.Write(context.Background(), storeUseCases{db}, db.Model(), set, today, n); err != nil {
		tb.Fatal(err)
	}
	return db
}

func exportTo(tb testing.TB, db *sqlite.DB) *excelize.File {
	tb.Helper()
	d, err := Load(db, today)
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		tb.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

func TestExportSheetsAndCells(t *testing.T) {
	db := demoDB(t, 0)
	// An asset whose texts look like formulas.
	evil := &domain.Asset{Name: "=HYPERLINK(\"http://x\",\"klicka\")", Description: "+SUM(A1:A9)",
		OwnerName: "@ägare", Notes: "-1+2", Supplier: "\tTabb"}
	if err := db.CreateAsset(context.Background(), evil); err != nil {
		t.Fatal(err)
	}
	f := exportTo(t, db)

	want := []string{SheetList, SheetTypes, SheetThreshold, SheetProcessings, SheetRequirements, SheetOverview, SheetModel}
	got := f.GetSheetList()
	if len(got) != len(want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sheet %d is %q, want %q", i, got[i], want[i])
		}
	}
	rows, err := f.GetRows(SheetList)
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"Rang", "Poäng", "Skäl", "Informationstillgång", "Status", "K", "R", "T", "S", "Tröskelanalys", "DPIA-status", "Nästa uppföljning", "Upphandling/licens"} {
		if _, ok := col[h]; !ok {
			t.Errorf("header %q missing", h)
		}
	}
	if len(rows) != 16 { // header + 14 demo assets + the evil one
		t.Errorf("%d rows", len(rows))
	}
	// Find the home-care row and check typed cells.
	var home int
	for i, r := range rows {
		if len(r) > col["Informationstillgång"] && r[col["Informationstillgång"]] == "Verksamhetssystem för hemtjänst" {
			home = i + 1
		}
	}
	if home == 0 {
		t.Fatal("home-care asset not exported")
	}
	cell := func(name string, row int) string {
		c, _ := excelize.CoordinatesToCellName(col[name]+1, row)
		return c
	}
	if v, _ := f.GetCellValue(SheetList, cell("K", home)); v != "4" {
		t.Errorf("K = %q, want 4", v)
	}
	if typ, _ := f.GetCellType(SheetList, cell("K", home)); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("K cell type %v, want a number", typ)
	}
	raw, _ := f.GetCellValue(SheetList, cell("Nästa uppföljning", home), excelize.Options{RawCellValue: true})
	if serial, err := excelize.ExcelDateToTime(mustFloat(t, raw), false); err != nil || serial.Format("2006-01-02") != "2027-08-23" {
		t.Errorf("next review raw %q = %v, want the date 2027-08-23 as an Excel serial", raw, serial)
	}
	if v, _ := f.GetCellValue(SheetList, cell("Tröskelanalys", home)); v != "Konsekvensbedömning krävs" {
		t.Errorf("threshold %q", v)
	}
	if v, _ := f.GetCellValue(SheetList, cell("Rang", 2)); v != "1" {
		t.Errorf("first rank %q", v)
	}

	// Formula-looking text stays text.
	seen := false
	for i, r := range rows {
		if r[col["Informationstillgång"]] != evil.Name {
			continue
		}
		seen = true
		for _, name := range []string{"Informationstillgång", "Beskrivning", "Informationsägare", "Anteckningar"} {
			c := cell(name, i+1)
			if fm, _ := f.GetCellFormula(SheetList, c); fm != "" {
				t.Errorf("%s became the formula %q", name, fm)
			}
			if typ, _ := f.GetCellType(SheetList, c); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
				t.Errorf("%s has cell type %v, want a string", name, typ)
			}
		}
		if v, _ := f.GetCellValue(SheetList, cell("Beskrivning", i+1)); v != "+SUM(A1:A9)" {
			t.Errorf("description %q", v)
		}
		st, _ := f.GetCellStyle(SheetList, cell("Informationstillgång", i+1))
		if xf := f.Styles.CellXfs.Xf[st]; xf.QuotePrefix == nil || !*xf.QuotePrefix {
			t.Error("text cell lacks Excel's quote prefix")
		}
	}
	if !seen {
		t.Error("the asset with formula-like text was not exported as text")
	}

	// Klassningar: one row per information type with motivations.
	types, _ := f.GetRows(SheetTypes)
	if types[0][3] != "Informationstyp" || types[0][7] != "Motivering K" {
		t.Errorf("Klassningar header %v", types[0])
	}
	found := false
	for _, r := range types {
		if len(r) > 7 && r[3] == "Skyddade adresser" && r[6] == "4" && r[7] != "" {
			found = true
		}
	}
	if !found {
		t.Error("Skyddade adresser K4 with motivation not in Klassningar")
	}
	// Krav: the strongest requirements at level 4, which the 1–4 model
	// covers in its catalogue (no separate analysis), with ska or bör and
	// how each is verified; one outage requirement per asset.
	req, _ := f.GetRows(SheetRequirements)
	rc := columnsOf(req[0])
	k08, separate, t04, outage := false, false, false, map[string]int{}
	for _, r := range req[1:] {
		asset, id := cellOf(r, rc, "Informationstillgång"), cellOf(r, rc, "Krav-id")
		if asset == "Verksamhetssystem för hemtjänst" && id == "K-08" {
			k08 = cellOf(r, rc, "Ska/bör") == "Ska" && cellOf(r, rc, "Verifieras genom") == "Demonstration, Test"
		}
		if asset == "Verksamhetssystem för hemtjänst" && id == "T-04" {
			t04 = true
		}
		if id == "Skyddsanalys" {
			separate = true
		}
		if strings.HasPrefix(id, "T-0") && id != "T-01" && id != "T-05" {
			outage[asset]++
		}
	}
	if !k08 || separate || !t04 {
		t.Errorf("Krav: K-08 %v, T-04 %v, separate analysis %v", k08, t04, separate)
	}
	for asset, n := range outage {
		if n != 1 {
			t.Errorf("Krav: %s has %d outage requirements", asset, n)
		}
	}
	// Tables with filters on the list sheets, and a chart in Översikt.
	for _, sh := range []string{SheetList, SheetTypes, SheetThreshold, SheetRequirements} {
		tables, err := f.GetTables(sh)
		if err != nil || len(tables) != 1 {
			t.Errorf("%s: %d tables, %v", sh, len(tables), err)
		}
	}
	props, _ := f.GetDocProps()
	if props.Creator != "Infoklass" || props.Title == "" {
		t.Errorf("doc props %+v", props)
	}
	panes, _ := f.GetPanes(SheetList)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header row not frozen: %+v", panes)
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	var f float64
	if _, err := fmt.Sscan(s, &f); err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return f
}

func TestParkedQuestionsSheet(t *testing.T) {
	db := demoDB(t, 0)
	a, _ := db.AssetByName(context.Background(), "Förskolans närvaroapp")
	c, _ := db.LatestClassification(context.Background(), a.ID)
	if err := db.ParkQuestion(context.Background(), c.ID, &domain.ParkedQuestion{Text: "Omfattas vikarier?"}); err != nil {
		t.Fatal(err)
	}
	f := exportTo(t, db)
	rows, err := f.GetRows(SheetParked)
	if err != nil || len(rows) != 2 || rows[1][0] != "Förskolans närvaroapp" || rows[1][1] != "Omfattas vikarier?" || rows[1][2] != "Nej" {
		t.Errorf("parked sheet %v %v", rows, err)
	}
}

// TestProcessingsSheet reopens the export's Behandlingar sheet: one row
// per processing, its registerförteckning entry, DPIA and assets as
// text, a date as a date, and a name that looks like a formula kept as
// text; a single-asset export keeps only that asset's processings.
func TestProcessingsSheet(t *testing.T) {
	db := demoDB(t, 0)
	ctx := context.Background()
	evil := &domain.Processing{Name: "=Lönehantering", RecordRef: "+RF-1"}
	if err := db.CreateProcessing(ctx, evil); err != nil {
		t.Fatal(err)
	}
	f := exportTo(t, db)
	rows, err := f.GetRows(SheetProcessings)
	if err != nil || len(rows) != 7 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	byName := map[string][]string{}
	for _, r := range rows[1:] {
		byName[r[0]] = r
	}
	home := byName["Social dokumentation i hemtjänsten"]
	if strings.Join(rows[0], "|") != "Behandling|Ändamål|Registerförteckning|Ansvarig enhet|DPIA-status|Skäl|DPIA-datum|DPIA-referens|Riskanalys|Informationstillgångar" ||
		len(home) < 10 || home[2] != "RF-2023-004" || home[4] != "Pågående" || home[7] != "Dnr 2026/0412" || home[9] != "Verksamhetssystem för hemtjänst" {
		t.Errorf("header %q, hemtjänst %q", rows[0], home)
	}
	staff := byName["Personaladministration och schemaläggning"]
	if len(staff) < 10 || staff[4] != "Krävs inte" || !strings.Contains(staff[5], "C1") ||
		!strings.Contains(staff[9], "Bemanning vård- och omsorgsboende") || !strings.Contains(staff[9], "Personalens e-post och kalender") {
		t.Errorf("a processing of two assets: %q", staff)
	}
	for i, r := range rows[1:] {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if formula, _ := f.GetCellFormula(SheetProcessings, cell); formula != "" {
			t.Errorf("%s is a formula %q", cell, formula)
		}
		if r[0] == "=Lönehantering" && r[2] != "+RF-1" {
			t.Errorf("formula-like text: %q", r)
		}
	}
	if _, ok := byName["=Lönehantering"]; !ok {
		t.Error("a name that looks like a formula is not kept as text")
	}
	d, _ := Load(db, today)
	one, _ := d.Only("Verksamhetssystem för hemtjänst")
	if len(one.Processings) != 1 || one.Processings[0].Name != "Social dokumentation i hemtjänsten" {
		t.Errorf("single-asset export's processings: %+v", one.Processings)
	}
}

func TestWriteFileIsAtomic(t *testing.T) {
	db := demoDB(t, 0)
	d, _ := Load(db, today)
	path := filepath.Join(t.TempDir(), "lista.xlsx")
	if err := WriteFile(path, d); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	// A failing export leaves the old file in place.
	d.Summaries = append(d.Summaries, domain.AssetSummary{Asset: domain.Asset{Name: string([]byte{0xff, 0xfe})}})
	_ = WriteFile(filepath.Join(t.TempDir(), "saknas", "x.xlsx"), d)
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".infoklass-export-*"))
	if len(matches) != 0 {
		t.Errorf("temporary files left: %v", matches)
	}
}

// BenchmarkExport10k exports 10,000 assets with five information types each.
func BenchmarkExport10k(b *testing.B) {
	db := demoDB(b, 10000)
	d, err := Load(db, today)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := Export(&buf, d); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(buf.Len())/1e6, "MB")
	}
}

// Load reads what an export of db holds, ranked as on today, as the use-case
// layer does; the tests of this package build their data with it.
func Load(db *sqlite.DB, today domain.Date) (*Data, error) {
	sums, err := db.Summaries(context.Background(), today)
	if err != nil {
		return nil, err
	}
	domain.Prioritize(sums, domain.Priorities(), domain.DefaultModel(), today)
	d := &Data{Summaries: sums, Model: domain.DefaultModel(), Source: db.Path(), Today: today, Generated: time.Now()}
	if d.Classifications, err = db.LatestClassifications(context.Background()); err != nil {
		return nil, err
	}
	if d.Thresholds, err = db.CurrentThresholds(context.Background()); err != nil {
		return nil, err
	}
	if d.Exclusions, err = db.AllRequirementExclusions(context.Background()); err != nil {
		return nil, err
	}
	if d.Parked, err = db.AllParkedQuestions(context.Background()); err != nil {
		return nil, err
	}
	if d.Processings, err = db.Processings(context.Background()); err != nil {
		return nil, err
	}
	d.Fulfilments, err = db.AllFulfilments(context.Background())
	return d, err
}

// TestRequirementsOfAHugeList exports a list whose requirement rows would
// not fit a sheet (the limit lowered for the test): the export succeeds,
// and the Krav sheet keeps the rows with an exclusion, which an import
// reads back.
func TestRequirementsOfAHugeList(t *testing.T) {
	db := demoDB(t, 0)
	d, err := Load(db, today)
	if err != nil {
		t.Fatal(err)
	}
	var asset domain.AssetSummary
	for _, s := range d.Summaries {
		if s.Overall != domain.Unset {
			asset = s
			break
		}
	}
	req := domain.Requirements().For(domain.ApplicabilityOf(asset, d.Model))[0]
	if d.Exclusions[asset.Asset.ID] == nil {
		d.Exclusions[asset.Asset.ID] = map[string]string{}
	}
	d.Exclusions[asset.Asset.ID][req.ID] = "Tjänsten har inga egna användare"
	old := requirementRows
	requirementRows = 5
	defer func() { requirementRows = old }()
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		t.Fatalf("a list too large for a row per requirement: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetRequirements)
	kept := 0
	for _, r := range rows[1:] {
		if len(r) > 1 && r[0] != "" {
			kept++
			if r[0] != asset.Asset.Name || r[1] != req.ID {
				t.Errorf("kept a row without an exclusion or fulfilment: %v", r)
			}
		}
	}
	if kept != 1 {
		t.Errorf("%d rows kept, want the one with an exclusion", kept)
	}
}
