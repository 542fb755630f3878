//go:build ignore

// Gen writes review.db, the fixture of Ledningens genomgång: a small
// district with known events over 2023, 2024 and 2025 (some on 1 January
// and 31 December, in Swedish winter time, CET) and a few edits in
// January 2026 that must not change the earlier years' figures. The
// expected figures are in internal/sqlite/review_fixture_test.go.
//
//	go run testdata/review/gen.go
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// ctx is the context the generator runs the store under.
var ctx = context.Background()

var cet = time.FixedZone("CET", 3600)

type gen struct {
	db     *sqlite.DB
	assets map[string]*domain.Asset
}

// clockAt is the time of the generator's clock, which the store is
// opened with.
var clockAt time.Time

// at sets the clock to the CET time "2006-01-02 15:04".
func (g *gen) at(s string) {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, cet)
	if err != nil {
		log.Fatal(err)
	}
	clockAt = t
}

func date(s string) domain.Date {
	d, err := domain.ParseDate(s)
	if err != nil {
		log.Fatal(err)
	}
	return d
}

func check(what string, err error) {
	if err != nil {
		log.Fatalf("%s: %v", what, err)
	}
}

func (g *gen) asset(name string, personal, rsa, nis2 bool, procurement string) {
	a := &domain.Asset{Name: name, OwnerName: "Ägare för " + name, PersonalData: personal, RSACritical: rsa, NIS2: nis2,
		ProcurementDate: date(procurement)}
	check(name, g.db.CreateAsset(ctx, a))
	g.assets[name] = a
}

// draft starts a classification of the asset, complete but undecided,
// with every aspect at level (K at k).
func (g *gen) draft(name string, kind domain.ClassificationKind, day string, k domain.Level) *domain.Classification {
	a := g.assets[name]
	c := domain.NewClassification(a.ID, g.db.Model(), date(day))
	c.Kind, c.Scope = kind, "Hela "+name+"."
	c.Participants = []domain.Participant{{Name: a.OwnerName, Role: domain.RoleOwner}, {Name: "Nils Åberg", Role: domain.RoleISAM}}
	t := domain.InfoType{Name: "Uppgifter i " + name, Ratings: map[domain.Aspect]domain.Rating{}}
	for _, asp := range domain.AllAspects {
		l := domain.Level(1)
		if asp == domain.Confidentiality {
			l = k
		}
		t.Ratings[asp] = domain.Rating{Level: l, Motivation: "Gruppens bedömning."}
	}
	c.InfoTypes = []domain.InfoType{t}
	check("draft "+name, g.db.CreateClassification(ctx, c))
	return c
}

func (g *gen) decide(name string, c *domain.Classification, day, next string) {
	d := domain.OwnerDecision{By: g.assets[name].OwnerName, At: date(day), NextReview: date(next)}
	check("decide "+name, g.db.Decide(ctx, c.ID, d, g.db.Model()))
}

// threshold records a complete analysis: yes are the questions answered
// Ja, every other A and B question Nej.
func (g *gen) threshold(name, day string, yes []string, decision domain.Decision, dpia domain.DPIAStatus) *domain.ThresholdAnalysis {
	t := domain.NewThresholdAnalysis(g.assets[name].ID, 0, date(day))
	t.Participants = "Nils Åberg, Fatima Rahimi"
	for _, q := range t.Questions().Questions {
		if q.Part != "C" {
			t.Responses[q.ID] = domain.Response{Answer: domain.AnswerNo}
		}
	}
	for _, id := range yes {
		t.Responses[id] = domain.Response{Answer: domain.AnswerYes, Comment: "Ja, enligt gruppen."}
	}
	if decision != domain.DecisionNone {
		t.Decision, t.DecisionReason = decision, "Gruppen bedömer att en konsekvensbedömning behövs."
	}
	t.DPIAStatus = dpia
	check("threshold "+name, g.db.CreateThreshold(ctx, t))
	return t
}

func (g *gen) status(name string, st domain.Status, reason string) {
	check("status "+name, g.db.SetStatus(ctx, g.assets[name].ID, st, reason))
}

func main() {
	path := filepath.Join("testdata", "review", "review.db")
	for _, p := range []string{path, path + "-wal", path + "-shm", path + ".lock"} {
		os.Remove(p)
	}
	db, err := sqlite.Open(path, sqlite.WithClock(func() time.Time { return clockAt }))
	check("open", err)
	g := &gen{db: db, assets: map[string]*domain.Asset{}}

	// 2023
	g.at("2023-01-01 09:00") // registered on 1 January
	g.asset("Hemtjänst", true, true, true, "2024-09-01")
	g.asset("Förskoleappen", true, false, false, "")
	g.asset("Säkra meddelanden", true, false, false, "")
	g.asset("Ekonomisystem", false, false, false, "")
	g.asset("Bemanning", false, true, false, "")
	g.at("2023-02-01 10:00")
	c1 := g.draft("Hemtjänst", domain.KindLocal, "2023-02-01", 4)
	g.at("2023-02-15 10:00")
	t1 := g.threshold("Hemtjänst", "2023-02-15", []string{"A2", "B4", "B7"}, domain.DecisionNone, domain.DPIAPlanned)
	g.at("2023-03-01 15:00")
	g.decide("Hemtjänst", c1, "2023-03-01", "2024-03-01")
	g.at("2023-04-01 10:00")
	c2 := g.draft("Ekonomisystem", domain.KindNormative, "2023-04-01", 2)
	g.at("2023-05-02 15:00")
	g.decide("Ekonomisystem", c2, "2023-05-02", "2024-05-02")
	g.at("2023-06-01 10:00")
	g.draft("Säkra meddelanden", domain.KindLocal, "2023-06-01", 3)
	g.at("2023-09-01 10:00")
	t1.DPIAStatus = domain.DPIAOngoing
	check("T1 ongoing", db.UpdateThreshold(ctx, t1))
	g.at("2023-12-31 22:00") // started on 31 December
	c4 := g.draft("Förskoleappen", domain.KindLocal, "2023-12-31", 3)
	g.at("2023-12-31 23:00")
	g.asset("Webbformulär", false, false, false, "2026-06-30")

	// 2024
	g.at("2024-01-01 00:30") // 23:30 UTC on 31 December: 2024 in Sweden
	g.asset("Lärplattform", false, false, true, "")
	g.at("2024-01-01 09:00") // the DPIA done on 1 January
	t1.DPIAStatus, t1.DPIADate, t1.DPIAReference = domain.DPIADone, date("2024-01-01"), "Dnr 2023/0412"
	check("T1 done", db.UpdateThreshold(ctx, t1))
	g.at("2024-02-15 10:00")
	c5 := g.draft("Hemtjänst", domain.KindFollowUp, "2024-02-15", 4)
	g.at("2024-02-28 15:00")
	g.decide("Hemtjänst", c5, "2024-02-28", "2025-02-28")
	g.at("2024-03-10 10:00")
	g.status("Säkra meddelanden", domain.StatusCancelled, "Osäkra förhållanden: den centrala upphandlingen pågår.")
	g.at("2024-04-01 10:00")
	t2 := g.threshold("Förskoleappen", "2024-04-01", []string{"B7"}, domain.DecisionRequired, domain.DPIAPlanned)
	g.at("2024-05-02 15:00")
	g.decide("Förskoleappen", c4, "2024-05-02", "2025-05-02")
	g.at("2024-06-01 10:00")
	c6 := g.draft("Lärplattform", domain.KindNormative, "2024-06-01", 3)
	g.at("2024-10-01 10:00") // the licence is renewed in March
	a := g.assets["Hemtjänst"]
	a.ProcurementDate = date("2025-03-01")
	check("procurement", db.UpdateAsset(ctx, a))
	g.at("2024-12-31 22:00") // cancelled on 31 December
	g.status("Bemanning", domain.StatusCancelled, "Tjänsten byts ut centralt.")

	// 2025
	g.at("2025-01-01 09:00") // started on 1 January
	c7 := g.draft("Ekonomisystem", domain.KindFollowUp, "2025-01-01", 2)
	g.at("2025-02-20 10:00")
	c8 := g.draft("Hemtjänst", domain.KindFollowUp, "2025-02-20", 4)
	g.at("2025-02-25 15:00")
	g.decide("Hemtjänst", c8, "2025-02-25", "2026-02-25")
	g.at("2025-03-01 10:00")
	g.threshold("Hemtjänst", "2025-03-01", []string{"A2", "B4", "B5", "B7"}, domain.DecisionNone, domain.DPIANone)
	g.at("2025-04-01 15:00")
	g.decide("Ekonomisystem", c7, "2025-04-01", "2026-04-01")
	g.at("2025-06-01 10:00")
	g.status("Bemanning", domain.StatusPlanned, "")
	g.draft("Bemanning", domain.KindNormative, "2025-06-01", 3)
	g.at("2025-09-01 10:00")
	t2.DPIAStatus = domain.DPIAOngoing
	check("T2 ongoing", db.UpdateThreshold(ctx, t2))
	g.at("2025-10-01 10:00")
	t4 := domain.NewThresholdAnalysis(g.assets["Lärplattform"].ID, 0, date("2025-10-01"))
	t4.NotApplicable, t4.NotApplicableReason = true, "Den normerande delen rör inga personuppgifter."
	check("T4", db.CreateThreshold(ctx, t4))
	g.at("2025-10-15 15:00")
	g.decide("Lärplattform", c6, "2025-10-15", "2026-10-15")
	g.at("2025-12-31 22:30") // decided on 31 December
	c10 := g.draft("Webbformulär", domain.KindLocal, "2025-12-31", 1)
	g.at("2025-12-31 23:00")
	g.decide("Webbformulär", c10, "2025-12-31", "2026-12-31")

	// January 2026: edits that must not change 2023–2025.
	g.at("2026-01-10 10:00")
	e := g.assets["Ekonomisystem"]
	e.Name = "Ekonomisystem Raindance"
	check("rename", db.UpdateAsset(ctx, e))
	t2.DPIAStatus, t2.DPIADate, t2.DPIAReference = domain.DPIADone, date("2026-01-10"), "Dnr 2026/0007"
	check("T2 done", db.UpdateThreshold(ctx, t2))
	g.status("Bemanning", domain.StatusCancelled, "Upphandlas centralt.")
	check("plan", db.SetPlanItems(ctx,
		domain.PlanItem{Year: 2026, AssetID: g.assets["Förskoleappen"].ID, State: domain.PlanAccepted, Quarter: 1},
		domain.PlanItem{Year: 2026, AssetID: g.assets["Säkra meddelanden"].ID, State: domain.PlanAccepted, Quarter: 3},
		domain.PlanItem{Year: 2027, AssetID: g.assets["Lärplattform"].ID, State: domain.PlanProposed},
	))

	check("close", db.Close())
	for _, p := range []string{path + "-wal", path + "-shm", path + ".lock"} {
		os.Remove(p)
	}
	fmt.Println("wrote", path)
}
