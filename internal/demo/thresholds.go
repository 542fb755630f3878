package demo

import (
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// threshold is a demo threshold analysis: the questions answered Ja
// (all other A and B questions are Nej), or not applicable.
type threshold struct {
	yes           []string
	unsure        []string
	notApplicable string
	decision      domain.Decision
	reason        string
	dso           string
	dpia          domain.DPIAStatus
	dpiaRef       string
}

// thresholds are the district's threshold analyses, by asset name. They
// follow the worked cases of threshold.md.
var thresholds = map[string]threshold{
	"Verksamhetssystem för hemtjänst": {yes: []string{"A2", "B4", "B5", "B7"}, dpia: domain.DPIAOngoing, dpiaRef: "Dnr 2026/0412"},
	"Förskolans närvaroapp": {yes: []string{"B7"}, decision: domain.DecisionRequired,
		reason: "Appen gäller alla förskolebarn i stadsdelen och vårdnadshavares kontaktuppgifter; gruppen väljer att göra en konsekvensbedömning.",
		dpia:   domain.DPIAPlanned},
	"Ärendehantering försörjningsstöd": {yes: []string{"A2", "B4", "B5", "B7", "B9"}, dpia: domain.DPIADone, dpiaRef: "Dnr 2024/1187"},
	"Ekonomisystem":                    {notApplicable: "Leverantörsfakturor avser företag; personuppgifter om enskilda firmor hanteras i stadens gemensamma ekonomisystem."},
	"Webbplatsens kontaktformulär":     {},
}

// writeThreshold stores the demo threshold analysis of asset a, if any.
func writeThreshold(db Store, a *domain.Asset, c *domain.Classification) error {
	th, ok := thresholds[a.Name]
	if !ok {
		return nil
	}
	t := domain.NewThresholdAnalysis(a.ID, c.ID, c.Date)
	var names []string
	for _, p := range c.Participants {
		names = append(names, p.Name)
	}
	t.Participants = strings.Join(names, ", ")
	if th.notApplicable != "" {
		t.NotApplicable, t.NotApplicableReason = true, th.notApplicable
	} else {
		for _, q := range t.Questions().Questions {
			if q.Part != "C" {
				t.Responses[q.ID] = domain.Response{Answer: domain.AnswerNo}
			}
		}
		for _, id := range th.yes {
			q, _ := t.Questions().Question(id)
			t.Responses[id] = domain.Response{Answer: domain.AnswerYes, Comment: "Ja: " + strings.ToLower(q.Example)}
		}
		for _, id := range th.unsure {
			t.Responses[id] = domain.Response{Answer: domain.AnswerUnsure, Comment: "Oklart hur tekniken påverkar de boende."}
		}
	}
	t.Decision, t.DecisionReason, t.DSOOpinion = th.decision, th.reason, th.dso
	t.DPIAStatus, t.DPIAReference = th.dpia, th.dpiaRef
	if th.dpia == domain.DPIADone {
		t.DPIADate = c.Date.AddMonths(2)
	}
	return db.CreateThreshold(t)
}
