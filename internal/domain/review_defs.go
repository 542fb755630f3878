package domain

import "strconv"

// MeasureDefinitions say, for each measure of the review by ID, how it is
// counted. They are printed in the document's appendix and the README.
var MeasureDefinitions = map[string]string{
	"handled":                   "Klassningar av alla slag (lokala, normerande och uppföljningar) som fastställts under året eller pågår vid årets slut. En klassning räknas en gång, vid sin informationstillgång.",
	"handled_followup":          "De hanterade klassningar som följer upp en tidigare fastställd klassning av samma informationstillgång: typen uppföljning, eller en ny klassning av en tillgång som redan hade en fastställd.",
	"started":                   "Klassningar vars arbete startade under året (klassningens datum).",
	"in_progress":               "Klassningar som startat men inte fastställts vid årets slut, utom för avbrutna informationstillgångar.",
	"decided":                   "Klassningar som fastställts under året, 1 januari och 31 december medräknade.",
	"cancelled":                 "Informationstillgångar vars status blev Avbruten under året, med skälet som angavs då.",
	"followups_due":             "Fastställda klassningar vars datum för nästa uppföljning föll under året och som inte följts upp innan året började.",
	"followups_done":            "De av dessa som följts upp av en senare fastställd klassning före årets slut.",
	"followed_up":               "Klassningar fastställda under året som följer en tidigare fastställd klassning av samma tillgång; de är den fastställda delen av hanterade uppföljningar.",
	"followups_overdue":         "Informationstillgångar vars senast fastställda klassning passerat sitt uppföljningsdatum vid årets slut.",
	"thresholds":                "Tröskelanalyser daterade under året.",
	"dpia_required":             "Årets tröskelanalyser vars slutliga beslut är att konsekvensbedömning krävs (eller osäker, då görs den).",
	"thresholds_not_required":   "Årets tröskelanalyser där konsekvensbedömning inte krävs, också genom undantag.",
	"thresholds_not_applicable": "Årets tröskelanalyser där inga personuppgifter behandlas.",
	"thresholds_open":           "Årets tröskelanalyser utan slutligt beslut.",
	"dpia_done":                 "Konsekvensbedömningar med status Genomförd och datum under året, räknade per behandling (personuppgiftsbehandling i registerförteckningen): en behandling som flera informationstillgångar tjänar räknas en gång.",
	"dpia_risk":                 "De av årets genomförda konsekvensbedömningar vars tillhörande riskanalys registrerats som gjord före årets slut, per behandling.",
	"dpia_ongoing":              "Behandlingar vars konsekvensbedömning har status Pågående vid årets slut.",
	"dpia_planned":              "Behandlingar vars konsekvensbedömning har status Planerad vid årets slut.",
	"level0":                    "Informationstillgångar (ej avbrutna) utan fastställd klassning vid årets slut.",
	"critical_unclassified":     "Informationstillgångar som stöder samhällsviktig verksamhet (RSA) eller omfattas av NIS2 och saknar fastställd klassning vid årets slut.",
	"procurement":               "Klassningar fastställda under året högst ett år före ett upphandlings- eller licensdatum för informationstillgången.",
	"requirements_met":          "Klassade informationstillgångar vars tillämpliga krav alla är uppfyllda eller ej tillämpliga. Kraven har ingen historik och räknas som registret ser ut när genomgången skrivs.",
	"requirements_not_met":      "Klassade informationstillgångar med minst ett tillämpligt krav som inte eller bara delvis är uppfyllt.",
	"requirements_not_assessed": "Klassade informationstillgångar utan ouppfyllda krav men med minst ett krav som inte är bedömt.",
}

// MeasureDefinition says how measure id is counted, its levels in model
// m's numbering; "" for a measure without a definition.
func MeasureDefinition(m *Model, id string) string {
	if id == "level"+strconv.Itoa(int(m.MaxLevel())) {
		var lower []string
		for l := m.MaxLevel() - 1; l >= 1; l-- {
			lower = append(lower, m.NumberText(l))
		}
		return "Informationstillgångar (ej avbrutna) vars senast fastställda klassning har högsta nivå " + m.NumberText(m.MaxLevel()) +
			" vid årets slut; likadant för nivå " + joinSwedish(lower) + "."
	}
	return MeasureDefinitions[id]
}

// FullLabel returns the label of measure i of ms with the measure it
// belongs to before a "– varav" label: "Fastställda klassningar – varav
// lokala".
func FullLabel(ms []Measure, i int) string {
	l := ms[i].Label
	if len(l) < 4 || l[:4] != "– " {
		return l
	}
	for j := i - 1; j >= 0; j-- {
		if p := ms[j].Label; len(p) < 4 || p[:4] != "– " {
			return p + " " + l
		}
	}
	return l
}
