package domain

// Check applies to the step the rules its write applies, before
// anything is written, against old — the asset as stored, or nil for a
// new one — on day today: the asset as merged (Validate: name, text,
// status, reasons), the classification it brings (CheckText, levels and
// aspects of the model), a hand-kept list's date, the decision's date,
// the fulfilments and the parked questions. The import's preview and
// the store's apply both call it, so that a dry run never disagrees with
// the real import.
func (st *ImportStep) Check(old *Asset, m *Model, today Date) error {
	base := Asset{Name: st.Name, Kind: KindSystem, Status: StatusNotStarted}
	if old != nil {
		base = *old
	}
	if st.Create || st.UpdateAsset {
		a := base
		if st.Merge != nil {
			a = st.Merge(base)
		}
		if err := a.Validate(); err != nil {
			return err
		}
	}
	if c := st.Classification; c != nil {
		if err := c.CheckImported(m); err != nil {
			return err
		}
		if st.Decision != nil {
			if err := ValidateDecisionDate(st.Decision.At, c.Date, today); err != nil {
				return err
			}
			if err := ValidateText("Beslutat av", OneLine(st.Decision.By)); err != nil {
				return err
			}
		}
	}
	if e := st.Earlier; e != nil {
		if err := e.Check(m, today); err != nil {
			return err
		}
	}
	for _, f := range st.Fulfilments {
		if err := f.Validate(); err != nil {
			return err
		}
		if err := ValidateText("Hur kravet uppfylls", f.How); err != nil {
			return err
		}
	}
	for _, q := range st.Parked {
		if err := ValidateText("Parkerad fråga", q.Text); err != nil {
			return err
		}
	}
	return nil
}

// CheckImported refuses a classification that arrives from a file with
// a level or aspect outside model m, or a text a user cannot read as
// written: an information type's or a participant's name that
// ValidateName refuses, a motivation, scope or raise's explanation that
// ValidateText refuses.
func (c *Classification) CheckImported(m *Model) error {
	level := func(a Aspect, l Level) error {
		if _, ok := m.Aspect(a); !ok {
			return Refuse("import.unknown_aspect", "aspekten %q finns inte i modellen %s", a, m.Name)
		}
		if l != Unset && !m.Valid(l) {
			return Refuse("import.level_not_in_model", "nivå %d för %s finns inte i modellen %s", int(l), a, m.Name)
		}
		return nil
	}
	if err := ValidateText("Avgränsning", c.Scope); err != nil {
		return err
	}
	for _, p := range c.Participants {
		if err := ValidateName(NormalizeName(p.Name)); err != nil {
			return err
		}
	}
	for _, t := range c.InfoTypes {
		if err := ValidateName(NormalizeName(t.Name)); err != nil {
			return err
		}
		for a, r := range t.Ratings {
			if err := level(a, r.Level); err != nil {
				return err
			}
			if err := ValidateText("Motivering", r.Motivation); err != nil {
				return err
			}
		}
	}
	for a, r := range c.Raises {
		if err := level(a, r.Level); err != nil {
			return err
		}
		if err := ValidateText("Motivering till höjningen", r.Explanation); err != nil {
			return err
		}
	}
	return nil
}

// Check refuses a hand-kept list's classification without a date, dated
// after today, or with a level outside model m.
func (e *EarlierClassification) Check(m *Model, today Date) error {
	switch {
	case e.Date.IsZero():
		return Refuse("import.earlier_no_date", "en tidigare klassning behöver ett datum")
	case e.Date.After(today):
		return Refuse("import.earlier_in_future", "en tidigare klassning kan inte vara gjord efter i dag (%s)", e.Date)
	}
	for a, l := range e.Levels {
		if _, ok := m.Aspect(a); !ok || l != Unset && !m.Valid(l) {
			return Refuse("import.level_not_in_model", "nivå %d för %s finns inte i modellen %s", int(l), a, m.Name)
		}
	}
	return nil
}
