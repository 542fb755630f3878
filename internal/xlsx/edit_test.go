package xlsx

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestUserEditedExport edits an export as a user would in Excel: a
// status changed, one level raised and one lowered, a review date moved,
// a row added, a row deleted and the list sorted by name. The preview
// names every edit, as a change or as not applied with the reason, and
// names nothing else; Apply writes only the changes.
func TestUserEditedExport(t *testing.T) {
	db := demoDB(t, 30)
	f := exportTo(t, db)
	sums, _ := db.Summaries(context.Background(), today)
	pick := func(ok func(s domain.AssetSummary) bool, not ...string) domain.AssetSummary {
		for _, s := range sums {
			skip := false
			for _, n := range not {
				skip = skip || s.Asset.Name == n
			}
			if !skip && ok(s) {
				return s
			}
		}
		t.Fatal("no such asset in the demo")
		return domain.AssetSummary{}
	}
	decided := func(s domain.AssetSummary) bool { return s.Status == domain.StatusDecided }
	planned := pick(func(s domain.AssetSummary) bool { return s.Status == domain.StatusNotStarted })
	raised := pick(func(s domain.AssetSummary) bool { return decided(s) && s.Effective[domain.Confidentiality] < 4 })
	lowered := pick(func(s domain.AssetSummary) bool { return decided(s) && s.Effective[domain.Integrity] > 1 }, raised.Asset.Name)
	moved := pick(func(s domain.AssetSummary) bool { return decided(s) && !s.NextReview.IsZero() }, raised.Asset.Name, lowered.Asset.Name)
	deleted := pick(func(s domain.AssetSummary) bool { return true }, planned.Asset.Name, raised.Asset.Name, lowered.Asset.Name, moved.Asset.Name)

	rows, _ := f.GetRows(SheetList)
	cols := columnsOf(rows[0])
	var body [][]string
	for _, r := range rows[1:] {
		for len(r) < len(rows[0]) {
			r = append(r, "")
		}
		name := r[cols["Informationstillgång"]]
		switch name {
		case deleted.Asset.Name:
			continue
		case planned.Asset.Name:
			r[cols["Status"]] = "Planerad"
		case raised.Asset.Name:
			r[cols["K"]] = domain.DefaultModel().NumberText(raised.Effective[domain.Confidentiality] + 1)
		case lowered.Asset.Name:
			r[cols["R"]] = domain.DefaultModel().NumberText(lowered.Effective[domain.Integrity] - 1)
		case moved.Asset.Name:
			r[cols["Nästa uppföljning"]] = moved.NextReview.AddMonths(6).String()
		}
		body = append(body, r)
	}
	added := make([]string, len(rows[0]))
	added[cols["Informationstillgång"]] = "Nytt besöksregister"
	added[cols["Informationsägare"]] = "Karin Lindqvist"
	added[cols["Status"]] = "Ej påbörjad"
	body = append(body, added)
	sort.Slice(body, func(i, j int) bool {
		return domain.NameLess(body[i][cols["Informationstillgång"]], body[j][cols["Informationstillgång"]])
	})
	for i := len(rows); i >= 2; i-- {
		f.RemoveRow(SheetList, i)
	}
	for i, r := range body {
		cells := make([]any, len(r))
		for c, v := range r {
			cells[c] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		f.SetSheetRow(SheetList, cell, &cells)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}

	p, err := Read(&buf, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if err := matchDB(t, p, db, today); err != nil {
		t.Fatal(err)
	}
	named := map[string]string{}
	for _, it := range p.Items {
		for _, c := range it.Changes {
			named[it.Asset.Name+"/"+c.Field] += "ändras " + c.Old + " → " + c.New + ";"
		}
		for _, c := range it.NotApplied {
			named[it.Asset.Name+"/"+c.Field] += "inte " + c.Old + " → " + c.New + ": " + c.Reason + ";"
		}
	}
	dm := domain.DefaultModel()
	want := map[string]string{
		planned.Asset.Name + "/Status":          "ändras Ej påbörjad → Planerad",
		raised.Asset.Name + "/K":                "inte " + dm.NumberText(raised.Effective[domain.Confidentiality]) + " → " + dm.NumberText(raised.Effective[domain.Confidentiality]+1) + ": " + whyDecided,
		lowered.Asset.Name + "/R":               "inte " + dm.NumberText(lowered.Effective[domain.Integrity]) + " → " + dm.NumberText(lowered.Effective[domain.Integrity]-1) + ": " + whyDecided,
		moved.Asset.Name + "/Nästa uppföljning": "inte " + moved.NextReview.String() + " → " + moved.NextReview.AddMonths(6).String() + ": " + whyDecided,
		"Nytt besöksregister/Informationsägare": "ändras  → Karin Lindqvist",
		"Nytt besöksregister/Status":            "ändras  → Ej påbörjad",
	}
	for k, w := range want {
		if !strings.HasPrefix(named[k], w) {
			t.Errorf("%s: %q, want %q", k, named[k], w)
		}
	}
	for k, v := range named {
		if _, ok := want[k]; !ok {
			t.Errorf("named but not edited: %s %s", k, v)
		}
	}
	if len(p.OnlyInDB) != 1 || p.OnlyInDB[0] != deleted.Asset.Name {
		t.Errorf("only in the database: %v, want %s", p.OnlyInDB, deleted.Asset.Name)
	}
	if c, u, _ := p.Counts(); c != 1 || u != 1 {
		t.Errorf("%d created, %d updated; want 1 and 1", c, u)
	}

	if err := applyDB(t, db, p, "redigerad.xlsx", today); err != nil {
		t.Fatal(err)
	}
	after, _ := db.Summaries(context.Background(), today)
	by := map[string]domain.AssetSummary{}
	for _, s := range after {
		by[s.Asset.Name] = s
	}
	if len(after) != len(sums)+1 {
		t.Errorf("%d assets after import, want %d (none deleted, one added)", len(after), len(sums)+1)
	}
	if by[planned.Asset.Name].Asset.Status != domain.StatusPlanned {
		t.Errorf("status not applied")
	}
	if by[raised.Asset.Name].Effective[domain.Confidentiality] != raised.Effective[domain.Confidentiality] ||
		by[lowered.Asset.Name].Effective[domain.Integrity] != lowered.Effective[domain.Integrity] ||
		!by[moved.Asset.Name].NextReview.Equal(moved.NextReview) {
		t.Errorf("an edit that was not to be applied was")
	}
	if _, ok := by[deleted.Asset.Name]; !ok {
		t.Errorf("the deleted row's asset was deleted")
	}
	for _, s := range sums {
		a := by[s.Asset.Name]
		if s.Asset.Name != planned.Asset.Name && !a.Asset.UpdatedAt.Equal(s.Asset.UpdatedAt) {
			t.Errorf("%s was written", s.Asset.Name)
		}
	}
}

// TestPreviewOfClassificationForExistingAsset: an export brings a
// classification to an asset that has none in the database; the preview
// names its levels, scope, participants and parked questions, and only
// then are they written.
func TestPreviewOfClassificationForExistingAsset(t *testing.T) {
	src := demoDB(t, 14)
	addParkedAndExclusions(t, src)
	d, _ := Load(src, today)
	var name string
	for _, s := range d.Summaries {
		if c := d.Classifications[s.Asset.ID]; c != nil && c.Scope != "" && len(c.Participants) > 0 && len(d.Parked[s.Asset.ID]) > 0 {
			name = s.Asset.Name
		}
	}
	if name == "" {
		t.Fatal("no classified asset with scope, participants and parked questions")
	}
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		t.Fatal(err)
	}
	dst := emptyDB(t)
	if err := dst.CreateAsset(context.Background(), &domain.Asset{Name: name, Kind: domain.KindSystem, Status: domain.StatusNotStarted}); err != nil {
		t.Fatal(err)
	}
	p, err := Read(&buf, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if err := matchDB(t, p, dst, today); err != nil {
		t.Fatal(err)
	}
	for _, it := range p.Items {
		if it.Asset.Name != name {
			continue
		}
		fields := map[string]bool{}
		for _, c := range it.Changes {
			fields[c.Field] = true
		}
		for _, f := range []string{"K", "Informationstyper", "Avgränsning", "Deltagare", "Parkerade frågor"} {
			if !fields[f] {
				t.Errorf("%s not in the preview: %+v", f, it.Changes)
			}
		}
	}
}
