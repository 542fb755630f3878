package xlsx

import (
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// FuzzImportRow feeds arbitrary cells under a full header to the list
// reader: it must never panic, and every row is either an item or has a
// problem that names its row, or skipped with the reason.
func FuzzImportRow(f *testing.F) {
	for _, seed := range [][]string{
		{"Lönesystem", "Johan", "Fastställd", "2025-03-01", "3", "K2", "Betydande", "1/9/2026", "Ja"},
		{"=cmd|' /C calc'!A0", "@x", "Avbruten", "45717", "5", "", "hög", "31/2/2025", "kanske"},
		{"", "", "", "", "", "", "", "", ""},
		{"  Å ä Ö 😀 ", "\t", "Planerad", "1 mars 2025", "4 - Allvarlig", "0", "-1", "2025/3/1", "x"},
		{"Summa: 12 system", "", "", "", "", "", "", "", ""},
		{"3 st", "", "", "", "", "", "", "", ""},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3], seed[4], seed[5], seed[6], seed[7], seed[8])
	}
	header := []string{"Informationstillgång", "Ägare", "Status", "Senast klassad", "K", "R", "T", "Upphandling", "Personuppgifter"}
	f.Fuzz(func(t *testing.T, name, owner, status, classified, k, r, tt, proc, personal string) {
		row := []string{name, owner, status, classified, k, r, tt, proc, personal}
		p := &Preview{Sheet: "Blad1", opt: Options{Model: domain.DefaultModel()}}
		p.readList(&grid{rows: [][]string{header, row}})
		if len(p.Items) == 0 && len(p.Problems) == 0 && len(p.Skipped) == 0 && strings.TrimSpace(strings.Join(row, "")) != "" {
			t.Fatalf("row %q neither read, refused nor skipped", row)
		}
		for _, sk := range p.Skipped {
			if sk.Row != 2 || sk.Reason == "" {
				t.Fatalf("skip %+v", sk)
			}
		}
		for _, pr := range p.Problems {
			if pr.Row != 2 && pr.Row != 0 || pr.Message == "" {
				t.Fatalf("problem %+v", pr)
			}
		}
		for _, it := range p.Items {
			for _, l := range it.Levels {
				if l < 0 || l > 4 {
					t.Fatalf("level %d from %q", l, row)
				}
			}
		}
	})
}
