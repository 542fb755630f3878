package domain

// DecisionBlockers lists what must be put right before the information
// owner can decide classification c of asset a: the blocking problems of
// the classification, and then those of threshold analysis t — or its
// absence, when personal data is processed. It is the one list that the
// decision, the decision step and the protocol all go by.
func DecisionBlockers(a *Asset, c *Classification, t *ThresholdAnalysis, m *Model) []Problem {
	var out []Problem
	for _, p := range c.Problems(m) {
		if p.Blocking() {
			out = append(out, p)
		}
	}
	switch {
	case t == nil && (NeedsThreshold(c.InfoTypes) || a != nil && a.PersonalData):
		out = append(out, problem(ProblemThreshold, "", "", "Tröskelanalysen är inte gjord."))
	case t != nil:
		for _, p := range t.Problems() {
			out = append(out, Problem{Kind: ProblemThreshold, Format: p.Format, Args: p.Args, Message: p.Message})
		}
	}
	return out
}
