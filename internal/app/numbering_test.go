package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// modelService opens a new database classified in the shipped model
// name ("klassa" or "msb"), on 2 November 2026.
func modelService(t *testing.T, name string) *Service {
	t.Helper()
	m, ok := domain.ShippedModel(name)
	if !ok {
		t.Fatalf("no model %q", name)
	}
	s, err := NewDatabase(filepath.Join(t.TempDir(), name+".db"), m, WithClock(FixedDay(domain.NewDate(2026, 11, 2))))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// workbookText returns every cell of every sheet of the workbook at path,
// one "sheet!A1=value" a line, and the value of the cell under header
// col in the row whose first matching cell is row, on sheet.
func workbookText(t *testing.T, path string) (string, func(sheet, row, col string) string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	var b strings.Builder
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for i, r := range rows {
			for j, v := range r {
				if v != "" {
					cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
					b.WriteString(sh + "!" + cell + "=" + v + "\n")
				}
			}
		}
	}
	cell := func(sheet, row, col string) string {
		rows, _ := f.GetRows(sheet)
		at := -1
		for j, h := range rows[0] {
			if h == col {
				at = j
			}
		}
		for _, r := range rows[1:] {
			for _, v := range r {
				if v == row && at >= 0 && at < len(r) {
					return r[at]
				}
			}
		}
		t.Fatalf("%s: no row %q with column %q", sheet, row, col)
		return ""
	}
	return b.String(), cell
}

// TestLevelsInTheModelsNumbering: a classification whose confidentiality
// is the scale's third level reads K2 in a KLASSA database and K3 in an
// MSB one, everywhere a user reads it: the blockers, the protocol PDF,
// the exported list's cells (reopened), the Word review and the review
// workbook. No output prints a level as its ordinal.
func TestLevelsInTheModelsNumbering(t *testing.T) {
	for name, k := range map[string]string{"klassa": "2", "msb": "3"} {
		t.Run(name, func(t *testing.T) {
			s := modelService(t, name)
			ctx := context.Background()
			ws := undecided(t, s, true) // every level the scale's second
			c := ws.Classification
			if err := s.Rate(c.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Personnummer och hälsouppgifter"}); err != nil {
				t.Fatal(err)
			}
			if err := s.Rate(c.InfoTypes[1].ID, domain.Integrity, domain.Rating{Level: 3}); err != nil {
				t.Fatal(err)
			}
			ws, _ = s.OpenWorkshop(ws.Asset.ID)
			var blockers []string
			for _, p := range s.Blockers(ws.Asset, ws.Classification, ws.Threshold) {
				blockers = append(blockers, p.Message)
			}
			if want := "'Ritningar': R" + k + " saknar motivering."; !strings.Contains(strings.Join(blockers, "\n"), want) {
				t.Errorf("blockers %q lack %q", blockers, want)
			}
			dir := t.TempDir()
			pdfPath := filepath.Join(dir, "protokoll.pdf")
			if _, err := s.ExportProtocolPDF(ctx, pdfPath, ws.Asset.Name); err != nil {
				t.Fatal(err)
			}
			protocol := strings.Join(strings.Fields(strings.Join(pdfText(t, pdfPath), " ")), " ")
			for _, w := range []string{"K" + k + " från 'Ansökningar'", "K" + k + ": Personnummer och hälsouppgifter"} {
				if !strings.Contains(protocol, w) {
					t.Errorf("the protocol lacks %q:\n%s", w, protocol)
				}
			}
			if err := s.Rate(c.InfoTypes[1].ID, domain.Integrity, domain.Rating{Level: 3, Motivation: "Fel ritning ger fel beslut"}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Decide(c.ID, domain.OwnerDecision{By: "Lena Ek"}); err != nil {
				t.Fatal(err)
			}
			listPath := filepath.Join(dir, "lista.xlsx")
			if _, err := s.ExportList(ctx, listPath, ListOptions{History: true}); err != nil {
				t.Fatal(err)
			}
			all, cell := workbookText(t, listPath)
			if got := cell(xlsx.SheetList, ws.Asset.Name, "K"); got != k {
				t.Errorf("list K %q, want %q", got, k)
			}
			if got := cell(xlsx.SheetList, ws.Asset.Name, "Högsta nivå"); got != k {
				t.Errorf("list Högsta nivå %q, want %q", got, k)
			}
			if got := cell(xlsx.SheetTypes, "Ansökningar", "K"); got != k {
				t.Errorf("Klassningar K %q, want %q", got, k)
			}
			docxPath := filepath.Join(dir, "LG 2026.docx")
			if err := s.ExportReviewDocx(ctx, docxPath, 2026); err != nil {
				t.Fatal(err)
			}
			review := docxText(t, docxPath)
			for _, w := range []string{"1 på nivå " + k, "Tillgångar på nivå " + k} {
				if !strings.Contains(review, w) {
					t.Errorf("the review lacks %q", w)
				}
			}
			bookPath := filepath.Join(dir, "LG 2026.xlsx")
			if err := s.ExportReview(ctx, bookPath, 2026); err != nil {
				t.Fatal(err)
			}
			book, _ := workbookText(t, bookPath)
			if !strings.Contains(book, "=Tillgångar på nivå "+k+"\n") || !strings.Contains(book, "=Nivå "+k+"\n") {
				t.Errorf("the review workbook lacks its levels in the model's numbers")
			}
			for what, text := range map[string]string{"protocol": protocol, "list": all, "review": review, "review workbook": book} {
				if strings.Contains(text, "ordinal(") {
					t.Errorf("the %s prints a level by its place on the scale", what)
				}
			}
		})
	}
}

// TestKlassaRoundTrip: the KLASSA-style list imports into a KLASSA
// database with every level right; its export writes KLASSA's numbers
// and imports again with no change at all.
func TestKlassaRoundTrip(t *testing.T) {
	s := modelService(t, "klassa")
	ctx := context.Background()
	p, err := s.PreviewImport(ctx, list("klassa-export-0-3.xlsx"), "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if p.Create != 8 {
		t.Errorf("%d to create, want 8", p.Create)
	}
	if err := s.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	sums, err := s.Register()
	if err != nil {
		t.Fatal(err)
	}
	m := s.Model()
	got := map[string]string{}
	for _, x := range sums {
		var levels []string
		for _, a := range m.AspectCodes() {
			levels = append(levels, m.LevelLabel(a, x.Effective[a]))
		}
		got[x.Asset.Name] = strings.Join(levels, " ")
	}
	for name, want := range map[string]string{
		"Färdtjänstbeställning":                    "K2 R2 T2 S1",
		"Detaljplaner och planarkiv":               "K0 R2 T1 S0",
		"Fastighetsregister med skyddade adresser": "K3 R2 T1 S2",
		"Miljötillsyn livsmedel":                   "K1 R2 T1 S1",
		"Felanmälan gata och park":                 "K0 R1 T1 S0",
	} {
		if got[name] != want {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	_, cell := workbookText(t, path)
	for name, want := range map[string]string{"Fastighetsregister med skyddade adresser": "3", "Detaljplaner och planarkiv": "0"} {
		if k := cell(xlsx.SheetList, name, "K"); k != want {
			t.Errorf("%s: exported K %q, want KLASSA's %q", name, k, want)
		}
	}
	again, err := s.PreviewImport(ctx, path, "")
	if err != nil || !again.OK() {
		t.Fatalf("re-import: %v %v", err, again.Problems)
	}
	if again.Create != 0 || again.Update != 0 || len(again.Rows) != 0 || again.Unchanged != 8 {
		t.Errorf("an unchanged export re-imports with changes: %d new, %d updated, %d unchanged, rows %+v",
			again.Create, again.Update, again.Unchanged, again.Rows)
	}
}

// TestKlassaListIntoMSB: in an MSB 1–4 database the list's 0s are asked
// about with the answer named; answered, the list imports right.
func TestKlassaListIntoMSB(t *testing.T) {
	s := modelService(t, "msb")
	ctx := context.Background()
	p, err := s.PreviewImport(ctx, list("klassa-export-0-3.xlsx"), "")
	if err != nil {
		t.Fatal(err)
	}
	if p.OK() || !strings.Contains(strings.Join(p.Problems, "\n"), "-levels '0=1,1=2,2=3,3=4'") {
		t.Fatalf("the 0s are not asked about: %v", p.Problems)
	}
	if err := s.ApplyImport(ctx, p); err == nil {
		t.Fatal("a preview with a question applied")
	}
	p, err = s.PreviewAgain(ctx, p, ImportOptions{Levels: "0=1,1=2,2=3,3=4"})
	if err != nil || !p.OK() {
		t.Fatalf("answered: %v %v", err, p.Problems)
	}
	if err := s.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	sums, _ := s.Register()
	m := s.Model()
	for _, x := range sums {
		if x.Asset.Name == "Fastighetsregister med skyddade adresser" {
			info, _ := m.Level(x.Effective[domain.Confidentiality])
			if got := m.LevelLabel(domain.Confidentiality, x.Effective[domain.Confidentiality]); got != "K4" || info.Label != "Allvarlig" {
				t.Errorf("KLASSA's 3 read as %s %s, want K4 Allvarlig", got, info.Label)
			}
		}
	}
}

// TestModelOf: a classification is shown in the model it was made under
// (an MSB classification in a database now in KLASSA reads 1–4); one
// that records no model, and no classification, in the database's.
func TestModelOf(t *testing.T) {
	s := modelService(t, "klassa")
	msb, _ := domain.ShippedModel("msb")
	if got := s.ModelOf(&domain.Classification{ModelID: msb.ID, ModelVersion: msb.Version}); got.ID != msb.ID || got.LevelLabel(domain.Confidentiality, 3) != "K3" {
		t.Errorf("an MSB classification in a KLASSA database: model %s", got.ID)
	}
	for _, c := range []*domain.Classification{nil, {}} {
		if got := s.ModelOf(c); got.ID != s.Model().ID {
			t.Errorf("%+v: model %s, want the database's", c, got.ID)
		}
	}
}

// TestOutOfScaleInTheModelsNumbers: a level off the scale is refused in
// the model's numbers: KLASSA's scale is 0–4, its sixth place "5".
func TestOutOfScaleInTheModelsNumbers(t *testing.T) {
	s := modelService(t, "klassa")
	ws := undecided(t, s, false)
	err := s.Rate(ws.Classification.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 6, Motivation: "x"})
	if err == nil || !strings.Contains(err.Error(), "nivån 5 ligger utanför skalan 0–4") {
		t.Errorf("a level off KLASSA's scale: %v", err)
	}
	if err := s.db.SetRating(s.ctx, ws.Classification.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 6}); err == nil {
		t.Error("the store took a level off the scale")
	} else if f, args, ok := Message(err); !ok || !strings.Contains(fmt.Sprintf(f, args...), "Ogiltig nivå 5 för K; skalan är 0–4") {
		t.Errorf("the store's refusal reads %q %v", f, args)
	}
}
