package demo

import (
	"slices"
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

// answer is one answer of a demo threshold analysis.
type answer struct {
	id string
	r  domain.Response
}

// answers are the answers th gives the questions of analysis t, in the
// question set's order: Ja to th.yes, Osäker to th.unsure and Nej to the
// other questions of parts A and B.
func answers(t *domain.ThresholdAnalysis, th threshold) []answer {
	var out []answer
	for _, q := range t.Questions().Questions {
		r := domain.Response{Answer: domain.AnswerNo}
		switch {
		case slices.Contains(th.yes, q.ID):
			r = domain.Response{Answer: domain.AnswerYes, Comment: "Ja: " + strings.ToLower(q.Example)}
		case slices.Contains(th.unsure, q.ID):
			r = domain.Response{Answer: domain.AnswerUnsure, Comment: "Oklart hur tekniken påverkar de boende."}
		case q.Part == "C":
			continue
		}
		out = append(out, answer{q.ID, r})
	}
	return out
}
