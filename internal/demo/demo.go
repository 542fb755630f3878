// Package demo fills a new database with a realistic district's
// information assets, for trying Infoklass out, for screenshots and, with
// synthetic assets added, for benchmarks.
//
// The demo holds plain data and writes nothing itself: it runs the
// ordinary use cases (UseCases, which app.Service has) in the order
// things happened, with the clock moved to each moment, so that the
// history, the registration dates and the decisions are recorded by the
// same code as a user's clicks.
package demo

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// ErrNotEmpty is returned when the database already holds assets.
var ErrNotEmpty = errors.New("databasen innehåller redan informationstillgångar; demodata skrivs bara till en tom databas")

// Meeting participants who are not asset owners.
const (
	isamName = "Nils Åberg"
	dsoName  = "Fatima Rahimi"
)

// UseCases are the use cases the demo runs, as a user in the workshop
// does: app.Service's methods of the same names (StartClassification is
// opening the workshop of an asset never classified). ImportSteps writes
// the synthetic assets in one transaction, as an import of a list does.
type UseCases interface {
	CreateAsset(a *domain.Asset) error
	SetStatus(id int64, st domain.Status, reason string) error
	StartClassification(assetID int64) (*domain.Classification, error)
	UpdateClassification(c *domain.Classification) error
	AddParticipant(classificationID int64, p *domain.Participant) error
	AddInfoType(classificationID int64, t *domain.InfoType) error
	Rate(infoTypeID int64, a domain.Aspect, r domain.Rating) error
	Raise(classificationID int64, a domain.Aspect, r *domain.Raise) error
	SetRoutine(classificationID int64, r domain.RoutineAssessment) error
	StartThreshold(a *domain.Asset, c *domain.Classification) (*domain.ThresholdAnalysis, error)
	Answer(analysisID int64, q string, r domain.Response) error
	UpdateThreshold(t *domain.ThresholdAnalysis) error
	Decide(classificationID int64, d domain.OwnerDecision) (domain.OwnerDecision, error)
	StartFollowUp(c *domain.Classification) (*domain.Classification, error)
	Classification(id int64) (*domain.Classification, error)
	AssetByName(name string) (*domain.Asset, error)
	CreateProcessing(p *domain.Processing) error
	UpdateProcessing(p *domain.Processing) error
	ImportSteps(ctx context.Context, steps []domain.ImportStep) error
}

// Write writes the demo district to uc in model m as it stands on day
// today, plus synthetic assets until there are n in all (n ≤ the
// district's size writes only the district). setTime moves the clock the
// use cases run under to each moment of the district's past, in order,
// and back to the present with the zero time at the end.
func Write(ctx context.Context, uc UseCases, m *domain.Model, setTime func(time.Time), today domain.Date, n int) error {
	defer setTime(time.Time{})
	var tl timeline
	for _, d := range district {
		tl.plan(uc, m, d, today)
	}
	tl.planProcessings(uc, today)
	if err := tl.run(ctx, setTime); err != nil {
		return err
	}
	setTime(time.Time{})
	if n <= len(district) {
		return nil
	}
	return writeSynthetic(ctx, uc, m, today, n)
}

// newAsset is demo asset d as it is registered.
func newAsset(d asset, today domain.Date) *domain.Asset {
	a := &domain.Asset{
		Name: d.name, Description: d.desc, Kind: d.kind,
		OwnerName: d.owner, OwnerRole: d.ownerRole, ManagementObject: d.object,
		System: d.system, Supplier: d.supplier,
		PersonalData: d.personal, RSACritical: d.rsa, NIS2: d.nis2,
		Notes: d.notes, Status: domain.StatusNotStarted,
	}
	if d.procureInMonths > 0 {
		a.ProcurementDate = today.AddMonths(d.procureInMonths)
	}
	return a
}

// finalStatus is the manual status demo asset d has today, with its
// reason.
func finalStatus(d asset) (domain.Status, string) {
	switch d.state {
	case planned:
		return domain.StatusPlanned, ""
	case cancelled:
		return domain.StatusCancelled, d.reason
	}
	return domain.StatusNotStarted, ""
}

// currentDate is the date of demo asset d's classification of today.
func currentDate(d asset, today domain.Date) domain.Date {
	switch d.state {
	case overdue:
		return today.AddMonths(-14)
	case decided:
		return today.AddMonths(-3)
	}
	return today.AddDays(-7)
}

// content is the classification of demo asset d: scope, participants,
// information types with their ratings, raises and, with personal data,
// the routine assessment of the need for a DPIA.
func content(d asset, m *domain.Model, assetID int64, date domain.Date) *domain.Classification {
	c := domain.NewClassification(assetID, m, date)
	c.Scope = "Hela " + d.system + " med de informationstyper som listas. Integrationer mot stadens gemensamma system ingår inte."
	c.Participants = []domain.Participant{
		{Name: d.owner, Role: domain.RoleOwner},
		{Name: isamName, Role: domain.RoleISAM},
		{Name: dsoName, Role: domain.RoleDSO},
		{Name: "Systemförvaltare för " + d.system, Role: domain.RoleSystemManager},
	}
	for i, t := range d.types {
		it := domain.InfoType{Name: t.name, Description: t.desc, Flags: t.flags, Ratings: map[domain.Aspect]domain.Rating{}}
		for j, l := range []domain.Level{t.k, t.r, t.t, t.s} {
			why := t.why[j]
			if d.state == ongoing && i == len(d.types)-1 && j >= 2 {
				l, why = domain.Unset, "" // the meeting has not got this far
			}
			if l == domain.Unset {
				continue
			}
			if why == "" {
				why = "Gruppen bedömde att nivån räcker utifrån den värsta rimliga konsekvensen."
			}
			it.Ratings[domain.AllAspects[j]] = domain.Rating{Level: l, Motivation: why}
		}
		c.InfoTypes = append(c.InfoTypes, it)
	}
	for a, r := range d.raise {
		c.Raises[a] = r
	}
	if need, why := domain.FlagSuggestion(c.InfoTypes); need != domain.NeedUnassessed {
		c.Routine = domain.RoutineAssessment{Need: need, Reason: "Gruppen delar markeringarnas bedömning: " + why + "."}
	}
	return c
}

// writeSynthetic writes synthetic assets from the district's size up to
// n, in one transaction as an import of a list: each decided one through
// the decision rule, on the date it was decided.
func writeSynthetic(ctx context.Context, uc UseCases, m *domain.Model, today domain.Date, n int) error {
	steps := make([]domain.ImportStep, 0, n-len(district))
	for i := len(district); i < n; i++ {
		d := synthetic(i)
		a := newAsset(d, today)
		a.Status, a.StatusReason = finalStatus(d)
		st := domain.ImportStep{Row: i + 1, Name: a.Name, Create: true, Merge: func(domain.Asset) domain.Asset { return *a }}
		if len(d.types) > 0 {
			date := currentDate(d, today)
			st.Classification = content(d, m, 0, date)
			if d.state == decided || d.state == overdue {
				st.Decision = &domain.OwnerDecision{By: d.owner, At: date, NextReview: domain.DefaultNextReview(date)}
			}
		}
		steps = append(steps, st)
	}
	if err := uc.ImportSteps(ctx, steps); err != nil {
		return fmt.Errorf("synthetic assets: %w", err)
	}
	return nil
}
