package domain

import (
	"fmt"
	"strings"
)

// ProblemKind classifies what is wrong or worth noticing in a classification.
type ProblemKind string

// The kinds of problem.
const (
	ProblemNoName          ProblemKind = "namn_saknas"
	ProblemNoLevel         ProblemKind = "niva_saknas"
	ProblemNoMotivation    ProblemKind = "motivering_saknas"
	ProblemBelowFloor      ProblemKind = "under_golv"            // a warning: motivated level below a floor
	ProblemBelowFloorNoWhy ProblemKind = "under_golv_omotiverad" // an error: below a floor without motivation
	ProblemRaiseNotAbove   ProblemKind = "hojning_ej_over"
	ProblemRaiseNoReason   ProblemKind = "hojning_utan_skal"
	ProblemSecurityProtect ProblemKind = "sakerhetsskydd"
	ProblemNoInfoTypes     ProblemKind = "inga_informationstyper"
	ProblemNoDecisionMaker ProblemKind = "beslutsfattare_saknas"
	ProblemThreshold       ProblemKind = "troskelanalys"        // a problem in the threshold analysis
	ProblemNoThreshold     ProblemKind = "troskelanalys_saknas" // personal data, and no threshold analysis
	ProblemLevelOutOfScale ProblemKind = "niva_utanfor_skalan"
	// The routine assessment of the need for a DPIA, and säkerhetsskydd.
	ProblemNoRoutine           ProblemKind = "rutinbedomning_saknas"
	ProblemRoutineNoReason     ProblemKind = "rutinbedomning_utan_skal"
	ProblemRoutineNoDSO        ProblemKind = "rutinbedomning_utan_dso"
	ProblemSecurityNotReferred ProblemKind = "sakerhetsskydd_ej_underrattad"
)

// Problem is one thing that is missing or wrong, in Swedish.
type Problem struct {
	Kind     ProblemKind
	InfoType string // name of the information type, if any
	Aspect   Aspect // the aspect, if any
	Floor    Level  // the floor, for floor problems
	Message  string // in Swedish: Format with Args
	Format   string // the message's format, for translation
	Args     []any
}

// problem returns a Problem whose Message is format applied to args.
func problem(kind ProblemKind, infoType string, a Aspect, format string, args ...any) Problem {
	return Problem{Kind: kind, InfoType: infoType, Aspect: a, Format: format, Args: args, Message: fmt.Sprintf(format, args...)}
}

// Blocking reports whether the problem must be fixed before a decision.
// Floor warnings and säkerhetsskydd notices inform but do not block.
func (p Problem) Blocking() bool {
	switch p.Kind {
	case ProblemBelowFloor, ProblemSecurityProtect:
		return false
	}
	return true
}

// Problems lists everything that is missing or wrong in c under model m:
// information types without names, unchosen levels, chosen levels
// without motivation, levels below a floor, raises that are not above
// the calculated level or lack reason and explanation, and information
// under säkerhetsskydd.
func (c *Classification) Problems(m *Model) []Problem {
	var ps []Problem
	if len(c.InfoTypes) == 0 {
		ps = append(ps, problem(ProblemNoInfoTypes, "", "", "Inga informationstyper har lagts till."))
	}
	for i := range c.InfoTypes {
		ps = append(ps, c.InfoTypes[i].Problems(m)...)
	}
	for _, a := range m.AspectCodes() {
		calc := c.maximum(a).Calculated
		r, ok := c.Raises[a]
		if !ok || r.Level == Unset {
			continue
		}
		if r.Level > m.MaxLevel() {
			ps = append(ps, problem(ProblemLevelOutOfScale, "", a,
				"Höjningen av %s till %s ligger utanför skalan %s.", a.Name(), m.LevelLabel(a, r.Level), m.Range()))
			continue
		}
		if r.Level <= calc {
			ps = append(ps, problem(ProblemRaiseNotAbove, "", a,
				"Höjningen av %s till %s gäller inte: den beräknade nivån är redan %s.", a.Name(), m.LevelLabel(a, r.Level), m.LevelLabel(a, calc)))
			continue
		}
		if r.Reason == "" || strings.TrimSpace(r.Explanation) == "" {
			ps = append(ps, problem(ProblemRaiseNoReason, "", a,
				"Höjningen av %s till %s behöver ett skäl och en förklaring.", a.Name(), m.LevelLabel(a, r.Level)))
		}
	}
	return ps
}

// Problems lists what is missing or wrong in one information type.
func (t *InfoType) Problems(m *Model) []Problem {
	name := t.Name
	if NormalizeName(name) == "" {
		name = "(namnlös)"
	}
	var ps []Problem
	if NormalizeName(t.Name) == "" {
		ps = append(ps, problem(ProblemNoName, name, "", "En informationstyp saknar namn."))
	}
	if t.Referred() {
		return append(ps, problem(ProblemSecurityProtect, name, "",
			"'%s' omfattas av säkerhetsskydd och klassas inte här. Kontakta säkerhetsskyddschefen.", name))
	}
	for _, a := range m.AspectCodes() {
		r := t.Ratings[a]
		if r.Level == Unset {
			ps = append(ps, problem(ProblemNoLevel, name, a, "'%s': ingen nivå vald för %s.", name, strings.ToLower(a.Name())))
			continue
		}
		if r.Level < Unset || r.Level > m.MaxLevel() {
			ps = append(ps, problem(ProblemLevelOutOfScale, name, a, "'%s': nivån %s för %s ligger utanför skalan %s.", name, m.NumberText(r.Level), strings.ToLower(a.Name()), m.Range()))
			continue
		}
		motivated := strings.TrimSpace(r.Motivation) != ""
		if !motivated {
			ps = append(ps, problem(ProblemNoMotivation, name, a, "'%s': %s saknar motivering.", name, m.LevelLabel(a, r.Level)))
		}
		floor, from := m.FloorFor(t.Flags, a)
		if r.Level >= floor {
			continue
		}
		var p Problem
		if motivated {
			p = problem(ProblemBelowFloor, name, a, "'%s': %s är under golvet %s (%s).", name, m.LevelLabel(a, r.Level), m.LevelLabel(a, floor), floorLabels(from))
		} else {
			p = problem(ProblemBelowFloorNoWhy, name, a, "'%s': %s är under golvet %s (%s). Motivera varför en lägre nivå räcker.", name, m.LevelLabel(a, r.Level), m.LevelLabel(a, floor), floorLabels(from))
		}
		p.Floor = floor
		ps = append(ps, p)
	}
	return ps
}

func floorLabels(fs []Floor) string {
	ls := make([]string, len(fs))
	for i, f := range fs {
		ls[i] = f.Label
	}
	return strings.Join(ls, "; ")
}
