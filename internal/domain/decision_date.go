package domain

// ValidateDecisionDate checks that a decision dated at lies between the
// start of its classification (start; zero when not known) and today: a
// decision is recorded after it was made, never ahead of time, and never
// before the classification it decides was begun. It is the one rule for
// the decision step, the import of lists ("Senast klassad") and check.
func ValidateDecisionDate(at, start, today Date) error {
	switch {
	case at.IsZero():
		return Refuse("decision.date_missing", "beslutsdatum saknas")
	case at.Time().After(today.Time()):
		return Refuse("decision.date_future", "beslutsdatumet %s ligger efter dagens datum %s; ett beslut kan inte dateras framåt", at, today)
	case !start.IsZero() && at.Time().Before(start.Time()):
		return Refuse("decision.date_before_start", "beslutsdatumet %s ligger före klassningens startdatum %s", at, start)
	}
	return nil
}
