package xlsx

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestFulfilmentColumns checks "Hur uppfylls kravet" and its status in
// the list's Krav sheet and in the procurement workbook.
func TestFulfilmentColumns(t *testing.T) {
	db := demoDB(t, 0)
	d, err := Load(db, today)
	if err != nil {
		t.Fatal(err)
	}
	var x domain.AssetSummary
	for _, s := range d.Summaries {
		if len(domain.Requirements().For(domain.ApplicabilityOf(s, d.Model))) >= 3 {
			x = s
			break
		}
	}
	reqs := domain.Requirements().For(domain.ApplicabilityOf(x, d.Model))
	if x.Asset.ID == 0 {
		t.Fatal("no asset with requirements in the demo")
	}
	set := []domain.Fulfilment{
		{RequirementID: reqs[0].ID, Status: domain.FulfilMet, How: "=Konton per person"},
		{RequirementID: reqs[1].ID, Status: domain.FulfilPartly},
		{RequirementID: reqs[2].ID, Status: domain.FulfilNotApplicable, How: "Ingen lagring hos leverantören"},
	}
	for _, f := range set {
		if err := db.SetFulfilment(context.Background(), x.Asset.ID, f); err != nil {
			t.Fatal(err)
		}
	}
	if d, err = Load(db, today); err != nil {
		t.Fatal(err)
	}
	if d.Fulfilments, err = db.AllFulfilments(context.Background()); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetRequirements)
	if n := len(rows[0]); rows[0][n-2] != "Status" || rows[0][n-1] != "Hur uppfylls kravet" || rows[0][9] != "Tillämpligt" ||
		rows[0][5] != "Ska/bör" || rows[0][7] != "Verifieras genom" {
		t.Fatalf("header %v", rows[0])
	}
	want := map[string][2]string{
		reqs[0].ID: {"Uppfyllt", "=Konton per person"},
		reqs[1].ID: {"Delvis", ""},
		reqs[2].ID: {"Ej tillämpligt", "Ingen lagring hos leverantören"},
	}
	seen := 0
	for i, r := range rows[1:] {
		if len(r) < 2 || r[0] != x.Asset.Name {
			continue
		}
		w, ok := want[r[1]]
		if !ok {
			continue
		}
		seen++
		for len(r) < 13 {
			r = append(r, "")
		}
		if r[11] != w[0] || r[12] != w[1] {
			t.Errorf("%s: status %q how %q, want %q", r[1], r[11], r[12], w)
		}
		cell, _ := excelize.CoordinatesToCellName(13, i+2)
		if fm, _ := f.GetCellFormula(SheetRequirements, cell); fm != "" {
			t.Errorf("%s is a formula", cell)
		}
		if r[1] == reqs[2].ID && (r[9] != "Ej tillämpligt" || r[10] != "Ingen lagring hos leverantören") {
			t.Errorf("exclusion columns %v", r[9:11])
		}
	}
	if seen != 3 {
		t.Errorf("%d of 3 rows found", seen)
	}

	one, _ := d.Only(x.Asset.Name)
	buf.Reset()
	if err := ExportAsset(&buf, one, Internal); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	rows, _ = g.GetRows(SheetAsset)
	var text []string
	for _, r := range rows {
		text = append(text, strings.Join(r, "|"))
	}
	all := strings.Join(text, "\n")
	for _, s := range []string{"|Hur uppfylls kravet: =Konton per person|||||Status: Uppfyllt", "|Hur uppfylls kravet: (inte beskrivet)|||||Status: Delvis",
		"Ej tillämpligt: Ingen lagring hos leverantören"} {
		if !strings.Contains(all, s) {
			t.Errorf("procurement workbook lacks %q", s)
		}
	}
}

// TestVotesSheet lists the silent votes in the export; a vote not yet
// shown keeps its levels hidden.
func TestVotesSheet(t *testing.T) {
	db := demoDB(t, 0)
	d, _ := Load(db, today)
	var c *domain.Classification
	for _, x := range d.Summaries {
		if cl := d.Classifications[x.Asset.ID]; cl != nil && !cl.Decided() && len(cl.Participants) >= 2 && len(cl.InfoTypes) > 0 {
			c = cl
			break
		}
	}
	if c == nil {
		a := &domain.Asset{Name: "Röstsystem"}
		if err := db.CreateAsset(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		c = domain.NewClassification(a.ID, domain.DefaultModel(), today)
		c.Participants = []domain.Participant{{Name: "A"}, {Name: "B"}}
		c.InfoTypes = []domain.InfoType{{Name: "Typ"}}
		if err := db.CreateClassification(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
	v, err := db.StartVote(context.Background(), c.InfoTypes[0].ID, domain.Confidentiality)
	if err != nil {
		t.Fatal(err)
	}
	db.CastVote(context.Background(), v.ID, c.Participants[0].ID, 2)
	db.CastVote(context.Background(), v.ID, c.Participants[1].ID, 4)
	db.RevealVote(context.Background(), v.ID)
	h, _ := db.StartVote(context.Background(), c.InfoTypes[0].ID, domain.Integrity)
	db.CastVote(context.Background(), h.ID, c.Participants[0].ID, 3)
	if d, err = Load(db, today); err != nil {
		t.Fatal(err)
	}
	if d.Votes, err = db.AllVotes(context.Background()); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetVotes)
	if err != nil || len(rows) != 3 {
		t.Fatalf("rows %v, %v", rows, err)
	}
	shown, hidden := rows[1], rows[2]
	if shown[2] != "K" || !strings.Contains(shown[4], " 2, ") || shown[7] != "2" || shown[8] != "Ja" {
		t.Errorf("shown vote %v", shown)
	}
	for len(hidden) < 9 {
		hidden = append(hidden, "")
	}
	if hidden[2] != "R" || hidden[4] != "1 röster, inte visade" || hidden[5] != "" || hidden[7] != "" {
		t.Errorf("hidden vote %v", hidden)
	}
}
