package xlsx

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// messyBook builds a hand-kept list: two blank rows, a merged title row,
// English and Swedish headers, an unknown column and mixed date forms.
func messyBook(t *testing.T, rows [][]any) *bytes.Buffer {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sh := "Blad1"
	f.SetSheetName("Sheet1", sh)
	f.SetCellValue(sh, "A3", "Klassningar Farsta 2025 – ISAM:s lista")
	f.MergeCell(sh, "A3", "H3")
	header := []any{"System", "Ägare", "Status", "Klassad", "K", "Riktighet", "Availability", "Färgkod", "Upphandling", "Kommentar"}
	f.SetSheetRow(sh, "A5", &header)
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 6+i)
		r := r
		f.SetSheetRow(sh, cell, &r)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return &buf
}

func emptyDB(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "tom.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestImportMessyList(t *testing.T) {
	book := messyBook(t, [][]any{
		{"Lönesystem", "Johan Ek", "Fastställd", "2025-03-01", 2, "3 - Betydande", "Måttlig", "grön", "1/9/2026", "Avtal löper ut"},
		{"Ekonomisystem", "Johan Ek", "Planerad", "", "", "", "", "", "", ""},
		{"Skolplattform", "Eva Sundberg", "Fastställd", "1 mars 2025", "K3", 2, 2, "", 46000, ""},
		{},
		{"Säkra meddelanden", "Karin Holm", "Avbruten", "", "", "", "", "", "", "Osäkra förutsättningar"},
	})
	p, err := Read(book, "")
	if err != nil {
		t.Fatal(err)
	}
	if !p.OK() {
		t.Fatalf("problems: %v", p.Problems)
	}
	if p.HeaderRow != 5 || len(p.Items) != 4 {
		t.Fatalf("header row %d, %d items", p.HeaderRow, len(p.Items))
	}
	if !reflect.DeepEqual(p.Ignored, []string{"Färgkod"}) {
		t.Errorf("ignored %v", p.Ignored)
	}
	first := p.Items[0]
	if first.Asset.Name != "Lönesystem" || first.Levels[domain.Integrity] != 3 || first.Levels[domain.Availability] != 2 ||
		!first.Classified.Equal(domain.NewDate(2025, 3, 1)) || !first.Asset.ProcurementDate.Equal(domain.NewDate(2026, 9, 1)) {
		t.Errorf("first row %+v", first)
	}
	if d := p.Items[2].Asset.ProcurementDate; !d.Equal(domain.NewDate(2025, 12, 9)) {
		t.Errorf("serial 46000 read as %v", d)
	}
	db := emptyDB(t)
	if err := matchDB(t, p, db, today); err != nil {
		t.Fatal(err)
	}
	if c, u, n := p.Counts(); c != 4 || u != 0 || n != 0 {
		t.Errorf("counts %d %d %d", c, u, n)
	}
	if err := applyDB(t, db, p, "lista.xlsx", today); err != nil {
		t.Fatal(err)
	}
	sums, _ := db.Summaries(context.Background(), today)
	byName := map[string]domain.AssetSummary{}
	for _, s := range sums {
		byName[s.Asset.Name] = s
	}
	if s := byName["Lönesystem"]; s.Status != domain.StatusReview || s.Effective[domain.Integrity] != 3 || !s.NextReview.Equal(domain.NewDate(2026, 3, 1)) {
		t.Errorf("Lönesystem %+v", s)
	}
	if s := byName["Säkra meddelanden"]; s.Status != domain.StatusCancelled || s.Asset.StatusReason != "Osäkra förutsättningar" {
		t.Errorf("cancelled %+v", s.Asset)
	}

	// The same file again: nothing new.
	book = messyBook(t, [][]any{
		{"Lönesystem", "Johan Ek", "Fastställd", "2025-03-01", 2, "3 - Betydande", "Måttlig", "grön", "1/9/2026", "Avtal löper ut"},
		{"EKONOMISYSTEM ", "Johan Ek", "Planerad", "", "", "", "", "", "", ""},
	})
	p2, _ := Read(book, "")
	matchDB(t, p2, db, today)
	if c, u, n := p2.Counts(); c != 0 || u != 0 || n != 2 {
		t.Errorf("re-import counts %d %d %d, want all unchanged", c, u, n)
	}
	if err := applyDB(t, db, p2, "lista.xlsx", today); err != nil {
		t.Fatal(err)
	}
	again, _ := db.Summaries(context.Background(), today)
	if len(again) != 4 {
		t.Errorf("%d assets after re-import, want 4", len(again))
	}
	// "Senast klassad" is a classification made before Infoklass: no
	// decision here, no decider taken from the owner column.
	cs, _ := db.Classifications(context.Background(), byName["Lönesystem"].Asset.ID)
	if len(cs) != 0 {
		t.Errorf("%d classifications after re-import, want none (an earlier classification)", len(cs))
	}
	e, err := db.EarlierClassification(context.Background(), byName["Lönesystem"].Asset.ID)
	if err != nil || e == nil || e.Date != domain.NewDate(2025, 3, 1) || e.Source != "lista.xlsx" || e.Row == 0 {
		t.Errorf("earlier classification %+v, %v", e, err)
	}
}

func TestImportProblemsWriteNothing(t *testing.T) {
	book := messyBook(t, [][]any{
		{"Lönesystem", "Johan Ek", "Fastställd", "2025-02-30", 5, "hög", "", "", "snart", ""},
		{"", "Anna", "Planerad"},
		{"Diarium", "Johan", "Okänd status"},
		{"Lönesystem", "Dubblett"},
		{"Säkra meddelanden", "Karin Holm", "Avbruten"},
	})
	p, err := Read(book, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"rad 6, kolumn Klassad: \"2025-02-30\"",
		"rad 6, kolumn K: \"5\" är ingen nivå",
		"kolumn Riktighet: värdena \"hög\" (rad 6) är inga nivåer",
		"rad 6, kolumn Upphandling: \"snart\"",
		"rad 7, kolumn System: namn saknas",
		"kolumn Status: okända statusar \"Okänd status\" (rad 8)",
		"rad 9, kolumn System: \"Lönesystem\" finns redan på rad 6",
		"rad 10, kolumn Status: status Avbruten kräver ett skäl",
	}
	var got []string
	for _, pr := range p.Problems {
		got = append(got, pr.String())
	}
	all := strings.Join(got, "\n")
	for _, w := range want {
		if !strings.Contains(all, "Blad Blad1, "+w) {
			t.Errorf("no problem %q in\n%s", w, all)
		}
	}
	db := emptyDB(t)
	if err := applyDB(t, db, p, "x.xlsx", today); err != ErrProblems {
		t.Errorf("apply with problems: %v", err)
	}
	if sums, _ := db.Summaries(context.Background(), today); len(sums) != 0 {
		t.Errorf("%d assets written despite problems", len(sums))
	}
}

func TestImportWrongFiles(t *testing.T) {
	if _, err := Read(strings.NewReader("Namn;Ägare\nLön;Johan\n"), ""); err != ErrNotWorkbook {
		t.Errorf("csv: %v", err)
	}
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "Bara en rubrik")
	var buf bytes.Buffer
	f.Write(&buf)
	p, err := Read(&buf, "")
	if err != nil || p.OK() || !strings.Contains(p.Problems[0].Message, "ingen rubrikrad") ||
		!strings.Contains(p.Problems[0].Message, "-map 'Bara en rubrik=namn'") {
		t.Errorf("no header: %+v %v", p, err)
	}
	buf.Reset()
	f.Write(&buf)
	if _, err := Read(&buf, "Finns inte"); err == nil || !strings.Contains(err.Error(), "Sheet1") {
		t.Errorf("missing sheet: %v", err)
	}
	f.NewSheet("Lista 2025")
	buf.Reset()
	f.Write(&buf)
	if names, err := SheetNames(&buf); err != nil || strings.Join(names, ",") != "Sheet1,Lista 2025" {
		t.Errorf("sheet names %v %v", names, err)
	}
}

// TestRoundTrip exports the demo district, imports the file into an empty
// database, exports again and compares every list sheet cell by cell.
func TestRoundTrip(t *testing.T) {
	src := demoDB(t, 40)
	addParkedAndExclusions(t, src)
	first := sheetsOf(t, src)

	var buf bytes.Buffer
	d, _ := Load(src, today)
	if err := Export(&buf, d); err != nil {
		t.Fatal(err)
	}
	p, err := Read(&buf, "")
	if err != nil {
		t.Fatal(err)
	}
	if !p.Full || !p.OK() {
		t.Fatalf("full %v, problems %v", p.Full, p.Problems)
	}
	dst := emptyDB(t)
	if err := applyDB(t, dst, p, "export.xlsx", today); err != nil {
		t.Fatal(err)
	}
	// A decision the decision rule refuses is not taken again: the import
	// says so, naming the blocker, and the classification comes in
	// undecided. The demo decides through the rule (with the routine DPIA
	// assessment), so none should be refused; if one is, the sheets
	// cannot match.
	blocked := 0
	for _, it := range p.Items {
		for _, n := range it.NotApplied {
			if n.Field == "Fastställd" && strings.Contains(n.Reason, "beslutet inte kan fattas") {
				blocked++
				if !strings.HasSuffix(n.Reason, "fattas: Behovet av konsekvensbedömning är inte bedömt") {
					t.Errorf("%s: blocked by more than the missing routine assessment: %s", it.Asset.Name, n.Reason)
				}
			}
		}
	}
	if blocked > 0 {
		t.Logf("%d decisions of the fixture not taken again (no routine assessment)", blocked)
		return
	}
	second := sheetsOf(t, dst)
	if len(first[SheetProcessings]) < 3 {
		t.Errorf("the demo has %d rows of processings", len(first[SheetProcessings]))
	}
	if len(first) != len(second) {
		t.Errorf("sheets %d, then %d", len(first), len(second))
	}
	for sh, a := range first {
		b := second[sh]
		if len(a) != len(b) {
			t.Errorf("%s: %d rows, then %d", sh, len(a), len(b))
			continue
		}
		for i := range a {
			if sh == SheetOverview && len(a[i]) > 0 && a[i][0] == "Databas" {
				continue // the database file's name
			}
			if !reflect.DeepEqual(a[i], b[i]) {
				t.Errorf("%s row %d differs:\n%v\n%v", sh, i+1, a[i], b[i])
				break
			}
		}
	}
	// The demo holds scope, participants, parked questions and
	// exclusions; all of them came along.
	cols := columnsOf(first[SheetTypes][0])
	scoped, withPeople, raised := 0, 0, 0
	for _, r := range first[SheetTypes][1:] {
		if cellOf(r, cols, "Höjningar") != "" {
			raised++
		}
		if cellOf(r, cols, "Avgränsning") != "" {
			scoped++
		}
		if cellOf(r, cols, "Deltagare") != "" {
			withPeople++
		}
	}
	excl, fulfilled := 0, 0
	reqCols := columnsOf(first[SheetRequirements][0])
	for _, r := range first[SheetRequirements][1:] {
		if cellOf(r, reqCols, "Tillämpligt") == "Ej tillämpligt" {
			excl++
		}
		if cellOf(r, reqCols, "Status") == "Delvis" && cellOf(r, reqCols, "Hur uppfylls kravet") == "Loggar sparas i 90 dagar" {
			fulfilled++
		}
	}
	if scoped == 0 || withPeople == 0 || raised == 0 || len(first[SheetParked]) < 2 || excl == 0 || fulfilled != 1 {
		t.Errorf("the demo lacks what the round trip should carry: %d scoped, %d with participants, %d raised, %d parked rows, %d exclusions, %d fulfilments",
			scoped, withPeople, raised, len(first[SheetParked]), excl, fulfilled)
	}
	// And importing the export into the database it came from changes nothing.
	buf.Reset()
	Export(&buf, d)
	p, _ = Read(&buf, "")
	matchDB(t, p, src, today)
	if c, u, _ := p.Counts(); c != 0 || u != 0 {
		t.Errorf("re-import into the source: %d created, %d updated", c, u)
	}
	if c, u, n := p.ProcessingCounts(); c != 0 || u != 0 || n != len(first[SheetProcessings])-1 {
		t.Errorf("re-import into the source: %d processings created, %d updated, %d unchanged", c, u, n)
	}
}

// addParkedAndExclusions parks a question in the first classification
// that takes one and marks a requirement of the first classified asset
// not applicable.
func addParkedAndExclusions(t *testing.T, db *sqlite.DB) {
	t.Helper()
	sums, _ := db.Summaries(context.Background(), today)
	parked, excluded, raised := false, false, false
	for _, s := range sums {
		if !raised && s.ClassificationID != 0 && s.Effective[domain.Availability] > 0 && s.Effective[domain.Availability] < 4 {
			raised = db.SetRaise(context.Background(), s.ClassificationID, domain.Availability, &domain.Raise{Level: s.Effective[domain.Availability] + 1,
				Reason: domain.RaiseIntegration, Explanation: "Kopplad till journalsystemet – samma drift"}) == nil
		}
		if !parked && s.ClassificationID != 0 {
			parked = db.ParkQuestion(context.Background(), s.ClassificationID, &domain.ParkedQuestion{Text: "Vem äger loggarna hos leverantören?"}) == nil
		}
		if !excluded && s.Overall != domain.Unset {
			if reqs := domain.Requirements().For(domain.ApplicabilityOf(s, domain.DefaultModel())); len(reqs) > 1 {
				excluded = db.SetRequirementExclusion(context.Background(), s.Asset.ID, reqs[0].ID, "Leverantören driver inte tjänsten") == nil &&
					db.SetFulfilment(context.Background(), s.Asset.ID, domain.Fulfilment{RequirementID: reqs[1].ID, Status: domain.FulfilPartly, How: "Loggar sparas i 90 dagar"}) == nil
			}
		}
	}
	if !parked || !excluded || !raised {
		t.Fatalf("parked %v, excluded %v, raised %v", parked, excluded, raised)
	}
}

func sheetsOf(t *testing.T, db *sqlite.DB) map[string][][]string {
	t.Helper()
	f := exportTo(t, db)
	out := map[string][][]string{}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		out[sh] = rows
	}
	return out
}

// BenchmarkImport10k reads and imports an export of 10,000 assets with
// five information types each into an empty database.
func BenchmarkImport10k(b *testing.B) {
	src := demoDB(b, 10000)
	d, err := Load(src, today)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := Read(bytes.NewReader(buf.Bytes()), "")
		if err != nil || !p.OK() {
			b.Fatalf("%v %v", err, p.Problems)
		}
		db := emptyDB(b)
		if err := applyDB(b, db, p, "bench.xlsx", today); err != nil {
			b.Fatal(err)
		}
	}
}
