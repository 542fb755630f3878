package domain

import (
	"fmt"
	"strings"
	"time"
)

// Norm is a normative classification (normerande klassning) in the
// library: one decided classification published by an organisation for
// others to start from. Key names the norm across its versions.
type Norm struct {
	ID           int64 // the library's row, 0 until stored
	Key          string
	Version      int
	Name         string // what was classified, e.g. "Verksamhetssystem socialtjänst"
	Description  string
	Organisation string // who made it, e.g. "Stadsledningskontoret"
	Date         Date   // the decision's date
	DecidedBy    string
	Scope        string
	ModelID      string
	ModelVersion int
	InfoTypes    []InfoType
	Raises       map[Aspect]Raise
	Threshold    *NormThreshold // nil when the norm carries none
	File         string         // the file it was imported from
	ImportedAt   time.Time
}

// NormThreshold is the threshold analysis a norm carries: its answers and
// the decision, without the source organisation's DPIA work.
type NormThreshold struct {
	QuestionSetID       string
	QuestionSetVersion  int
	NotApplicable       bool
	NotApplicableReason string
	Responses           map[string]Response
	Decision            Decision
	DecisionReason      string
}

// NormKey returns the key of the norm organisation publishes for name:
// both folded to lower case with white space runs as one space.
func NormKey(organisation, name string) string {
	return strings.ToLower(NormalizeName(organisation) + " / " + NormalizeName(name))
}

// Title names the norm as in "Normerande klassning från Stadsledningskontoret: X, version 2".
func (n *Norm) Title() string {
	return fmt.Sprintf("Normerande klassning från %s: %s, version %d", n.Organisation, n.Name, n.Version)
}

// Validate checks that the norm can be stored in a database classified
// in model m: a name, an organisation, a version, a date and at least one
// information type with a name and levels of m's aspects on m's scale.
func (n *Norm) Validate(m *Model) error {
	if m == nil {
		return fmt.Errorf("validate norm: no model given")
	}
	switch {
	case NormalizeName(n.Name) == "":
		return Refuse("norm.no_name", "normen saknar namn")
	case NormalizeName(n.Organisation) == "":
		return Refuse("norm.no_organisation", "normen saknar källorganisation")
	case n.Version < 1:
		return Refuse("norm.no_version", "normen saknar version")
	case n.Date.IsZero():
		return Refuse("norm.no_date", "normen saknar datum")
	case len(n.InfoTypes) == 0:
		return Refuse("norm.no_types", "normen har inga informationstyper")
	}
	for _, t := range n.InfoTypes {
		if NormalizeName(t.Name) == "" {
			return Refuse("norm.type_no_name", "en informationstyp i normen saknar namn")
		}
		for a, r := range t.Ratings {
			if _, ok := m.Aspect(a); !ok || r.Level != Unset && !m.Valid(r.Level) {
				return Refuse("norm.level_off_scale", "'%s': en nivå för %s ligger utanför skalan", t.Name, a)
			}
		}
	}
	return nil
}

// NormFrom makes a norm of decided classification c of asset a, published
// by organisation as version; t is the asset's threshold analysis or nil,
// m the database's model.
func NormFrom(a *Asset, c *Classification, t *ThresholdAnalysis, organisation string, version int, m *Model) (*Norm, error) {
	if !c.Decided() {
		return nil, Refuse("norm.undecided", "bara en fastställd klassning kan bli normerande")
	}
	n := &Norm{
		Key: NormKey(organisation, a.Name), Version: version, Name: NormalizeName(a.Name), Description: a.Description,
		Organisation: NormalizeName(organisation), Date: c.DecidedAt, DecidedBy: c.DecidedBy, Scope: c.Scope,
		ModelID: c.ModelID, ModelVersion: c.ModelVersion, Raises: map[Aspect]Raise{},
	}
	for _, it := range c.InfoTypes {
		n.InfoTypes = append(n.InfoTypes, copyInfoType(it))
	}
	for x, r := range c.Raises {
		n.Raises[x] = r
	}
	if t != nil {
		nt := &NormThreshold{QuestionSetID: t.QuestionSetID, QuestionSetVersion: t.QuestionSetVersion,
			NotApplicable: t.NotApplicable, NotApplicableReason: t.NotApplicableReason,
			Responses: map[string]Response{}, Decision: t.Decision, DecisionReason: t.DecisionReason}
		for id, r := range t.Responses {
			nt.Responses[id] = r
		}
		n.Threshold = nt
	}
	return n, n.Validate(m)
}

func copyInfoType(t InfoType) InfoType {
	cp := InfoType{Name: t.Name, Description: t.Description, Flags: append([]Flag(nil), t.Flags...), Ratings: map[Aspect]Rating{}}
	for a, r := range t.Ratings {
		cp.Ratings[a] = r
	}
	return cp
}

// Origin is what the norm said about one rating of a local
// classification started from it, and why the local level differs.
type Origin struct {
	Level      Level  // the norm's level
	Motivation string // the norm's motivation
	Reason     string // why the local level differs from the norm's
	ApprovedBy string // who approved a level below the norm's
}

// Deviation says how a local level relates to the norm's.
type Deviation int

// The deviations from the norm.
const (
	AsNorm Deviation = iota
	RaisedFromNorm
	LoweredFromNorm
)

// Deviation returns how level l relates to the origin's level.
func (o Origin) Deviation(l Level) Deviation {
	switch {
	case o.Level == Unset || l == Unset || l == o.Level:
		return AsNorm
	case l > o.Level:
		return RaisedFromNorm
	}
	return LoweredFromNorm
}

// NormLink ties a local classification to the norm it was started from:
// the norm's key and version, and per information type (by ID) and
// aspect what the norm said.
type NormLink struct {
	NormID       int64 // the library's row; 0 when the norm was removed
	Key          string
	Version      int
	Name         string
	Organisation string
	Origins      map[int64]map[Aspect]Origin
}

// Origin returns what the norm said about aspect a of information type id.
func (l *NormLink) Origin(id int64, a Aspect) (Origin, bool) {
	if l == nil {
		return Origin{}, false
	}
	o, ok := l.Origins[id][a]
	return o, ok
}

// Title names the norm the classification came from, as in
// "Normerande klassning från Stadsledningskontoret: X, version 2".
func (l *NormLink) Title() string {
	return fmt.Sprintf("Normerande klassning från %s: %s, version %d", l.Organisation, l.Name, l.Version)
}

// FromNorm starts a new local classification of asset assetID from norm n
// under model m on day today: the information types with flags,
// descriptions, levels and motivations and the raises are copied, and
// origins[i] holds what the norm said about InfoTypes[i], so that each
// copied rating is marked as the norm's.
func FromNorm(n *Norm, assetID int64, m *Model, today Date) (c *Classification, origins []map[Aspect]Origin) {
	c = NewClassification(assetID, m, today)
	c.Scope = n.Scope
	for _, t := range n.InfoTypes {
		c.InfoTypes = append(c.InfoTypes, copyInfoType(t))
		o := map[Aspect]Origin{}
		for a, r := range t.Ratings {
			if r.Level != Unset {
				o[a] = Origin{Level: r.Level, Motivation: r.Motivation}
			}
		}
		origins = append(origins, o)
	}
	for a, r := range n.Raises {
		c.Raises[a] = r
	}
	return c, origins
}

// The problems of a classification started from a norm.
const (
	ProblemNormRaiseNoReason ProblemKind = "norm_hojd_utan_skal"
	ProblemNormLowered       ProblemKind = "norm_sankt_utan_godkannande"
)

// NormProblems lists what blocks the decision of classification c that
// was started from the norm link describes: a level raised above the
// norm's without a reason, and a level lowered below the norm's without
// both a reason and the name of who approved it. It returns nil for a
// classification not started from a norm (link nil).
func NormProblems(c *Classification, link *NormLink, m *Model) []Problem {
	if link == nil {
		return nil
	}
	var ps []Problem
	for _, t := range c.InfoTypes {
		if t.Referred() {
			continue
		}
		for _, a := range AllAspects {
			o, ok := link.Origin(t.ID, a)
			if !ok {
				continue
			}
			r := t.Ratings[a]
			reason := strings.TrimSpace(o.Reason) != ""
			switch o.Deviation(r.Level) {
			case RaisedFromNorm:
				if !reason {
					ps = append(ps, problem(ProblemNormRaiseNoReason, t.Name, a,
						"'%s': %s är höjd från normens %s. Skriv skälet till höjningen.", t.Name, m.LevelLabel(a, r.Level), m.LevelLabel(a, o.Level)))
				}
			case LoweredFromNorm:
				if !reason || NormalizeName(o.ApprovedBy) == "" {
					ps = append(ps, problem(ProblemNormLowered, t.Name, a,
						"'%s': %s är lägre än normens %s. Skriv skälet och namnet på den som godkände sänkningen.", t.Name, m.LevelLabel(a, r.Level), m.LevelLabel(a, o.Level)))
				}
			}
		}
	}
	return ps
}

// NormChangeKind says what changed between two versions of a norm.
type NormChangeKind string

// The kinds of change between norm versions.
const (
	NormTypeAdded    NormChangeKind = "typ_tillagd"
	NormTypeRemoved  NormChangeKind = "typ_borttagen"
	NormFlags        NormChangeKind = "markeringar"
	NormDescription  NormChangeKind = "beskrivning"
	NormLevel        NormChangeKind = "niva"
	NormMotivation   NormChangeKind = "motivering"
	NormRaiseChanged NormChangeKind = "hojning"
)

// NormChange is one difference between an older and a newer version of a
// norm, per information type and aspect, in Swedish.
type NormChange struct {
	Kind     NormChangeKind
	InfoType string
	Aspect   Aspect // "" for a change of the whole type
	Old, New string
	Message  string
}

// CompareNorms lists what changed from version old to version new of a
// norm: information types added and removed (matched by name, ignoring
// case), and per type its flags, description, and each aspect's level
// and motivation, then the raises. Types are in new's order, removed ones
// last; flags are named in model m's floor order.
func CompareNorms(old, new *Norm, m *Model) []NormChange {
	var out []NormChange
	add := func(k NormChangeKind, typ string, a Aspect, o, n, format string, args ...any) {
		out = append(out, NormChange{Kind: k, InfoType: typ, Aspect: a, Old: o, New: n, Message: fmt.Sprintf(format, args...)})
	}
	find := func(ts []InfoType, name string) *InfoType {
		for i := range ts {
			if SameName(ts[i].Name, name) {
				return &ts[i]
			}
		}
		return nil
	}
	for _, nt := range new.InfoTypes {
		ot := find(old.InfoTypes, nt.Name)
		if ot == nil {
			add(NormTypeAdded, nt.Name, "", "", nt.Name, "Ny informationstyp '%s' (%s).", nt.Name, levelsText(m, nt.Ratings))
			continue
		}
		if of, nf := flagsText(m, ot.Flags), flagsText(m, nt.Flags); of != nf {
			add(NormFlags, nt.Name, "", of, nf, "'%s': markeringarna ändrade från %s till %s.", nt.Name, orNone(of), orNone(nf))
		}
		if strings.TrimSpace(ot.Description) != strings.TrimSpace(nt.Description) {
			add(NormDescription, nt.Name, "", ot.Description, nt.Description, "'%s': beskrivningen ändrad.", nt.Name)
		}
		for _, a := range AllAspects {
			or, nr := ot.Ratings[a], nt.Ratings[a]
			if or.Level != nr.Level {
				add(NormLevel, nt.Name, a, m.NumberText(or.Level), m.NumberText(nr.Level), "'%s': %s ändrad till %s.", nt.Name, m.LevelLabel(a, or.Level), m.LevelLabel(a, nr.Level))
			}
			if strings.TrimSpace(or.Motivation) != strings.TrimSpace(nr.Motivation) {
				add(NormMotivation, nt.Name, a, or.Motivation, nr.Motivation, "'%s': motiveringen för %s ändrad: %s", nt.Name, a.Name(), nr.Motivation)
			}
		}
	}
	for _, ot := range old.InfoTypes {
		if find(new.InfoTypes, ot.Name) == nil {
			add(NormTypeRemoved, ot.Name, "", ot.Name, "", "Informationstypen '%s' finns inte längre i normen.", ot.Name)
		}
	}
	for _, a := range AllAspects {
		or, nr := old.Raises[a], new.Raises[a]
		if or.Level != nr.Level || or.Reason != nr.Reason || strings.TrimSpace(or.Explanation) != strings.TrimSpace(nr.Explanation) {
			add(NormRaiseChanged, "", a, m.NumberText(or.Level), m.NumberText(nr.Level), "Höjningen av %s ändrad från %s till %s.", a.Name(), m.LevelLabel(a, or.Level), m.LevelLabel(a, nr.Level))
		}
	}
	return out
}

func levelsText(m *Model, rs map[Aspect]Rating) string {
	var s []string
	for _, a := range AllAspects {
		if r, ok := rs[a]; ok && r.Level != Unset {
			s = append(s, m.LevelLabel(a, r.Level))
		}
	}
	if len(s) == 0 {
		return "inga nivåer"
	}
	return strings.Join(s, " ")
}

// flagsText lists flags in model m's floor order with their Swedish
// labels, so that two lists of the same flags read the same.
func flagsText(m *Model, fs []Flag) string {
	var s []string
	for _, f := range m.Floors {
		if HasFlag(fs, f.Flag) {
			s = append(s, f.Label)
		}
	}
	for _, f := range fs {
		if _, ok := m.Floor(f); !ok {
			s = append(s, string(f))
		}
	}
	return strings.Join(s, ", ")
}

func orNone(s string) string {
	if s == "" {
		return "inga"
	}
	return s
}

// NormDeviation is one level of a classification that differs from the
// norm it was started from, with the local reason and approval, for the
// protocol and the history.
type NormDeviation struct {
	InfoType   string
	Aspect     Aspect
	Norm       Level
	Local      Level
	Reason     string
	ApprovedBy string
}

// Text says the deviation in Swedish, as in "'Journal': K2 i stället för
// normens K3. Skäl: Avidentifierat. Godkänd av Eva Ek."
func (d NormDeviation) Text(m *Model) string {
	s := fmt.Sprintf("'%s': %s i stället för normens %s.", d.InfoType, m.LevelLabel(d.Aspect, d.Local), m.LevelLabel(d.Aspect, d.Norm))
	if r := strings.TrimSpace(d.Reason); r != "" {
		s += " Skäl: " + r + "."
	}
	if a := NormalizeName(d.ApprovedBy); a != "" {
		s += " Godkänd av " + a + "."
	}
	return s
}

// NormDeviations lists the levels of c that differ from the norm link
// describes, in the order of the information types and aspects; nil when
// c was not started from a norm.
func NormDeviations(c *Classification, link *NormLink) []NormDeviation {
	if link == nil {
		return nil
	}
	var out []NormDeviation
	for _, t := range c.InfoTypes {
		for _, a := range AllAspects {
			o, ok := link.Origin(t.ID, a)
			if !ok || o.Deviation(t.Ratings[a].Level) == AsNorm {
				continue
			}
			out = append(out, NormDeviation{InfoType: t.Name, Aspect: a, Norm: o.Level, Local: t.Ratings[a].Level, Reason: o.Reason, ApprovedBy: o.ApprovedBy})
		}
	}
	return out
}
