package xlsx

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

func sampleNorm() *domain.Norm {
	qs := domain.ThresholdQuestions()
	return &domain.Norm{
		Key: domain.NormKey("Stadsledningskontoret", "Socialtjänstsystem"), Version: 2, Name: "Socialtjänstsystem",
		Description: "=HYPERLINK(\"http://x\")", Organisation: "Stadsledningskontoret", Date: domain.NewDate(2026, 3, 1),
		DecidedBy: "Eva Ek", Scope: "+Hela systemet\nutom integrationen", ModelID: "infoklass-standard", ModelVersion: 1,
		InfoTypes: []domain.InfoType{
			{Name: "Journalanteckningar", Description: "Anteckningar 😀", Flags: []domain.Flag{domain.FlagPersonal, domain.FlagSensitive, domain.FlagSecrecy},
				Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 3, Motivation: "-Känsligt"}, domain.Integrity: {Level: 3, Motivation: "@Beslut"},
					domain.Availability: {Level: 2, Motivation: "En vecka"}, domain.Traceability: {Level: 4, Motivation: strings.Repeat("å", 5000)}}},
			{Name: "Kontakter", Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 2, Motivation: "Vanligt"}, domain.Integrity: {Motivation: "Oklart ännu"}}},
		},
		Raises: map[domain.Aspect]domain.Raise{domain.Availability: {Level: 3, Reason: domain.RaiseAccumulation, Explanation: "Allt samlat"}},
		Threshold: &domain.NormThreshold{QuestionSetID: qs.ID, QuestionSetVersion: qs.Version, Decision: domain.DecisionRequired, DecisionReason: "Känsliga uppgifter",
			Responses: map[string]domain.Response{qs.Questions[0].ID: {Answer: domain.AnswerYes, Comment: "=1+1"}, qs.Questions[1].ID: {Answer: domain.AnswerNo}, "X9": {Answer: domain.AnswerUnsure}}},
	}
}

func TestNormRoundTrip(t *testing.T) {
	n := sampleNorm()
	var buf bytes.Buffer
	if err := ExportNorm(&buf, n, domain.DefaultModel(), time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	got, err := ReadNorm(bytes.NewReader(buf.Bytes()), domain.DefaultModel())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, n) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, n)
		for i := range n.InfoTypes {
			if !reflect.DeepEqual(got.InfoTypes[i], n.InfoTypes[i]) {
				t.Errorf("type %d\n%+v\n%+v", i, got.InfoTypes[i], n.InfoTypes[i])
			}
		}
	}
	// A person reads it: the sheets, Swedish labels, and text is text.
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{SheetNorm, SheetNormTypes, SheetNormRaises, SheetNormThreshold, SheetNormLevels}
	if !reflect.DeepEqual(f.GetSheetList(), want) {
		t.Errorf("sheets %v, want %v", f.GetSheetList(), want)
	}
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for r := range rows {
			for c := range rows[r] {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(sheet, cell); fm != "" {
					t.Errorf("%s!%s is a formula %q", sheet, cell, fm)
				}
			}
		}
	}
	rows, _ := f.GetRows(SheetNormTypes)
	if rows[1][3] != "Personuppgifter; Känsliga personuppgifter (art. 9: hälsa, etnicitet, religion m.m.); Sekretess enligt OSL (t.ex. socialtjänst, hälso- och sjukvård, skola)" &&
		!strings.Contains(rows[1][3], "Känsliga personuppgifter") {
		t.Errorf("flags as text %q", rows[1][3])
	}
	meta, _ := f.GetRows(SheetNorm)
	if meta[1][0] != "Format" || meta[1][1] != NormFormat {
		t.Errorf("first row %v", meta[1])
	}
	// Without threshold or raises the sheets are left out and it still reads.
	n.Threshold, n.Raises = nil, map[domain.Aspect]domain.Raise{}
	buf.Reset()
	if err := ExportNorm(&buf, n, domain.DefaultModel(), time.Now()); err != nil {
		t.Fatal(err)
	}
	got, err = ReadNormBytes(buf.Bytes(), domain.DefaultModel())
	if err != nil || got.Threshold != nil || len(got.Raises) != 0 {
		t.Errorf("without threshold: %+v, %v", got, err)
	}
}

func TestNormReadProblems(t *testing.T) {
	var buf bytes.Buffer
	if err := ExportNorm(&buf, sampleNorm(), domain.DefaultModel(), time.Now()); err != nil {
		t.Fatal(err)
	}
	edit := func(sheet, cell, value string) []byte {
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		f.SetCellStr(sheet, cell, value)
		var out bytes.Buffer
		f.Write(&out)
		return out.Bytes()
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a norm", edit(SheetNorm, "B2", "Något annat"), ErrNotNorm.Error()},
		{"newer format", edit(SheetNorm, "B3", "9"), "formatversion 9"},
		{"bad version", edit(SheetNorm, "B8", "två"), "bladet Norm, rad 8: versionen"},
		{"bad date", edit(SheetNorm, "B9", "snart"), "bladet Norm, rad 9: datumet"},
		{"level 5", edit(SheetNormTypes, "F2", "5"), "bladet Informationstyper, rad 2: nivån \"5\" för K"},
		{"unknown flag", edit(SheetNormTypes, "E3", "hemligt"), "bladet Informationstyper, rad 3: markeringen \"hemligt\""},
		{"nameless type", edit(SheetNormTypes, "B3", " "), "rad 3: informationstypen saknar namn"},
		{"bad answer", edit(SheetNormThreshold, "C2", "kanske"), "bladet Tröskelanalys, rad 2: svaret"},
		{"not a workbook", []byte("hej"), ErrNotWorkbook.Error()},
	}
	for _, tt := range tests {
		_, err := ReadNormBytes(tt.data, domain.DefaultModel())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
	// A person may write the flags as labels instead of codes.
	f, _ := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	f.SetCellStr(SheetNormTypes, "E2", "")
	var out bytes.Buffer
	f.Write(&out)
	f.Close()
	n, err := ReadNormBytes(out.Bytes(), domain.DefaultModel())
	if err != nil || !reflect.DeepEqual(n.InfoTypes[0].Flags, sampleNorm().InfoTypes[0].Flags) {
		t.Errorf("flags from labels: %v, %v", n, err)
	}
	if !errors.Is(func() error { _, err := ReadNormBytes([]byte("hej"), domain.DefaultModel()); return err }(), ErrNotWorkbook) {
		t.Error("not a workbook: wrong error")
	}
}

// TestNormInKlassaNumbers: a norm made in a KLASSA database is written
// in KLASSA's numbers (Betydande as 2) and reads back with every level
// at its place on the scale, in a KLASSA database and in an MSB one: the
// numbers are read in the model the norm names.
func TestNormInKlassaNumbers(t *testing.T) {
	klassa := shipped("klassa")
	n := sampleNorm()
	n.ModelID, n.ModelVersion = klassa.ID, klassa.Version
	var buf bytes.Buffer
	if err := ExportNorm(&buf, n, klassa, time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetNormTypes)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if k := rows[1][col["K"]]; k != "2" {
		t.Errorf("Journalanteckningar K written %q, want KLASSA's 2", k)
	}
	levels, _ := f.GetRows(SheetNormLevels)
	if levels[1][0] != "0" || levels[5][0] != "4" {
		t.Errorf("the levels sheet numbers %q to %q, want 0 to 4", levels[1][0], levels[5][0])
	}
	for _, m := range []*domain.Model{klassa, shipped("msb")} {
		got, err := ReadNorm(bytes.NewReader(buf.Bytes()), m)
		if err != nil {
			t.Fatalf("%s: %v", m.ID, err)
		}
		if !reflect.DeepEqual(got.InfoTypes, n.InfoTypes) || !reflect.DeepEqual(got.Raises, n.Raises) {
			t.Errorf("read in %s: %+v", m.ID, got.InfoTypes)
		}
	}
}
