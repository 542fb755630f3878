package domain

import "testing"

// TestRoutineBlockers: with personal data and no full threshold analysis,
// the routine assessment decides what blocks the decision.
func TestRoutineBlockers(t *testing.T) {
	m := DefaultModel()
	rated := func(flags ...Flag) []InfoType {
		it := InfoType{Name: "Uppgifter", Flags: flags, Ratings: map[Aspect]Rating{}}
		for _, a := range m.AspectCodes() {
			it.Ratings[a] = Rating{Level: 2, Motivation: "Motiverad"}
		}
		return []InfoType{it}
	}
	tests := []struct {
		name    string
		flags   []Flag
		routine RoutineAssessment
		want    []ProblemKind
	}{
		{"not assessed", []Flag{FlagPersonal}, RoutineAssessment{}, []ProblemKind{ProblemNoRoutine}},
		{"krävs inte with reason", []Flag{FlagPersonal}, RoutineAssessment{Need: NeedNotNeeded, Reason: "Bara namn och telefon"}, nil},
		{"krävs inte without reason", []Flag{FlagPersonal}, RoutineAssessment{Need: NeedNotNeeded, Reason: " "}, []ProblemKind{ProblemRoutineNoReason}},
		{"krävs", []Flag{FlagPersonal}, RoutineAssessment{Need: NeedRequired, Reason: "Ny teknik"}, nil},
		{"tveksamt needs the full analysis", []Flag{FlagPersonal}, RoutineAssessment{Need: NeedDoubtful, Reason: "Oklart"}, []ProblemKind{ProblemNoThreshold}},
		{"sensitive data, krävs inte without the DSO", []Flag{FlagSensitive}, RoutineAssessment{Need: NeedNotNeeded, Reason: "Få uppgifter"},
			[]ProblemKind{ProblemRoutineNoDSO}},
		{"sensitive data, krävs inte with the DSO", []Flag{FlagSensitive},
			RoutineAssessment{Need: NeedNotNeeded, Reason: "Få uppgifter", DSOOpinion: "Instämmer, enstaka uppgifter"}, nil},
		{"sensitive data in large volume needs the full analysis", []Flag{FlagSensitive, FlagPINBulk},
			RoutineAssessment{Need: NeedRequired, Reason: "Hela nämndens brukare"}, []ProblemKind{ProblemNoThreshold}},
		{"vulnerable people and another criterion need the full analysis", []Flag{FlagVulnerable, FlagAuthority},
			RoutineAssessment{Need: NeedRequired, Reason: "Barn"}, []ProblemKind{ProblemNoThreshold}},
		{"säkerhetsskydd waits for the referral", []Flag{FlagPersonal, FlagSecurityProtect},
			RoutineAssessment{Need: NeedNotNeeded, Reason: "Få uppgifter"}, []ProblemKind{ProblemSecurityNotReferred}},
	}
	for _, tt := range tests {
		c := &Classification{InfoTypes: rated(tt.flags...), Routine: tt.routine}
		var got []ProblemKind
		for _, p := range DecisionBlockers(&Asset{}, c, nil, m) {
			got = append(got, p.Kind)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
			}
		}
	}
	// Referred, the säkerhetsskydd blocks no more.
	c := &Classification{InfoTypes: rated(FlagSecurityProtect), Security: SecurityReferral{On: NewDate(2026, 11, 2)}}
	if b := DecisionBlockers(&Asset{}, c, nil, m); len(b) != 0 {
		t.Errorf("referred: %v", b)
	}
	// A full threshold analysis makes the routine assessment unnecessary.
	c = &Classification{InfoTypes: rated(FlagPersonal)}
	th := &ThresholdAnalysis{NotApplicable: true, NotApplicableReason: "Inga personuppgifter i praktiken"}
	if b := DecisionBlockers(&Asset{}, c, th, m); len(b) != 0 {
		t.Errorf("with a threshold analysis: %v", b)
	}
}

// TestFlagSuggestion: what the flags suggest, and why.
func TestFlagSuggestion(t *testing.T) {
	for _, tt := range []struct {
		flags []Flag
		want  DPIANeed
	}{
		{nil, NeedUnassessed},
		{[]Flag{FlagCritical}, NeedUnassessed},
		{[]Flag{FlagPersonal}, NeedNotNeeded},
		{[]Flag{FlagVulnerable}, NeedDoubtful},
		{[]Flag{FlagCriminal}, NeedDoubtful},
		{[]Flag{FlagCriminal, FlagPINBulk}, NeedRequired},
		{[]Flag{FlagVulnerable, FlagProtectedIdentity}, NeedRequired},
	} {
		got, why := FlagSuggestion([]InfoType{{Flags: tt.flags}})
		if got != tt.want || (got != NeedUnassessed && why == "") {
			t.Errorf("%v: %q (%s), want %q", tt.flags, got, why, tt.want)
		}
	}
}
