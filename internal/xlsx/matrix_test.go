package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// matrixOf is a draft classification of three types: one rated below
// its floor, one with a motivation that looks like a formula, one under
// protective security; R raised.
func matrixOf(m *domain.Model) Matrix {
	c := domain.NewClassification(1, m, domain.NewDate(2026, 11, 23))
	rate := func(l domain.Level, mot string) domain.Rating { return domain.Rating{Level: l, Motivation: mot} }
	c.InfoTypes = []domain.InfoType{
		{ID: 1, Name: "Journalanteckningar", Flags: []domain.Flag{domain.FlagPersonal, domain.FlagSensitive},
			Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: rate(1, "Lågt, enligt förvaltningen."),
				domain.Integrity: rate(3, "Fel uppgift ger fel insats."), domain.Availability: rate(2, "Reservrutin finns.")}},
		{ID: 2, Name: "Fakturaunderlag", Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: rate(2, "=SUMMA(A1:A9)"),
			domain.Integrity: rate(2, "+46 8 123 45"), domain.Availability: rate(1, "@kan vänta")}},
		{ID: 3, Name: "Skyddsobjekt", Flags: []domain.Flag{domain.FlagSecurityProtect}, Ratings: map[domain.Aspect]domain.Rating{}},
	}
	c.Raises = map[domain.Aspect]domain.Raise{domain.Integrity: {Level: 4, Reason: domain.RaiseAccumulation, Explanation: "Hela kommunens ärenden."}}
	return Matrix{Asset: domain.Asset{ID: 1, Name: "Treserva"}, Classification: c, Model: m, Made: time.Date(2026, 12, 4, 9, 0, 0, 0, time.Local)}
}

// TestExportMatrix reopens the matrix workbook: the types by the aspects
// with levels in the model's numbering and the motivations as text, the
// floor and the result row, one A4 page landscape.
func TestExportMatrix(t *testing.T) {
	klassa, _ := domain.ShippedModel("klassa")
	for _, m := range []*domain.Model{domain.DefaultModel(), klassa} {
		t.Run(m.ID, func(t *testing.T) {
			var buf bytes.Buffer
			if err := ExportMatrix(&buf, matrixOf(m)); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checkMatrix(t, f, m)
		})
	}
}

func checkMatrix(t *testing.T, f *excelize.File, m *domain.Model) {
	get := func(cell string) string { v, _ := f.GetCellValue(SheetMatrix, cell); return v }
	res := matrixOf(m).Classification.Result(m)
	checks := map[string]string{
		"A1": "Klassningsmatris: Treserva", "A4": "Informationstyp", "C4": "K", "D4": "Motivering konfidentialitet", "E4": "R",
		"A5": "Journalanteckningar", "C5": m.NumberText(1), "E5": m.NumberText(3), "F5": "Fel uppgift ger fel insats.",
		"D6": "=SUMMA(A1:A9)", "F6": "+46 8 123 45", "H6": "@kan vänta",
		"D7": "Säkerhetsskydd: klassas inte här", "A8": "Resultat (högsta nivån)",
		"C8": m.NumberText(res.Aspect(domain.Confidentiality).Effective), "E8": m.NumberText(4),
	}
	for cell, want := range checks {
		if got := get(cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if !strings.Contains(get("A2"), DraftMark) || !strings.Contains(get("A2"), m.Range()) {
		t.Errorf("A2 %q", get("A2"))
	}
	if !strings.Contains(get("D5"), "Under golvet K") || !strings.Contains(get("B5"), "golv K") {
		t.Errorf("the floor: B5 %q, D5 %q", get("B5"), get("D5"))
	}
	if !strings.Contains(get("F8"), "höjd från R"+m.NumberText(3)) || !strings.Contains(get("F8"), "Hela kommunens ärenden.") {
		t.Errorf("the raise: %q", get("F8"))
	}
	for _, cell := range []string{"C5", "E8"} {
		if typ, _ := f.GetCellType(SheetMatrix, cell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s is of type %v", cell, typ)
		}
	}
	for r := 1; r <= 8; r++ {
		for c := 1; c <= 10; c++ {
			cell, _ := excelize.CoordinatesToCellName(c, r)
			if fo, _ := f.GetCellFormula(SheetMatrix, cell); fo != "" {
				t.Errorf("%s holds the formula %q", cell, fo)
			}
		}
	}
	pl, _ := f.GetPageLayout(SheetMatrix)
	if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 1 {
		t.Errorf("page layout %+v", pl)
	}
	if hf, _ := f.GetHeaderFooter(SheetMatrix); hf == nil || !strings.Contains(hf.OddHeader, "Treserva") || !strings.Contains(hf.OddFooter, "Utskriven 2026-12-04") {
		t.Errorf("header and footer %+v", hf)
	}
}

// TestProtocolHasTheMatrix: the protocol workbook carries the matrix as
// its second sheet.
func TestProtocolHasTheMatrix(t *testing.T) {
	mx := matrixOf(domain.DefaultModel())
	var buf bytes.Buffer
	if err := ExportProtocol(&buf, Protocol{Asset: mx.Asset, Classification: mx.Classification, Model: mx.Model, Made: mx.Made}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != SheetProtocol || got[1] != SheetMatrix {
		t.Errorf("sheets %v", got)
	}
	if v, _ := f.GetCellValue(SheetMatrix, "A5"); v != "Journalanteckningar" {
		t.Errorf("A5 %q", v)
	}
}
