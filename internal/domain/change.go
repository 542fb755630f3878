package domain

import (
	"strconv"
	"strings"
	"time"
)

// Change is one recorded edit: when, by whom (the OS user), to what, and
// the value before and after. Changes make up an asset's history.
//
// Field is a code (see ChangeLabels), with the names it needs in Args,
// so that the history is read in the reader's language. Rows written by
// Infoklass before codes were introduced hold a Swedish label as Field
// and no Args; they are shown as they are.
type Change struct {
	ID       int64
	At       time.Time
	User     string
	AssetID  int64  // the asset the change belongs to (0 for none)
	Entity   string // "asset", "classification", "infotype", "rating", "raise", "participant", "threshold", "parked", "plan", "requirement"
	EntityID int64
	Field    string   // a code such as "name" or "level"
	Args     []string // e.g. the information type and the aspect of a rating
	Old      string
	New      string
}

// ChangeLabels gives, per entity and field code, the Swedish label
// format of a change; its verbs take the change's Args.
var ChangeLabels = map[string]string{
	"asset.created":           "Tillgången skapad",
	"asset.deleted":           "Tillgången borttagen",
	"asset.name":              "Namn",
	"asset.description":       "Beskrivning",
	"asset.kind":              "Typ",
	"asset.owner_name":        "Informationsägare",
	"asset.owner_role":        "Ägarens roll",
	"asset.management_object": "Förvaltningsobjekt",
	"asset.system":            "System",
	"asset.supplier":          "Leverantör",
	"asset.personal_data":     "Personuppgifter",
	"asset.rsa_critical":      "Samhällsviktig (RSA)",
	"asset.nis2":              "NIS2",
	"asset.procurement_date":  "Upphandling/licens",
	"asset.notes":             "Anteckningar",
	"asset.status":            "Status",
	"asset.status_reason":     "Statusskäl",
	"asset.priority_adjust":   "Prioritetsjustering",
	"asset.priority_reason":   "Skäl för justering",

	"classification.created":        "Klassning skapad",
	"classification.deleted":        "Klassning borttagen",
	"classification.date":           "Datum",
	"classification.kind":           "Typ av klassning",
	"classification.scope":          "Avgränsning",
	"classification.decided_by":     "Beslutat av",
	"classification.decided_at":     "Beslutsdatum",
	"classification.next_review":    "Nästa uppföljning",
	"classification.decided":        "Klassningen fastställd",
	"classification.decided_digest": "Kontrollsumma för det fastställda innehållet",
	"classification.routine_need":   "Behov av konsekvensbedömning",
	"classification.routine_reason": "Skäl för bedömningen av konsekvensbedömning",
	"classification.routine_dso":    "Dataskyddsombudets synpunkt på bedömningen",
	"classification.security_on":    "Säkerhetsskyddschefen underrättad",
	"classification.security_note":  "Anteckning om säkerhetsskydd",

	"participant.added":   "Deltagare tillagd",
	"participant.name":    "Deltagare",
	"participant.role":    "Deltagarens roll",
	"participant.deleted": "Deltagare borttagen",

	"infotype.added":       "Informationstyp tillagd",
	"infotype.name":        "Informationstyp",
	"infotype.description": "%s: beskrivning",
	"infotype.flags":       "%s: markeringar",
	"infotype.deleted":     "Informationstyp borttagen",

	"rating.level":      "%s: %s nivå",
	"rating.motivation": "%s: %s motivering",

	"raise.level":       "%s höjd till",
	"raise.reason":      "%s höjningsskäl",
	"raise.explanation": "%s förklaring",

	"threshold.created":               "Tröskelanalys skapad",
	"threshold.not_applicable":        "Tröskelanalys ej tillämplig",
	"threshold.not_applicable_reason": "Skäl för ej tillämplig",
	"threshold.decision":              "Beslut om konsekvensbedömning",
	"threshold.decision_reason":       "Beslutsskäl",
	"threshold.dso_opinion":           "Dataskyddsombudets yttrande",
	"threshold.participants":          "Deltagare i tröskelanalysen",
	"threshold.dpia_status":           "DPIA-status",
	"threshold.dpia_date":             "DPIA-datum",
	"threshold.dpia_reference":        "DPIA-referens",
	"threshold.dpia_risk_analysis":    "Riskanalys till DPIA",
	"threshold.dpia_risk_reference":   "Riskanalysens referens",
	"activities.activities":           "Aktiviteter för året",
	"threshold.answer":                "%s svar",
	"threshold.comment":               "%s kommentar",

	"asset.processing_linked":     "Behandling kopplad",
	"processing.created":          "Behandling skapad",
	"processing.name":             "Behandlingens namn",
	"processing.purpose":          "Behandlingens ändamål",
	"processing.record_ref":       "Registerförteckningens post",
	"processing.unit":             "Personuppgiftsansvarig enhet",
	"processing.dpia_status":      "DPIA-status",
	"processing.dpia_reason":      "Skäl att konsekvensbedömning inte krävs",
	"processing.dpia_date":        "DPIA-datum",
	"processing.dpia_reference":   "DPIA-referens",
	"processing.risk_analysis_on": "Riskanalys till DPIA",

	"parked.added":    "Parkerad fråga",
	"parked.text":     "Parkerad fråga",
	"parked.resolved": "Parkerad fråga löst",
	"parked.deleted":  "Parkerad fråga borttagen",

	"earlier.classified_at": "Klassad enligt tidigare förteckning",
	"earlier.source":        "Tidigare förteckning",

	"plan.plan":            "Plan %s",
	"requirement.excluded": "%s ej tillämplig",
}

// Label returns the Swedish label format of the change's field and its
// arguments. A row from before codes returns its stored label as it is.
func (c Change) Label() (format string, args []any) {
	f, ok := ChangeLabels[c.Entity+"."+c.Field]
	if !ok {
		return "%s", []any{c.Field}
	}
	for _, a := range c.Args {
		args = append(args, a)
	}
	if n := strings.Count(f, "%s"); len(args) != n {
		return "%s", []any{strings.TrimSpace(c.Field + " " + strings.Join(c.Args, " "))}
	}
	return f, args
}

// Values returns the change's old and new values for a reader: codes
// (statuses, kinds, roles, answers, yes and no) as their Swedish labels,
// levels (recorded as their place on the scale) in model m's numbering,
// and any other text as it was.
func (c Change) Values(m *Model) (old, new string) {
	return changeValue(m, c.Entity+"."+c.Field, c.Old), changeValue(m, c.Entity+"."+c.Field, c.New)
}

func changeValue(m *Model, code, v string) string {
	if v == "" {
		return ""
	}
	switch code {
	case "rating.level", "raise.level":
		if n, err := strconv.Atoi(v); err == nil {
			return m.NumberText(Level(n))
		}
		return v
	case "asset.status":
		return Status(v).Label()
	case "asset.kind":
		return AssetKind(v).Label()
	case "classification.kind":
		return ClassificationKind(v).Label()
	case "participant.role":
		return Role(v).Label()
	case "raise.reason":
		return RaiseReason(v).Label()
	case "threshold.answer":
		return Answer(v).Label()
	case "threshold.decision":
		return Decision(v).Label()
	case "threshold.dpia_status":
		return DPIAStatus(v).Label()
	case "processing.dpia_status":
		return ProcessingLabel(DPIAStatus(v))
	case "classification.routine_need":
		return DPIANeed(v).Label()
	}
	switch v {
	case "ja":
		return "Ja"
	case "nej":
		return "Nej"
	}
	return v
}
