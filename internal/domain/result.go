package domain

import (
	"fmt"
	"strings"
)

// AspectResult is an asset's result for one aspect: the calculated level
// (the maximum over its information types), the raise if any, and the
// effective level that follows.
type AspectResult struct {
	Aspect     Aspect
	Calculated Level
	From       []string // names of the information types at the calculated level
	Raise      *Raise   // nil unless validly raised above Calculated
	Effective  Level
}

// Explain says in Swedish why the effective level is what it is, in
// model m's numbering, as in "K4 från 'Skyddade adresser'".
func (r AspectResult) Explain(m *Model) string {
	format, args := r.Explanation(m, "och")
	return fmt.Sprintf(format, args...)
}

// Explanation returns Explain's Swedish format and its arguments, with
// and joining the last two names, so that it can be translated.
func (r AspectResult) Explanation(m *Model, and string) (format string, args []any) {
	if r.Effective == Unset {
		return "%s ingen nivå vald ännu", []any{m.LevelLabel(r.Aspect, Unset)}
	}
	from := quoteList(r.From, and)
	if r.Raise != nil {
		return r.raiseExplanation(m, from)
	}
	return "%s från %s", []any{m.LevelLabel(r.Aspect, r.Effective), from}
}

// raiseExplanation says why a raised level is what it is, with the
// reason and the explanation that are given: no sentence is built from
// an empty part ("på grund av : ").
func (r AspectResult) raiseExplanation(m *Model, from string) (format string, args []any) {
	args = []any{m.LevelLabel(r.Aspect, r.Effective), m.LevelLabel(r.Aspect, r.Calculated), from}
	reason, why := string(r.Raise.Reason), strings.TrimSpace(r.Raise.Explanation)
	switch {
	case reason != "" && why != "":
		return "%s höjd från %s (%s) på grund av %s: %s", append(args, reason, why)
	case reason != "":
		return "%s höjd från %s (%s) på grund av %s", append(args, reason)
	case why != "":
		return "%s höjd från %s (%s): %s", append(args, why)
	}
	return "%s höjd från %s (%s)", args
}

func quoteList(names []string, and string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 0:
		return "–"
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " " + and + " " + q[len(q)-1]
}

// Result is an asset's classification result.
type Result struct {
	Aspects  []AspectResult // in the model's aspect order
	Overall  Level          // highest effective level over all aspects
	Warnings []Problem      // levels below a floor, with motivation
	Referred []string       // information types under säkerhetsskydd
}

// Aspect returns the result for aspect a.
func (r Result) Aspect(a Aspect) AspectResult {
	for _, x := range r.Aspects {
		if x.Aspect == a {
			return x
		}
	}
	return AspectResult{Aspect: a}
}

// Effective returns the effective level per aspect.
func (r Result) Effective() map[Aspect]Level {
	out := make(map[Aspect]Level, len(r.Aspects))
	for _, x := range r.Aspects {
		out[x.Aspect] = x.Effective
	}
	return out
}

// maximum applies the maximum principle to aspect a: the highest level
// over the information types, leaving out those under säkerhetsskydd,
// and the types that have it. It is the one place the maximum is taken.
func (c *Classification) maximum(a Aspect) AspectResult {
	ar := AspectResult{Aspect: a}
	for _, t := range c.InfoTypes {
		if t.Referred() {
			continue
		}
		l := t.Ratings[a].Level
		switch {
		case l > ar.Calculated:
			ar.Calculated, ar.From = l, []string{t.Name}
		case l == ar.Calculated && l != Unset:
			ar.From = append(ar.From, t.Name)
		}
	}
	return ar
}

// Result applies the maximum principle: per aspect of m, the calculated
// level is the highest level over the information types (those under
// säkerhetsskydd are left out), a raise counts only when it is above
// the calculated level, and the effective level is never below it.
func (c *Classification) Result(m *Model) Result {
	var res Result
	for _, a := range m.AspectCodes() {
		ar := c.maximum(a)
		ar.Effective = ar.Calculated
		if r, ok := c.Raises[a]; ok && r.Level > ar.Calculated && r.Level <= m.MaxLevel() {
			raise := r
			ar.Raise = &raise
			ar.Effective = r.Level
		}
		if ar.Effective > res.Overall {
			res.Overall = ar.Effective
		}
		res.Aspects = append(res.Aspects, ar)
	}
	for _, p := range c.Problems(m) {
		if p.Kind == ProblemBelowFloor {
			res.Warnings = append(res.Warnings, p)
		}
	}
	for _, t := range c.InfoTypes {
		if t.Referred() {
			res.Referred = append(res.Referred, t.Name)
		}
	}
	return res
}
