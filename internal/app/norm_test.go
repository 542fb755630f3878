package app

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

var updateNorms = flag.Bool("update-norms", false, "rewrite the fixtures in testdata/norms")

// openTempService opens a new database in a temporary folder.
func openTempService(t *testing.T) *Service {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "infoklass.db"), WithClock(FixedDay(domain.NewDate(2026, 11, 2))))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// decidedSocial stores an asset with a decided classification holding
// flags, four levels with motivations per type, a raise and a threshold
// analysis, and returns the classification. journalK is the journal's K.
func decidedSocial(t *testing.T, s *Service, journalK domain.Level, motivation string) *domain.Classification {
	t.Helper()
	a := &domain.Asset{Name: "Socialtjänstsystem", Description: "Verksamhetssystem för individ- och familjeomsorg", PersonalData: true}
	must(t, s.CreateAsset(a))
	c := domain.NewClassification(a.ID, s.model, domain.NewDate(2026, 3, 1))
	c.Scope = "Hela systemet utom e-tjänsterna"
	c.Participants = []domain.Participant{{Name: "Eva Ek", Role: domain.RoleOwner}, {Name: "Per Ås", Role: domain.RoleISAM}}
	c.InfoTypes = []domain.InfoType{
		{Name: "Journalanteckningar", Description: "Anteckningar om enskilda", Flags: []domain.Flag{domain.FlagPersonal, domain.FlagSensitive, domain.FlagSecrecy},
			Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: journalK, Motivation: motivation}, domain.Integrity: {Level: 3, Motivation: "Beslut om enskilda"},
				domain.Availability: {Level: 2, Motivation: "En vecka går"}, domain.Traceability: {Level: 3, Motivation: "Vi måste visa vem som läst"}}},
		{Name: "Kontaktuppgifter", Flags: []domain.Flag{domain.FlagPersonal},
			Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 2, Motivation: "Vanliga personuppgifter"}, domain.Integrity: {Level: 2, Motivation: "Fel adress ger omtag"},
				domain.Availability: {Level: 2, Motivation: "En vecka går"}, domain.Traceability: {Level: 2, Motivation: "Följa upp ändringar"}}},
	}
	c.Raises[domain.Availability] = domain.Raise{Level: 3, Reason: domain.RaiseAccumulation, Explanation: "Allt samlat i ett system"}
	c = meeting(t, s, a.ID, c)
	th, err := s.StartThreshold(a, c)
	must(t, err)
	for i, q := range th.Questions().Questions {
		r := domain.Response{Answer: domain.AnswerNo}
		if i == 0 {
			r = domain.Response{Answer: domain.AnswerYes, Comment: "Känsliga uppgifter i stor omfattning"}
		}
		if q.Part != "C" || i == 0 {
			must(t, s.Answer(th.ID, q.ID, r))
		}
	}
	th, err = s.CurrentThreshold(a.ID)
	must(t, err)
	th.Decision, th.DecisionReason = domain.DecisionRequired, "Känsliga personuppgifter om utsatta"
	must(t, s.UpdateThreshold(th))
	return decide(t, s, c.ID, domain.OwnerDecision{By: "Eva Ek", At: domain.NewDate(2026, 3, 2), NextReview: domain.NewDate(2027, 3, 2)})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestNormAcrossDatabases exports a norm from one database, imports it
// into a fresh one and starts a local classification from it there:
// the levels and motivations are identical, and marked as the norm's.
func TestNormAcrossDatabases(t *testing.T) {
	ctx := context.Background()
	city := openTempService(t)
	src := decidedSocial(t, city, 3, "Känsliga uppgifter om enskilda; =inte en formel")
	path := filepath.Join(t.TempDir(), "norm.xlsx")
	v, err := city.NormVersion(src.ID)
	must(t, err)
	if v != 1 {
		t.Errorf("default version %d", v)
	}
	if _, err := city.ExportNorm(ctx, path, src.ID, "Stadsledningskontoret", v); err != nil {
		t.Fatal(err)
	}

	district := openTempService(t)
	imp, err := district.ImportNorm(path)
	must(t, err)
	if imp.Previous != nil || len(imp.Changes) != 0 || imp.Norm.File != "norm.xlsx" {
		t.Errorf("first import %+v", imp)
	}
	if _, err := district.ImportNorm(path); !errors.Is(err, sqlite.ErrNormExists) {
		t.Errorf("second import: %v", err)
	}
	lib, _ := district.Library("")
	answered := 0 // as decidedSocial answers: parts A and B
	for i, q := range domain.ThresholdQuestions().Questions {
		if q.Part != "C" || i == 0 {
			answered++
		}
	}
	if len(lib) != 1 || lib[0].Organisation != "Stadsledningskontoret" || lib[0].Threshold == nil || len(lib[0].Threshold.Responses) != answered {
		t.Fatalf("library %+v", lib)
	}
	a := &domain.Asset{Name: "Socialtjänst Norrmalm"}
	must(t, district.db.CreateAsset(context.Background(), a))
	c, err := district.StartFromNorm(lib[0].ID, a.ID)
	must(t, err)
	link, _ := district.NormLink(c.ID)
	if c.Decided() || c.AssetID != a.ID || len(c.InfoTypes) != len(src.InfoTypes) || link == nil || link.Version != 1 {
		t.Fatalf("local classification %+v, link %+v", c, link)
	}
	for i, st := range src.InfoTypes {
		lt := c.InfoTypes[i]
		if lt.Name != st.Name || lt.Description != st.Description || !reflect.DeepEqual(lt.Flags, st.Flags) || !reflect.DeepEqual(lt.Ratings, st.Ratings) {
			t.Errorf("type %d\n%+v\nwant\n%+v", i, lt, st)
		}
		for asp, r := range st.Ratings {
			if o, ok := link.Origin(lt.ID, asp); !ok || o.Level != r.Level || o.Motivation != r.Motivation {
				t.Errorf("%s %s not marked as the norm's: %+v", st.Name, asp, o)
			}
		}
	}
	if !reflect.DeepEqual(c.Raises, src.Raises) {
		t.Errorf("raises %+v, want %+v", c.Raises, src.Raises)
	}
	if ps, _ := district.NormProblems(c.ID); len(ps) != 0 {
		t.Errorf("problems as the norm: %+v", ps)
	}
	// The local classification is there; a second start is refused.
	if _, err := district.StartFromNorm(lib[0].ID, a.ID); !errors.Is(err, ErrClassificationOngoing) {
		t.Errorf("second start: %v", err)
	}
	if u, _ := district.NormUpdate(c.ID); u != nil {
		t.Errorf("update without a newer version: %+v", u)
	}

	// The city decides a follow-up with K4 and exports version 2; the
	// district sees what changed, for its classification too.
	follow := decidedSocialFollowUp(t, city, src)
	v, _ = city.NormVersion(follow.ID)
	if v != 2 {
		t.Errorf("follow-up version %d", v)
	}
	path2 := filepath.Join(t.TempDir(), "norm-v2.xlsx")
	if _, err := city.ExportNorm(ctx, path2, follow.ID, "Stadsledningskontoret", v); err != nil {
		t.Fatal(err)
	}
	imp, err = district.ImportNorm(path2)
	must(t, err)
	if imp.Previous == nil || imp.Previous.Version != 1 || len(imp.Affected) != 1 || imp.Affected[0].ClassificationID != c.ID {
		t.Fatalf("second version %+v", imp)
	}
	if len(imp.Changes) != 2 || imp.Changes[0].Message != "'Journalanteckningar': K3 ändrad till K4." {
		t.Errorf("changes %+v", imp.Changes)
	}
	u, err := district.NormUpdate(c.ID)
	must(t, err)
	if u == nil || u.To.Version != 2 || !reflect.DeepEqual(u.Changes, imp.Changes) {
		t.Errorf("update %+v", u)
	}
	// With version 1 gone from the library, what the classification
	// recorded stands in for it.
	must(t, district.DeleteNorm(imp.Previous.ID))
	u, err = district.NormUpdate(c.ID)
	must(t, err)
	if u == nil || len(u.Changes) != 2 || u.Changes[0].Kind != domain.NormLevel {
		t.Errorf("update from the record %+v", u)
	}
	if got, _ := district.Library("norrmalm"); len(got) != 0 {
		t.Errorf("search norrmalm: %d", len(got))
	}
	if got, _ := district.Library("journal STADSLEDNING"); len(got) != 1 {
		t.Errorf("search journal: %d", len(got))
	}
}

// decidedSocialFollowUp decides a follow-up of c with the journal at K4.
func decidedSocialFollowUp(t *testing.T, s *Service, c *domain.Classification) *domain.Classification {
	t.Helper()
	f, err := s.StartFollowUp(c)
	must(t, err)
	f.Date = domain.NewDate(2026, 10, 1)
	must(t, s.UpdateClassification(f))
	must(t, s.Rate(f.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 4, Motivation: "Skyddade personuppgifter förekommer"}))
	return decide(t, s, f.ID, domain.OwnerDecision{By: "Eva Ek", At: domain.NewDate(2026, 10, 2), NextReview: domain.NewDate(2027, 10, 2)})
}

// meeting enters want into the workshop of asset assetID through the use
// cases, as the group does in the meeting: its date, scope and kind, the
// participants, the information types with their levels, the raises and
// the routine assessment the flags suggest. It returns the stored
// classification.
func meeting(t *testing.T, s *Service, assetID int64, want *domain.Classification) *domain.Classification {
	t.Helper()
	w, err := s.OpenWorkshop(assetID)
	must(t, err)
	c := w.Classification
	c.Date, c.Scope, c.Kind = want.Date, want.Scope, want.Kind
	must(t, s.UpdateClassification(c))
	for _, p := range want.Participants {
		if len(c.Participants) == 0 || !domain.SameName(c.Participants[0].Name, p.Name) {
			must(t, s.AddParticipant(c.ID, &p))
		}
	}
	for _, it := range want.InfoTypes {
		x := domain.InfoType{Name: it.Name, Description: it.Description, Flags: it.Flags}
		must(t, s.AddInfoType(c.ID, &x))
		for _, a := range domain.AllAspects {
			if r, ok := it.Ratings[a]; ok {
				must(t, s.Rate(x.ID, a, r))
			}
		}
	}
	for _, a := range domain.AllAspects {
		if r, ok := want.Raises[a]; ok {
			must(t, s.Raise(c.ID, a, &r))
		}
	}
	if need, why := domain.FlagSuggestion(want.InfoTypes); need != domain.NeedUnassessed {
		must(t, s.SetRoutine(c.ID, domain.RoutineAssessment{Need: need, Reason: "Enligt markeringarna: " + why}))
	}
	got, err := s.Classification(c.ID)
	must(t, err)
	return got
}

// decide decides classification id through the decision rule and
// returns it decided.
func decide(t *testing.T, s *Service, id int64, d domain.OwnerDecision) *domain.Classification {
	t.Helper()
	_, err := s.Decide(id, d)
	must(t, err)
	c, err := s.Classification(id)
	must(t, err)
	return c
}

func TestNormExportRefusals(t *testing.T) {
	s := openTempService(t)
	c := decidedSocial(t, s, 3, "x")
	if _, err := s.ExportNorm(context.Background(), s.Path(), c.ID, "Stad", 1); !errors.Is(err, ErrTargetIsDatabase) {
		t.Errorf("onto the database: %v", err)
	}
	if _, err := s.ExportNorm(context.Background(), filepath.Join(t.TempDir(), "n.xlsx"), c.ID, " ", 1); err == nil {
		t.Error("norm without organisation")
	}
	a := &domain.Asset{Name: "Odecided"}
	must(t, s.db.CreateAsset(context.Background(), a))
	u := domain.NewClassification(a.ID, s.model, s.Today())
	must(t, s.db.CreateClassification(context.Background(), u))
	if _, err := s.ExportNorm(context.Background(), filepath.Join(t.TempDir(), "u.xlsx"), u.ID, "Stad", 1); err == nil || !strings.Contains(err.Error(), "fastställd") {
		t.Errorf("undecided: %v", err)
	}
}

// TestNormFixtures reads the committed norm workbooks in testdata/norms;
// go test -run TestNormFixtures -update-norms writes them anew.
func TestNormFixtures(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "norms")
	if *updateNorms {
		s := openTempService(t)
		c := decidedSocial(t, s, 3, "Känsliga uppgifter om enskilda")
		must(t, os.MkdirAll(dir, 0o755))
		if _, err := s.ExportNorm(context.Background(), filepath.Join(dir, "socialtjanst-v1.xlsx"), c.ID, "Stadsledningskontoret", 1); err != nil {
			t.Fatal(err)
		}
		f := decidedSocialFollowUp(t, s, c)
		if _, err := s.ExportNorm(context.Background(), filepath.Join(dir, "socialtjanst-v2.xlsx"), f.ID, "Stadsledningskontoret", 2); err != nil {
			t.Fatal(err)
		}
	}
	s := openTempService(t)
	for _, name := range []string{"socialtjanst-v1.xlsx", "socialtjanst-v2.xlsx"} {
		if _, err := s.ImportNorm(filepath.Join(dir, name)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	lib, _ := s.Library("")
	if len(lib) != 2 || lib[0].Version != 1 || lib[1].InfoTypes[0].Ratings[domain.Confidentiality].Level != 4 {
		t.Errorf("fixtures %+v", lib)
	}
}
