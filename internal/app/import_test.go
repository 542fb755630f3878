package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func list(name string) string { return filepath.Join("..", "..", "testdata", "lists", name) }

func newService(t *testing.T) *Service {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.db"), WithClock(FixedDay(domain.NewDate(2025, 6, 1))))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestImportMappingRemembered: level columns that are not recognised
// stop the import; mapped by hand they are read, and the mapping is
// used again for the next workbook with the same headers.
func TestImportMappingRemembered(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	p, err := s.PreviewImport(ctx, list("okanda-nivakolumner.xlsx"), "")
	if err != nil {
		t.Fatal(err)
	}
	if p.OK() || !strings.Contains(strings.Join(p.Problems, "\n"), "-map 'Skyddsnivå A=K'") {
		t.Fatalf("unmapped level columns not stopped: %v", p.Problems)
	}
	var labels []string
	for _, c := range p.Columns {
		labels = append(labels, c.Header+"="+c.Label)
	}
	if got := strings.Join(labels, ", "); got != "Informationsmängd=Informationstillgång (namn), Ägare=Informationsägare, Skyddsnivå A=läses inte, Skyddsnivå B=läses inte, Skyddsnivå C=läses inte" {
		t.Errorf("columns %s", got)
	}
	if len(p.Fields) < 10 || p.Fields[0].Label != NotRead {
		t.Errorf("fields %v", p.Fields)
	}
	o := ImportOptions{Map: map[string]string{"Skyddsnivå A": "K", "Skyddsnivå B": "R", "Skyddsnivå C": "T"}}
	p, err = s.PreviewAgain(ctx, p, o)
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if p.Create != 2 || len(p.Rows) != 2 || !hasChange(p.Rows[0], "K", "", "2") {
		t.Errorf("rows %+v", p.Rows)
	}
	if err := s.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	again, err := s.PreviewImport(ctx, list("okanda-nivakolumner.xlsx"), "")
	if err != nil || !again.OK() || !again.Remembered || again.Unchanged != 2 {
		t.Fatalf("mapping not remembered: %v %+v", err, again)
	}
}

func hasChange(r ImportRow, field, old, new string) bool {
	for _, c := range r.Changes {
		if c.Field == field && c.Old == old && c.New == new {
			return true
		}
	}
	return false
}

// TestImportScaleRecorded: another scale is read only when given, and
// the scale used is written in the imported levels' motivation.
func TestImportScaleRecorded(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	p, err := s.PreviewImportWith(ctx, list("lag-medel-hog.xlsx"), ImportOptions{Levels: "Låg=1,Medel=2,Hög=3", Statuses: "Klar=Fastställd"})
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if len(p.Skipped) != 1 || !strings.Contains(p.Skipped[0].Reason, "summering") {
		t.Errorf("skipped %+v", p.Skipped)
	}
	if err := s.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	a, _ := s.db.AssetByName(context.Background(), "Hemtjänstplanering")
	c, _ := s.db.LatestClassification(context.Background(), a.ID)
	why := c.InfoTypes[0].Ratings[domain.Confidentiality].Motivation
	if c.InfoTypes[0].Ratings[domain.Confidentiality].Level != 3 || !strings.Contains(why, "Nivåskalan i filen översattes så: Låg=1,Medel=2,Hög=3.") {
		t.Errorf("K %v, motivation %q", c.InfoTypes[0].Ratings[domain.Confidentiality].Level, why)
	}
	if _, err := s.PreviewImportWith(ctx, list("lag-medel-hog.xlsx"), ImportOptions{Levels: "Låg=7"}); err == nil {
		t.Errorf("a scale to level 7 accepted")
	}
}

// TestImportAnswersRemembered: a scale and status words answered once
// are not asked again when the same list is imported again, a sheet
// chosen by hand is chosen again, and one call forgets them.
func TestImportAnswersRemembered(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	p, err := s.PreviewImportWith(ctx, list("lag-medel-hog.xlsx"), ImportOptions{Levels: "Låg=1,Medel=2,Hög=3", Statuses: "Klar=Fastställd"})
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if err := s.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	again, err := s.PreviewImport(ctx, list("lag-medel-hog.xlsx"), "")
	if err != nil || !again.OK() || !again.Remembered || again.Options.Levels != "Låg=1,Medel=2,Hög=3" || again.Create != 0 {
		t.Fatalf("answers not remembered: %v %v %+v %d", err, again.Problems, again.Options, again.Create)
	}
	forgot, err := s.ForgetImportAnswers(ctx, again)
	if err != nil || forgot.OK() || forgot.Remembered || !strings.Contains(strings.Join(forgot.Problems, "\n"), "-levels") {
		t.Fatalf("forgotten answers still used: %v %v %v", err, forgot.Problems, forgot.Remembered)
	}
	if p, err := s.PreviewImport(ctx, list("lag-medel-hog.xlsx"), ""); err != nil || p.OK() {
		t.Fatalf("forgotten answers came back: %v", err)
	}

	// A hidden sheet chosen by hand is read again next time.
	p, err = s.PreviewImport(ctx, list("skyddsbehov-tva-rader.xlsx"), "Gammal lista 2019")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if err := s.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	if p, err := s.PreviewImport(ctx, list("skyddsbehov-tva-rader.xlsx"), ""); err != nil || p.Sheet != "Gammal lista 2019" || !p.Remembered {
		t.Fatalf("sheet not remembered: %v %q %v", err, p.Sheet, p.Remembered)
	}
}
