// Package demo fills a new database with a realistic district's
// information assets, for trying Infoklass out, for screenshots and, with
// synthetic assets added, for benchmarks.
package demo

import (
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

// Store is what the demo writes through: one transaction of the store,
// which app.Service.FillDemo opens. The demo itself reads and writes no
// database.
type Store interface {
	CreateAsset(a *domain.Asset) error
	CreateClassification(c *domain.Classification) error
	CreateThreshold(t *domain.ThresholdAnalysis) error
	AssetByName(name string) (*domain.Asset, error)
	LatestClassification(assetID int64) (*domain.Classification, error)
	CurrentThreshold(assetID int64) (*domain.ThresholdAnalysis, error)
	CreateEarlierThreshold(t *domain.ThresholdAnalysis) error
	CreateProcessing(p *domain.Processing) error
	UpdateProcessing(p *domain.Processing) error
	RecordHistory(cs ...domain.Change) error
	Backdate(assetID int64, registered time.Time, loc *time.Location) error
}

// Write writes the demo district to st in model m as it stands on day
// today, plus synthetic assets until there are n in all (n ≤ the
// district's size writes only the district). setTime moves the clock the
// store stamps edits with to the past the history tells, and back to the
// present with the zero time.
func Write(st Store, m *domain.Model, setTime func(time.Time), today domain.Date, n int) error {
	for _, d := range district {
		if err := write(st, m, d, today); err != nil {
			return fmt.Errorf("demo asset %q: %w", d.name, err)
		}
	}
	if err := writeHistory(st, m, setTime, today); err != nil {
		return err
	}
	if err := writeProcessings(st, setTime, today); err != nil {
		return err
	}
	for i := len(district); i < n; i++ {
		if err := write(st, m, synthetic(i), today); err != nil {
			return fmt.Errorf("synthetic asset %d: %w", i, err)
		}
	}
	return nil
}

// write stores one demo asset and its classification.
func write(db Store, m *domain.Model, d asset, today domain.Date) error {
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
	switch d.state {
	case planned:
		a.Status = domain.StatusPlanned
	case cancelled:
		a.Status, a.StatusReason = domain.StatusCancelled, d.reason
	}
	if err := db.CreateAsset(a); err != nil {
		return err
	}
	if len(d.types) == 0 {
		return nil
	}
	var date domain.Date
	switch d.state {
	case overdue:
		date = today.AddMonths(-14)
	case decided:
		date = today.AddMonths(-3)
	default:
		date = today.AddDays(-7)
	}
	c := domain.NewClassification(a.ID, m, date)
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
	if d.state == decided || d.state == overdue {
		c.DecidedBy = d.owner
		c.DecidedAt = date
		c.NextReview = domain.DefaultNextReview(date)
		c.DecidedOn = date.Time().Add(15 * time.Hour) // the meeting's afternoon
	}
	if err := db.CreateClassification(c); err != nil {
		return err
	}
	return writeThreshold(db, a, c)
}
