package demo

import (
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// past is what happened to a demo asset before the state the district
// shows today, so that Ledningens genomgång has three years to count:
// when the asset was registered, its earlier decided classifications,
// earlier threshold analyses and its status changes. Months count back
// from today.
type past struct {
	registered int
	versions   []version
	analyses   []earlier
	statuses   []step // oldest first, ending in the asset's status today
}

// version is an earlier decided classification: started and decided
// some months ago, reviewed a year after.
type version struct {
	kind            domain.ClassificationKind
	started, decide int
}

// earlier is an earlier threshold analysis with its DPIA.
type earlier struct {
	months  int
	dpia    domain.DPIAStatus
	doneAgo int // months ago the DPIA was done
	dpiaRef string
}

// step is a status change.
type step struct {
	months int
	to     domain.Status
}

// histories are the district's pasts, by asset name.
var histories = map[string]past{
	"Verksamhetssystem för hemtjänst": {registered: 34,
		versions: []version{{domain.KindLocal, 28, 27}, {domain.KindFollowUp, 16, 15}},
		analyses: []earlier{{months: 28, dpia: domain.DPIADone, doneAgo: 22, dpiaRef: "Dnr 2024/0733"}}},
	"Ärendehantering försörjningsstöd": {registered: 36,
		versions: []version{{domain.KindNormative, 27, 26}},
		analyses: []earlier{{months: 26, dpia: domain.DPIAPlanned}}},
	"Ekonomisystem": {registered: 36,
		versions: []version{{domain.KindNormative, 25, 24}}}, // its follow-up came nine months late
	"Webbplatsens kontaktformulär": {registered: 30,
		versions: []version{{domain.KindLocal, 16, 15}}},
	"Säkra meddelanden": {registered: 30,
		statuses: []step{{29, domain.StatusPlanned}, {24, domain.StatusOngoing}, {15, domain.StatusCancelled}}},
	"Säkra digitala möten": {registered: 30,
		statuses: []step{{27, domain.StatusPlanned}, {20, domain.StatusOngoing}, {13, domain.StatusCancelled}}},
	"Förskolans närvaroapp":             {registered: 20},
	"Skolans lärplattform":              {registered: 24, statuses: []step{{2, domain.StatusPlanned}}},
	"Felanmälan för boende":             {registered: 18},
	"Personalens e-post och kalender":   {registered: 34},
	"Incidentrapportering":              {registered: 22, statuses: []step{{10, domain.StatusPlanned}}},
	"Bemanning vård- och omsorgsboende": {registered: 34},
	"Kameraövervakning vid skola":       {registered: 12},
	"Registerförteckning":               {registered: 36},
}

// writeHistory gives the district's assets their pasts, recorded with
// the times they happened (in local time).
func writeHistory(b Store, m *domain.Model, set func(time.Time), today domain.Date) error {
	defer set(time.Time{})
	loc := time.Local
	ago := func(months, hour int) time.Time {
		d := today.AddMonths(-months)
		return time.Date(d.Year(), d.Time().Month(), d.Time().Day(), hour, 0, 0, 0, loc)
	}
	for _, d := range district {
		p, ok := histories[d.name]
		if !ok {
			continue
		}
		a, err := b.AssetByName(d.name)
		if err != nil || a == nil {
			return fmt.Errorf("history of %q: %v", d.name, err)
		}
		cur, err := b.LatestClassification(a.ID)
		if err != nil {
			return fmt.Errorf("history of %q: %w", d.name, err)
		}
		for _, v := range p.versions {
			if cur == nil {
				break
			}
			set(ago(v.decide, 15))
			c := domain.FollowUp(cur, m, today.AddMonths(-v.started))
			c.Kind = v.kind
			c.DecidedBy, c.DecidedAt = d.owner, today.AddMonths(-v.decide)
			c.NextReview, c.DecidedOn = domain.DefaultNextReview(c.DecidedAt), ago(v.decide, 15)
			if err := b.CreateClassification(c); err != nil {
				return fmt.Errorf("history of %q: %w", d.name, err)
			}
		}
		if len(p.analyses) > 0 {
			th, err := b.CurrentThreshold(a.ID)
			if err != nil || th == nil {
				return fmt.Errorf("history of %q: no threshold analysis (%v)", d.name, err)
			}
			for _, e := range p.analyses {
				set(ago(e.months, 10))
				t := domain.NewThresholdAnalysis(a.ID, 0, today.AddMonths(-e.months))
				t.Responses, t.Participants = th.Responses, th.Participants
				t.Decision, t.DecisionReason, t.DSOOpinion = th.Decision, th.DecisionReason, th.DSOOpinion
				t.DPIAStatus = e.dpia
				if e.dpia == domain.DPIADone {
					t.DPIADate, t.DPIAReference = today.AddMonths(-e.doneAgo), e.dpiaRef
				}
				if err := b.CreateEarlierThreshold(t); err != nil {
					return fmt.Errorf("history of %q: %w", d.name, err)
				}
			}
		}
		old := domain.StatusNotStarted
		for _, s := range p.statuses {
			at := ago(s.months, 11)
			cs := []domain.Change{{At: at, AssetID: a.ID, Entity: "asset", EntityID: a.ID, Field: "status", Old: string(old), New: string(s.to)}}
			if s.to == domain.StatusCancelled {
				cs = append(cs, domain.Change{At: at, AssetID: a.ID, Entity: "asset", EntityID: a.ID, Field: "status_reason", New: a.StatusReason})
			}
			if err := b.RecordHistory(cs...); err != nil {
				return fmt.Errorf("history of %q: %w", d.name, err)
			}
			old = s.to
		}
		if err := b.Backdate(a.ID, ago(p.registered, 9), loc); err != nil {
			return fmt.Errorf("history of %q: %w", d.name, err)
		}
	}
	return nil
}
