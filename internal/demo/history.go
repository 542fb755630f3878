package demo

import (
	"github.com/infoklass/infoklass/internal/domain"
)

// past is what happened to a demo asset before the state the district
// shows today, so that Ledningens genomgång has three years to count:
// when the asset was registered, its earlier decided classifications,
// earlier threshold analyses and its status changes. Months count back
// from today. The timeline (timeline.go) runs it in order.
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
