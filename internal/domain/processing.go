package domain

import (
	"fmt"
	"strings"
	"time"
)

// Processing is a processing of personal data (personuppgiftsbehandling)
// as the municipality's record of processing activities (registerförteckning,
// GDPR art. 30) lists it. The DPIA is followed per processing: one
// processing can span several assets, and an asset can serve several.
type Processing struct {
	ID      int64
	Name    string
	Purpose string
	// RecordRef is the entry in the registerförteckning, free text such
	// as "RF-2024-017".
	RecordRef string
	// Unit is the controller's unit responsible for the processing.
	Unit string
	DPIA ProcessingDPIA
	// AssetIDs are the assets the processing is served by.
	AssetIDs  []int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// ProcessingDPIA is how the DPIA of a processing stands.
type ProcessingDPIA struct {
	Status    DPIAStatus
	Reason    string // why no DPIA is required, with DPIANotRequired
	Date      Date   // when it was done (or started)
	Reference string // the DPIA document's reference (diarienummer)
	// RiskAnalysis is the day the risk analysis that belongs to the DPIA
	// was done; zero when none is recorded.
	RiskAnalysis Date
}

// HasRiskAnalysis reports whether a risk analysis is recorded.
func (d ProcessingDPIA) HasRiskAnalysis() bool { return !d.RiskAnalysis.IsZero() }

// DPIANotRequired is a processing's DPIA status when the group decided
// that no DPIA is required; it needs a reason.
const DPIANotRequired DPIAStatus = "kravs_inte"

// ProcessingStatuses lists a processing's DPIA statuses in display order.
var ProcessingStatuses = []DPIAStatus{DPIANone, DPIAPlanned, DPIAOngoing, DPIADone, DPIANotRequired}

// ValidProcessingStatus reports whether s is one of ProcessingStatuses.
func ValidProcessingStatus(s DPIAStatus) bool {
	for _, x := range ProcessingStatuses {
		if x == s {
			return true
		}
	}
	return false
}

// The refusals of ValidateProcessing.
var (
	ErrProcessingDoneUndated  = Refuse("processing.done_undated", "en genomförd konsekvensbedömning behöver ett datum")
	ErrProcessingNoReason     = Refuse("processing.no_reason", "skriv varför konsekvensbedömning inte krävs")
	ErrProcessingRiskNoDPIA   = Refuse("processing.risk_no_dpia", "en riskanalys hör till en konsekvensbedömning: ange konsekvensbedömningens status först")
	ErrProcessingExists       = Refuse("processing.exists", "det finns redan en behandling med det namnet")
	ErrProcessingUnknownState = Refuse("processing.unknown_state", "okänd status för konsekvensbedömningen")
	ErrProcessingFutureDate   = Refuse("processing.future_date", "ett datum kan inte ligga i framtiden: konsekvensbedömningens och riskanalysens datum får vara högst dagens datum")
)

// ProcessingErrors are the refusals of ValidateProcessing and of a
// second processing of the same name, each a complete Swedish sentence.
var ProcessingErrors = []error{ErrProcessingDoneUndated, ErrProcessingNoReason, ErrProcessingRiskNoDPIA,
	ErrProcessingExists, ErrProcessingUnknownState, ErrProcessingFutureDate}

// ValidateProcessing checks p's rules on day today: a name valid by the
// one name rule, a known DPIA status, a date on a done DPIA, a reason
// when no DPIA is required, no date after today, and a risk analysis
// only beside a DPIA that has started.
func ValidateProcessing(p Processing, today Date) error {
	if NormalizeName(p.Name) == "" {
		return ErrNameRequired
	}
	if err := ValidateName(NormalizeName(p.Name)); err != nil {
		return err
	}
	for _, t := range []string{p.Purpose, p.RecordRef, p.Unit, p.DPIA.Reason, p.DPIA.Reference} {
		if n := excelChars(t); n > MaxTextChars {
			return &TextLengthError{What: "Texten", Chars: n}
		}
	}
	d := p.DPIA
	if !ValidProcessingStatus(d.Status) {
		return fmt.Errorf("%w: %q", ErrProcessingUnknownState, d.Status)
	}
	switch {
	case d.Status == DPIADone && d.Date.IsZero():
		return ErrProcessingDoneUndated
	case d.Status == DPIANotRequired && strings.TrimSpace(d.Reason) == "":
		return ErrProcessingNoReason
	case d.HasRiskAnalysis() && (d.Status == DPIANone || d.Status == DPIANotRequired):
		return ErrProcessingRiskNoDPIA
	}
	for _, x := range []struct {
		what string
		d    Date
	}{{"konsekvensbedömningens datum", d.Date}, {"riskanalysens datum", d.RiskAnalysis}} {
		if !x.d.IsZero() && x.d.After(today) {
			return fmt.Errorf("%w (%s %s, i dag %s)", ErrProcessingFutureDate, x.what, x.d, today)
		}
	}
	return nil
}

// ProcessingLabel returns the DPIA status of a processing in Swedish.
func ProcessingLabel(s DPIAStatus) string { return s.Label() }

// AssetDPIA returns how far the DPIA of an asset has come from those of
// the processings it serves: the least advanced of them, leaving out
// those that need no DPIA; DPIANotRequired when none of them needs one.
// ok is false when the asset serves no processing.
func AssetDPIA(statuses []DPIAStatus) (s DPIAStatus, ok bool) {
	if len(statuses) == 0 {
		return DPIANone, false
	}
	s = DPIANotRequired
	for _, x := range statuses {
		if x != DPIANotRequired && (s == DPIANotRequired || dpiaRank(x) < dpiaRank(s)) {
			s = x
		}
	}
	return s, true
}

// dpiaRank orders the statuses of a DPIA under way by how far it has come.
func dpiaRank(s DPIAStatus) int {
	switch s {
	case DPIAPlanned:
		return 1
	case DPIAOngoing:
		return 2
	case DPIADone:
		return 3
	}
	return 0
}

// Text returns the DPIA's state in one line of Swedish: the status, its
// date and reference, and the risk analysis.
func (d ProcessingDPIA) Text() string {
	parts := []string{ProcessingLabel(d.Status)}
	if !d.Date.IsZero() {
		parts = append(parts, d.Date.String())
	}
	if d.Reference != "" {
		parts = append(parts, d.Reference)
	}
	if d.HasRiskAnalysis() {
		parts = append(parts, "med riskanalys")
	}
	return strings.Join(parts, ", ")
}
