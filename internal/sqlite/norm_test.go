package sqlite

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

func libraryNorm(version int) *domain.Norm {
	return &domain.Norm{
		Key: domain.NormKey("Stadsledningskontoret", "Socialtjänstsystem"), Version: version, Name: "Socialtjänstsystem",
		Organisation: "Stadsledningskontoret", Date: domain.NewDate(2026, 3, 1), DecidedBy: "Eva Ek", Scope: "Hela systemet",
		ModelID: "infoklass-standard", ModelVersion: 1, Description: "Verksamhetssystem 😀",
		InfoTypes: []domain.InfoType{
			{Name: "Journal", Description: "Anteckningar", Flags: []domain.Flag{domain.FlagSensitive, domain.FlagSecrecy},
				Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 3, Motivation: "Känsligt"}, domain.Integrity: {Level: 3, Motivation: "Beslut"},
					domain.Availability: {Level: 2, Motivation: "Vecka"}, domain.Traceability: {Level: 3, Motivation: "Logg"}}},
			{Name: "Kontakter", Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 2, Motivation: "Vanligt"}}},
		},
		Raises: map[domain.Aspect]domain.Raise{domain.Availability: {Level: 3, Reason: domain.RaiseAccumulation, Explanation: "Allt samlat"}},
		Threshold: &domain.NormThreshold{QuestionSetID: "imy-2019", QuestionSetVersion: 1, Decision: domain.DecisionRequired, DecisionReason: "Känsliga",
			Responses: map[string]domain.Response{"q1": {Answer: domain.AnswerYes, Comment: "ja"}, "q2": {Answer: domain.AnswerNo}}},
		File: "norm.xlsx",
	}
}

func TestNormLibrary(t *testing.T) {
	db, _ := openTemp(t)
	n := libraryNorm(1)
	must(t, db.ImportNorm(ctx, n))
	if err := db.ImportNorm(ctx, libraryNorm(1)); !errors.Is(err, ErrNormExists) {
		t.Errorf("same version twice: %v", err)
	}
	must(t, db.ImportNorm(ctx, libraryNorm(2)))
	db = reopen(t, db)
	got, err := db.Norm(ctx, n.ID)
	must(t, err)
	want := libraryNorm(1)
	want.ID, want.ImportedAt = got.ID, got.ImportedAt
	for i := range want.InfoTypes {
		want.InfoTypes[i].ID = got.InfoTypes[i].ID
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("norm read back\n%+v\nwant\n%+v", got, want)
	}
	all, _ := db.Norms(ctx)
	vs, _ := db.NormVersions(ctx, n.Key)
	if len(all) != 2 || len(vs) != 2 || vs[0].Version != 1 || vs[1].Version != 2 {
		t.Errorf("library %d, versions %d", len(all), len(vs))
	}
	bad := libraryNorm(3)
	bad.InfoTypes[0].Ratings[domain.Confidentiality] = domain.Rating{Level: 5}
	if db.ImportNorm(ctx, bad) == nil {
		t.Error("level 5 imported")
	}
}

func TestClassificationFromNorm(t *testing.T) {
	db, _ := openTemp(t)
	n := libraryNorm(1)
	must(t, db.ImportNorm(ctx, n))
	a := &domain.Asset{Name: "Socialtjänst Norrmalm"}
	must(t, db.CreateAsset(ctx, a))
	c, origins := domain.FromNorm(n, a.ID, domain.DefaultModel(), domain.NewDate(2026, 11, 1))
	must(t, db.CreateFromNorm(ctx, c, n, origins))
	got, _ := db.Classification(ctx, c.ID)
	link, err := db.NormLink(ctx, c.ID)
	must(t, err)
	if link == nil || link.NormID != n.ID || link.Key != n.Key || link.Version != 1 || link.Organisation != "Stadsledningskontoret" {
		t.Fatalf("link %+v", link)
	}
	for i, nt := range n.InfoTypes {
		lt := got.InfoTypes[i]
		if lt.Name != nt.Name || !reflect.DeepEqual(lt.Ratings, nt.Ratings) || !reflect.DeepEqual(lt.Flags, nt.Flags) || lt.Description != nt.Description {
			t.Errorf("type %d: %+v, want %+v", i, lt, nt)
		}
		for asp, r := range nt.Ratings {
			if o, ok := link.Origin(lt.ID, asp); !ok || o.Level != r.Level || o.Motivation != r.Motivation {
				t.Errorf("origin %s %s: %+v", nt.Name, asp, o)
			}
		}
	}
	if got.Raises[domain.Availability].Level != 3 {
		t.Errorf("raises %+v", got.Raises)
	}
	if l, _ := db.NormLink(ctx, 9999); l != nil {
		t.Error("link for a classification not from a norm")
	}

	// Lowering K below the norm blocks until reason and approver are given.
	journal := got.InfoTypes[0]
	must(t, db.SetRating(ctx, journal.ID, domain.Confidentiality, domain.Rating{Level: 2, Motivation: "Avidentifierat hos oss"}))
	got, _ = db.Classification(ctx, c.ID)
	link, _ = db.NormLink(ctx, c.ID)
	if ps := domain.NormProblems(got, link, domain.DefaultModel()); len(ps) != 1 || ps[0].Kind != domain.ProblemNormLowered {
		t.Fatalf("problems %+v", ps)
	}
	must(t, db.SetNormDeviation(ctx, journal.ID, domain.Confidentiality, "Bara avidentifierade uppgifter", ""))
	link, _ = db.NormLink(ctx, c.ID)
	if ps := domain.NormProblems(got, link, domain.DefaultModel()); len(ps) != 1 {
		t.Errorf("reason without approver: %+v", ps)
	}
	must(t, db.SetNormDeviation(ctx, journal.ID, domain.Confidentiality, "Bara avidentifierade uppgifter", " Eva  Ek "))
	link, _ = db.NormLink(ctx, c.ID)
	if ps := domain.NormProblems(got, link, domain.DefaultModel()); len(ps) != 0 || link.Origins[journal.ID][domain.Confidentiality].ApprovedBy != "Eva Ek" {
		t.Errorf("with approval: %+v %+v", ps, link.Origins[journal.ID])
	}
	hist, _ := db.History(ctx, a.ID)
	found := map[string]string{}
	for _, h := range hist {
		found[h.Field] = h.New
	}
	if found["K.norm_lowered"] != "Bara avidentifierade uppgifter" || found["K.norm_approved_by"] != "Eva Ek" || found["norm"] == "" {
		t.Errorf("history %v", found)
	}
	if err := db.SetNormDeviation(ctx, journal.ID, domain.Aspect("X"), "x", ""); err == nil {
		t.Error("deviation of an aspect without origin")
	}
	// A follow-up copied from it carries the norm and the reasons.
	f := domain.FollowUp(got, domain.DefaultModel(), domain.NewDate(2026, 12, 1))
	must(t, db.CreateClassification(ctx, f))
	must(t, db.CarryNorm(ctx, c.ID, f.ID))
	fl, _ := db.NormLink(ctx, f.ID)
	if fl == nil || fl.Version != 1 || len(fl.Origins) != 2 || fl.Origins[f.InfoTypes[0].ID][domain.Confidentiality].ApprovedBy != "Eva Ek" {
		t.Errorf("carried %+v", fl)
	}
	must(t, db.CarryNorm(ctx, 9999, f.ID)) // nothing to carry
	// The norm leaves the library; the classification keeps what it said.
	must(t, db.DeleteNorm(ctx, n.ID))
	link, _ = db.NormLink(ctx, c.ID)
	if link == nil || link.NormID != 0 || link.Version != 1 || len(link.Origins[journal.ID]) != 4 {
		t.Errorf("after delete %+v", link)
	}
	// Decided: locked.
	if _, err := db.db.Exec("UPDATE classifications SET decided_on = ? WHERE id = ?", timestamp(time.Now()), c.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.SetNormDeviation(ctx, journal.ID, domain.Confidentiality, "x", "y"); !errors.Is(err, domain.ErrDecided) {
		t.Errorf("deviation on decided: %v", err)
	}
}
