package app

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/xuri/excelize/v2"
)

// handKept writes a hand-kept list whose rows name an owner, levels and
// the date they were last classified.
func handKept(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	header := []any{"System", "Ägare", "K", "R", "T", "Senast klassad"}
	f.SetSheetRow("Sheet1", "A1", &header)
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 2+i)
		f.SetSheetRow("Sheet1", cell, &r)
	}
	path := filepath.Join(t.TempDir(), "förteckning.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestHandKeptListIsAnEarlierClassification: a "Senast klassad" becomes
// klassad enligt tidigare förteckning: no decided classification, no
// decider taken from the owner column, the file and row kept; the
// register counts the asset as classified on that date; the same list
// again changes nothing.
func TestHandKeptListIsAnEarlierClassification(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	path := handKept(t, [][]any{{"Lönesystem", "Socialchef Anna Berg", 3, 2, 2, "2025-03-01"}})
	p, err := s.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if err := s.ApplyImport(ctx, p); err != nil {
		t.Fatal(err)
	}
	a, _ := s.db.AssetByName(ctx, "Lönesystem")
	cs, _ := s.db.Classifications(ctx, a.ID)
	for _, c := range cs {
		if c.Decided() || c.DecidedBy != "" {
			t.Errorf("a decision invented: %+v", c)
		}
	}
	e, err := s.db.EarlierClassification(ctx, a.ID)
	if err != nil || e == nil || e.Date != domain.NewDate(2025, 3, 1) || e.Levels[domain.Confidentiality] != 3 ||
		e.Source != "förteckning.xlsx" || e.Row != 2 || e.Scale != "" {
		t.Fatalf("earlier classification %+v, %v", e, err)
	}
	sums, _ := s.Register()
	if len(sums) != 1 || !sums[0].Classified() || !sums[0].Earlier || sums[0].DecidedAt != e.Date || sums[0].Overall != 3 {
		t.Errorf("register %+v", sums)
	}
	for _, r := range sums[0].Priority.Reasons {
		if r.Factor == domain.FactorNever {
			t.Errorf("the priority counts an earlier classification as never classified: %+v", sums[0].Priority)
		}
	}
	again, err := s.PreviewImport(ctx, path, "")
	if err != nil || again.Create+again.Update != 0 || len(again.Rows) != 0 {
		t.Errorf("the same list again: %v %+v", err, again.Rows)
	}

	// The workshop says the classification was made outside Infoklass;
	// opening it leaves the asset classified; a follow-up starts from the
	// list's levels, with no motivation, undecided and with its blockers.
	ws, err := s.OpenWorkshop(a.ID)
	if err != nil || ws.Earlier == nil || ws.Earlier.Date != e.Date {
		t.Fatalf("workshop %+v, %v", ws, err)
	}
	if sums, _ := s.Register(); sums[0].Status != domain.StatusDecided || !sums[0].Classified() {
		t.Errorf("after opening the workshop: %+v", sums[0])
	}
	f, err := s.StartFromEarlier(a.ID)
	must(t, err)
	r := f.InfoTypes[0].Ratings[domain.Confidentiality]
	if f.Decided() || f.Kind != domain.KindFollowUp || r.Level != 3 || r.Motivation != "" {
		t.Errorf("follow-up %+v", f)
	}
	if bs := domain.DecisionBlockers(a, f, nil, s.model); len(bs) == 0 {
		t.Error("a follow-up without motivations has no blockers")
	}
	if _, err := s.StartFromEarlier(a.ID); err == nil {
		t.Error("a second follow-up started over the first")
	}
}

// TestNoImportDecidesWithABlocker: an edited export of a decided
// classification with a motivation blanked, and a hand-kept list, never
// give a decided classification with a blocker; the preview says why the
// decision is not taken.
func TestNoImportDecidesWithABlocker(t *testing.T) {
	ctx := context.Background()
	src := openTempService(t)
	decidedSocial(t, src, 3, "Känsligt")
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := src.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Klassningar")
	blanked := false
	for j, h := range rows[0] {
		if !blanked && h == "Motivering K" {
			cell, _ := excelize.CoordinatesToCellName(j+1, 2)
			f.SetCellValue("Klassningar", cell, "")
			blanked = true
		}
	}
	if !blanked {
		t.Fatalf("no Motivering K column in %v", rows[0])
	}
	must(t, f.Save())
	f.Close()
	dst := newService(t)
	p, err := dst.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	must(t, dst.ApplyImport(ctx, p))
	for _, name := range []string{"Socialtjänstsystem"} {
		a, _ := dst.db.AssetByName(ctx, name)
		got, _ := dst.db.LatestClassification(ctx, a.ID)
		if got == nil {
			t.Fatal("no classification imported")
		}
		if got.Decided() && len(domain.DecisionBlockers(a, got, nil, dst.model)) > 0 {
			t.Errorf("a decided classification with blockers: %v", domain.DecisionBlockers(a, got, nil, dst.model))
		}
		if got.Decided() {
			t.Errorf("decided although a motivation is blank")
		}
	}
	named := false
	for _, r := range p.Rows {
		for _, n := range r.NotApplied {
			named = named || n.Field == "Fastställd" && n.Reason != ""
		}
	}
	if !named {
		t.Errorf("the preview does not say the decision is not taken: %+v", p.Rows)
	}
}

// TestUnchangedExportReimportsWithNoChange: the export of a register
// with unmet requirements (which the ranking counts) read back into the
// same database changes nothing, computed columns included.
func TestUnchangedExportReimportsWithNoChange(t *testing.T) {
	ctx := context.Background()
	s := openTempService(t)
	c := decidedSocial(t, s, 3, "Känsligt")
	must(t, s.SetFulfilment(c.AssetID, domain.Fulfilment{RequirementID: "K-04", Status: domain.FulfilNotMet}))
	plain := &domain.Asset{Name: "Bokningssystem", OwnerName: "Eva Ek"}
	must(t, s.db.CreateAsset(ctx, plain))
	sums, err := s.Register()
	must(t, err)
	unmet := 0
	for _, x := range sums {
		unmet += x.Unmet
	}
	if unmet == 0 {
		t.Fatal("the fixture has no unmet requirements; the test would prove nothing")
	}
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	p, err := s.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if p.Create != 0 || p.Update != 0 || len(p.Rows) != 0 {
		t.Errorf("an unchanged export: %d created, %d updated, rows %+v", p.Create, p.Update, p.Rows)
	}
}

// setByHeader sets the cell of the column headed h on row (1-based) of
// sheet to v.
func setByHeader(t *testing.T, f *excelize.File, sheet, h string, row int, v any) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	for j, x := range rows[0] {
		if x == h {
			cell, _ := excelize.CoordinatesToCellName(j+1, row)
			must(t, f.SetCellValue(sheet, cell, v))
			return
		}
	}
	t.Fatalf("no column %q on %s", h, sheet)
}

// TestPreviewNamesEveryEdit: each kind of edit of an export is named in
// the preview, applied or not, with the reason: an owner cleared; Beslutat
// av, Avgränsning and Deltagare of a decided classification; a level and
// a motivation on the sheet Klassningar, by type and aspect.
func TestPreviewNamesEveryEdit(t *testing.T) {
	ctx := context.Background()
	s := openTempService(t)
	c := decidedSocial(t, s, 3, "Känsligt")
	owned, _ := s.db.AssetByName(ctx, "Socialtjänstsystem")
	owned.OwnerName = "Eva Ek"
	must(t, s.db.UpdateAsset(ctx, owned))
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	setByHeader(t, f, "Prioriteringslista", "Informationsägare", 2, "")
	typeRows, _ := f.GetRows("Klassningar")
	for row := 2; row <= len(typeRows); row++ { // the decision's fields stand on every row of the classification
		setByHeader(t, f, "Klassningar", "Beslutat av", row, "Per Persson")
		setByHeader(t, f, "Klassningar", "Avgränsning", row, "Bara e-tjänsten")
		setByHeader(t, f, "Klassningar", "Deltagare", row, "Eva Ek (Informationsägare)")
		setByHeader(t, f, "Klassningar", "Klassning", row, "2026-01-15")
		setByHeader(t, f, "Klassningar", "Höjningar", row, "T4 – "+domain.RaiseOther.Label()+" – Verksamheten kan inte stå still")
	}
	setByHeader(t, f, "Klassningar", "K", 2, 4)
	setByHeader(t, f, "Klassningar", "Motivering K", 2, "Ny motivering")
	must(t, f.Save())
	f.Close()
	p, err := s.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if len(p.Rows) != 1 {
		t.Fatalf("rows %+v", p.Rows)
	}
	r := p.Rows[0]
	a, _ := s.db.AssetByName(ctx, r.Name)
	if !hasChange(r, "Informationsägare", a.OwnerName, "") {
		t.Errorf("the cleared owner is not named: %+v", r.Changes)
	}
	typ := c.InfoTypes[0].Name
	for _, f := range []string{"Beslutat av", "Avgränsning", "Deltagare", "Klassningsdatum", "Höjningar", typ + ": K nivå", typ + ": K motivering"} {
		found := false
		for _, n := range r.NotApplied {
			found = found || n.Field == f && n.Reason != ""
		}
		if !found {
			t.Errorf("%q is not named with a reason: %+v", f, r.NotApplied)
		}
	}
	for _, n := range r.NotApplied {
		if n.Field == "Informationstyper (bladet Klassningar)" {
			t.Errorf("an edit named by count: %+v", n)
		}
	}
	must(t, s.ApplyImport(ctx, p))
	if got, _ := s.db.AssetByName(ctx, r.Name); got.OwnerName != "" {
		t.Errorf("owner %q after the import, want it cleared", got.OwnerName)
	}
}

// TestNormFileNeverDecides: a norm exported from a decided classification
// and read into another register starts a classification that is not
// decided; deciding it is refused while it has blockers.
func TestNormFileNeverDecides(t *testing.T) {
	ctx := context.Background()
	city := openTempService(t)
	src := decidedSocial(t, city, 3, "Känsligt")
	path := filepath.Join(t.TempDir(), "norm.xlsx")
	if _, err := city.ExportNorm(ctx, path, src.ID, "Stadsledningskontoret", 1); err != nil {
		t.Fatal(err)
	}
	district := openTempService(t)
	if _, err := district.ImportNorm(path); err != nil {
		t.Fatal(err)
	}
	lib, _ := district.Library("")
	a := &domain.Asset{Name: "Socialtjänst Norrmalm", PersonalData: true}
	must(t, district.db.CreateAsset(ctx, a))
	c, err := district.StartFromNorm(lib[0].ID, a.ID)
	must(t, err)
	if c.Decided() {
		t.Fatalf("a norm file gave a decided classification: %+v", c)
	}
	bs := domain.DecisionBlockers(a, c, nil, district.model)
	_, err = district.Decide(c.ID, domain.OwnerDecision{By: "Eva Ek"})
	if len(bs) > 0 && err == nil {
		t.Errorf("decided with blockers %v", bs)
	}
}

// TestDecidedExportReimportsDecided: a classification decided through
// the decision rule, with its routine DPIA assessment, exported and read
// into an empty register, is decided there too, through the same rule.
func TestDecidedExportReimportsDecided(t *testing.T) {
	ctx := context.Background()
	s := openTempService(t)
	a := &domain.Asset{Name: "Elevregister", OwnerName: "Eva Ek", PersonalData: true}
	must(t, s.db.CreateAsset(ctx, a))
	c := domain.NewClassification(a.ID, s.model, s.Today())
	c.Participants = []domain.Participant{{Name: "Eva Ek", Role: domain.RoleOwner}}
	c.InfoTypes = []domain.InfoType{{Name: "Elevuppgifter", Ratings: map[domain.Aspect]domain.Rating{
		domain.Confidentiality: {Level: 2, Motivation: "Namn och klass"}, domain.Integrity: {Level: 2, Motivation: "Fel klass rättas"},
		domain.Availability: {Level: 2, Motivation: "En dag går"}, domain.Traceability: {Level: 2, Motivation: "Ändringar loggas"}}}}
	must(t, s.db.CreateClassification(ctx, c))
	must(t, s.SetRoutine(c.ID, domain.RoutineAssessment{Need: domain.NeedNotNeeded, Reason: "Inga känsliga uppgifter"}))
	if _, err := s.Decide(c.ID, domain.OwnerDecision{By: "Eva Ek"}); err != nil {
		t.Fatalf("decide: %v", err)
	}
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	dst := openTempService(t) // the same day: a decision dated after today is refused
	p, err := dst.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	must(t, dst.ApplyImport(ctx, p))
	b, _ := dst.db.AssetByName(ctx, "Elevregister")
	got, _ := dst.db.LatestClassification(ctx, b.ID)
	if got == nil || !got.Decided() || got.DecidedBy != "Eva Ek" || got.Routine.Need != domain.NeedNotNeeded {
		t.Errorf("re-imported %+v (rows %+v)", got, p.Rows)
	}
	again, err := dst.PreviewImport(ctx, path, "")
	if err != nil || len(again.Rows) != 0 {
		t.Errorf("the same export again: %v %+v", err, again.Rows)
	}
}

// TestHandKeptFutureDateIsNotRecorded: a "Senast klassad" after today is
// no classification: the preview names it with the reason and nothing is
// recorded of it.
func TestHandKeptFutureDateIsNotRecorded(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	path := handKept(t, [][]any{{"Lönesystem", "Anna Berg", 3, 2, 2, "2099-01-01"}})
	p, err := s.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	named := false
	for _, r := range p.Rows {
		for _, n := range r.NotApplied {
			named = named || n.Field == "Klassad enligt tidigare förteckning" && n.New == "2099-01-01" && n.Reason != ""
		}
	}
	if !named {
		t.Errorf("the future date is not named: %+v", p.Rows)
	}
	must(t, s.ApplyImport(ctx, p))
	a, _ := s.db.AssetByName(ctx, "Lönesystem")
	if e, _ := s.db.EarlierClassification(ctx, a.ID); e != nil {
		t.Errorf("a classification dated 2099 recorded: %+v", e)
	}
	if cs, _ := s.db.Classifications(ctx, a.ID); len(cs) != 0 {
		t.Errorf("classifications %+v", cs)
	}
}

// TestPreviewNamesThresholdEdits: an edit on the sheet Tröskelanalyser
// was shown, if at all, as the outcome "DPIA krävs → DPIA krävs", and an
// edit of the reason, the DPIA's reference or a comment not at all. Each
// cell that differs is named by question and field, with the reason it
// is not applied, and nothing of the analysis changes.
func TestPreviewNamesThresholdEdits(t *testing.T) {
	ctx := context.Background()
	s := openTempService(t)
	decidedSocial(t, s, 3, "Känsligt")
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	qs := domain.ThresholdQuestions().Questions
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	setByHeader(t, f, "Tröskelanalyser", qs[0].ID+" kommentar", 2, "Färre uppgifter än vi trodde")
	setByHeader(t, f, "Tröskelanalyser", qs[2].ID+" – "+qs[2].Label, 2, "Osäker")
	setByHeader(t, f, "Tröskelanalyser", "Beslutsskäl", 2, "Ett annat skäl")
	setByHeader(t, f, "Tröskelanalyser", "DPIA-referens", 2, "DPIA-2026-17")
	must(t, f.Save())
	f.Close()
	p, err := s.PreviewImport(ctx, path, "")
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	want := map[string]string{
		"Tröskelanalys: " + qs[0].ID + " kommentar": "Färre uppgifter än vi trodde",
		"Tröskelanalys: " + qs[2].ID:                "Osäker",
		"Tröskelanalys: Beslutsskäl":                "Ett annat skäl",
		"Tröskelanalys: DPIA-referens":              "DPIA-2026-17",
	}
	var rows []ImportChange
	for _, r := range p.Rows {
		rows = append(rows, r.NotApplied...)
	}
	for field, v := range want {
		found := false
		for _, n := range rows {
			found = found || n.Field == field && n.New == v && n.Reason != ""
		}
		if !found {
			t.Errorf("%s → %q is not named with a reason: %+v", field, v, rows)
		}
	}
	for _, n := range rows {
		if n.Field == "Tröskelanalys" {
			t.Errorf("an edit named by its outcome only: %+v", n)
		}
	}
	if p.Create+p.Update != 0 {
		t.Errorf("%d created, %d updated", p.Create, p.Update)
	}
}
