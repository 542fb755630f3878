package domain

import "strings"

// DPIANeed is the routine assessment of whether a classification's
// processing needs a data protection impact assessment (DPIA): the
// districts assess it in every classification and make the full
// threshold analysis only "i de fall det finns tveksamheter".
type DPIANeed string

// The answers of the routine assessment.
const (
	NeedUnassessed DPIANeed = ""
	NeedRequired   DPIANeed = "kravs"
	NeedNotNeeded  DPIANeed = "kravs_inte"
	NeedDoubtful   DPIANeed = "tveksamt"
)

// DPIANeeds lists the answers, unassessed first.
var DPIANeeds = []DPIANeed{NeedUnassessed, NeedRequired, NeedNotNeeded, NeedDoubtful}

// Valid reports whether n is one of the answers (unassessed included).
func (n DPIANeed) Valid() bool {
	switch n {
	case NeedUnassessed, NeedRequired, NeedNotNeeded, NeedDoubtful:
		return true
	}
	return false
}

// Label returns the answer in Swedish.
func (n DPIANeed) Label() string {
	switch n {
	case NeedRequired:
		return "Konsekvensbedömning krävs"
	case NeedNotNeeded:
		return "Konsekvensbedömning krävs inte"
	case NeedDoubtful:
		return "Tveksamt – gör tröskelanalysen"
	}
	return "Inte bedömt"
}

// caution orders the answers from the least to the most cautious.
func (n DPIANeed) caution() int {
	switch n {
	case NeedNotNeeded:
		return 1
	case NeedDoubtful:
		return 2
	case NeedRequired:
		return 3
	}
	return 0
}

// RoutineAssessment is the short assessment of the need for a DPIA that
// every classification with personal data records: the answer, why, and
// the DSO's opinion where the group is less cautious than the flags.
type RoutineAssessment struct {
	Need       DPIANeed
	Reason     string
	DSOOpinion string
}

// FlagSuggestion is what the flags of a classification's information
// types suggest of the need for a DPIA, and why, in Swedish: a DPIA is
// likely (Required) with sensitive data, offences, protected identities
// or vulnerable people together with another criterion; Doubtful with
// one such criterion; NotNeeded with ordinary personal data alone.
func FlagSuggestion(types []InfoType) (DPIANeed, string) {
	if full, why := FullAnalysisByFlags(types); full {
		return NeedRequired, why
	}
	var seen []string
	for _, c := range []struct {
		f    Flag
		what string
	}{
		{FlagSensitive, "känsliga personuppgifter"}, {FlagCriminal, "uppgifter om lagöverträdelser"},
		{FlagProtectedIdentity, "skyddade personuppgifter"}, {FlagVulnerable, "uppgifter om sårbara personer"},
		{FlagPINBulk, "personnummer i stor mängd"},
	} {
		if anyFlag(types, c.f) {
			seen = append(seen, c.what)
		}
	}
	switch {
	case len(seen) > 0:
		return NeedDoubtful, "informationen innehåller " + strings.Join(seen, " och ")
	case NeedsThreshold(types):
		return NeedNotNeeded, "informationen innehåller vanliga personuppgifter"
	}
	return NeedUnassessed, ""
}

// FullAnalysisByFlags reports whether the flags alone require the full
// threshold analysis, whatever the routine assessment says: sensitive
// data (or data on offences) in large volume, or vulnerable people
// together with another criterion. It says why, in Swedish.
func FullAnalysisByFlags(types []InfoType) (bool, string) {
	sensitive := anyFlag(types, FlagSensitive) || anyFlag(types, FlagCriminal)
	switch {
	case sensitive && anyFlag(types, FlagPINBulk):
		return true, "känsliga personuppgifter i stor omfattning"
	case anyFlag(types, FlagVulnerable) && (sensitive || anyFlag(types, FlagProtectedIdentity) ||
		anyFlag(types, FlagPINBulk) || anyFlag(types, FlagAuthority)):
		return true, "uppgifter om sårbara personer tillsammans med ytterligare ett kriterium"
	}
	return false, ""
}

func anyFlag(types []InfoType, f Flag) bool {
	for _, t := range types {
		if HasFlag(t.Flags, f) {
			return true
		}
	}
	return false
}

// FullAnalysisRequired reports whether classification c needs the full
// threshold analysis: when its routine assessment is Doubtful, or when
// the flags require it. It says why, in Swedish.
func FullAnalysisRequired(c *Classification) (bool, string) {
	if full, why := FullAnalysisByFlags(c.InfoTypes); full {
		return true, why
	}
	if c.Routine.Need == NeedDoubtful {
		return true, "bedömningen är tveksam"
	}
	return false, ""
}

// RoutineProblems lists what the routine assessment of c lacks before a
// decision, when personal data is processed and no full threshold
// analysis is made: the answer, its reason, the DSO's opinion where the
// group is less cautious than the flags suggest, and the full analysis
// where it is required.
func RoutineProblems(c *Classification) []Problem {
	r := c.Routine
	var out []Problem
	switch {
	case r.Need == NeedUnassessed:
		out = append(out, problem(ProblemNoRoutine, "", "", "Behovet av konsekvensbedömning är inte bedömt."))
	case NormalizeName(r.Reason) == "":
		out = append(out, problem(ProblemRoutineNoReason, "", "", "Bedömningen av behovet av konsekvensbedömning saknar skäl."))
	}
	if suggested, why := FlagSuggestion(c.InfoTypes); r.Need != NeedUnassessed && r.Need.caution() < suggested.caution() &&
		NormalizeName(r.DSOOpinion) == "" {
		out = append(out, problem(ProblemRoutineNoDSO, "", "",
			"Bedömningen %q är mindre försiktig än flaggorna (%s): dataskyddsombudets synpunkt behövs.", r.Need.Label(), why))
	}
	if full, why := FullAnalysisRequired(c); full {
		out = append(out, problem(ProblemNoThreshold, "", "", "Tröskelanalysen krävs (%s) men är inte gjord.", why))
	}
	return out
}

// SecurityProblems lists what säkerhetsskydd demands before a decision:
// when an information type falls under the Protective Security Act, the
// group must record that the säkerhetsskyddschef has been told.
func SecurityProblems(c *Classification) []Problem {
	if !anyFlag(c.InfoTypes, FlagSecurityProtect) || c.SecurityChiefInformed() {
		return nil
	}
	return []Problem{problem(ProblemSecurityNotReferred, "", "",
		"Informationen omfattas av säkerhetsskydd: anteckna att säkerhetsskyddschefen har underrättats innan klassningen fastställs.")}
}

// SecurityReferral records that the säkerhetsskyddschef was told of
// information under säkerhetsskydd: when and by whom, or to whom.
type SecurityReferral struct {
	On   Date
	Note string // e.g. "säkerhetsskyddschef Eva Holm, mejl 2026-11-02"
}

// SecurityChiefInformed reports whether the referral is recorded.
func (c *Classification) SecurityChiefInformed() bool { return !c.Security.On.IsZero() }
