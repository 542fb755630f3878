package domain

import "fmt"

// DroppedLevel is a level a follow-up made in another model could not
// keep: a place above the new model's scale, or an aspect the new model
// has not on. It is left unset, so the group rates it anew.
type DroppedLevel struct {
	InfoType string // "" for a raise
	Aspect   Aspect
	Level    Level
}

// Note is the Swedish note that explains the dropped level, in the old
// model's numbering and naming: the follow-up parks it as a question.
func (d DroppedLevel) Note(from, to *Model) string {
	what := fmt.Sprintf("Höjningen av %s", d.Aspect)
	if d.InfoType != "" {
		what = fmt.Sprintf("%s för %q", d.Aspect, d.InfoType)
	}
	return fmt.Sprintf("%s var %s %s i %s; %s saknar den nivån eller aspekten, så den lämnades tom. Bedöm den på nytt.",
		what, from.NumberText(d.Level), levelName(from, d.Level), from.Name, to.Name)
}

func levelName(m *Model, l Level) string {
	if m.Valid(l) {
		return "(" + m.Levels[l-1].Label + ")"
	}
	return ""
}

// FitToModel leaves unset each rating (its motivation kept) and removes
// each raise of c that model m cannot hold, and returns them. Levels map by place on the scale, 1 the lowest:
// the shipped models' places carry the same names (MSB's 4 Allvarlig is
// KLASSA's 3 Allvarlig), so a level m has keeps its place and its name;
// a place above m's scale (KLASSA's 4 Synnerligen allvarlig in MSB 1–4)
// and an aspect m has not on are never guessed.
func FitToModel(c *Classification, m *Model) []DroppedLevel {
	var out []DroppedLevel
	holds := func(a Aspect, l Level) bool {
		_, on := m.Aspect(a)
		return l == Unset || on && m.Valid(l)
	}
	for i := range c.InfoTypes {
		t := &c.InfoTypes[i]
		for _, a := range AllAspects {
			r, ok := t.Ratings[a]
			if !ok || holds(a, r.Level) {
				continue
			}
			out = append(out, DroppedLevel{InfoType: t.Name, Aspect: a, Level: r.Level})
			t.Ratings[a] = Rating{Level: Unset, Motivation: r.Motivation} // the group's reasons stay
		}
	}
	for _, a := range AllAspects {
		r, ok := c.Raises[a]
		if !ok || holds(a, r.Level) {
			continue
		}
		out = append(out, DroppedLevel{Aspect: a, Level: r.Level})
		delete(c.Raises, a)
	}
	return out
}
