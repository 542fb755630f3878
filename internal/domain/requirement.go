package domain

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// AnyAspect marks a requirement that applies when any aspect reaches its level.
const AnyAspect Aspect = "*"

// Requirement is one security requirement of the catalogue: it applies
// when the asset's effective level of Aspect lies between MinLevel and
// MaxLevel (0: no upper bound) and, if it has Triggers, when one of them
// holds. Requirements of one Grade replace each other: an asset gets only
// the one with the highest level it reaches.
type Requirement struct {
	ID       string         `json:"id"`
	Area     string         `json:"area"`
	Aspect   Aspect         `json:"aspect"` // AnyAspect for requirements on the highest level
	MinLevel Level          `json:"min_level"`
	MaxLevel Level          `json:"max_level,omitempty"`
	Grade    string         `json:"grade,omitempty"` // e.g. "avbrott": T-02, T-03 and T-04 are one requirement at three levels
	Strength Strength       `json:"strength"`
	Verify   []Verification `json:"verify"`
	Triggers []Trigger      `json:"triggers,omitempty"`
	Title    string         `json:"title"`
	Shall    string         `json:"shall"` // for procurement: "Leverantören ska …" (bör for a Should)
	Have     string         `json:"have"`  // for the municipality's follow-up: "Vi har …"
}

// Strength says whether a requirement must be met or is scored.
type Strength string

// The strengths of a requirement.
const (
	Must   Strength = "ska" // skall-krav: not met disqualifies
	Should Strength = "bör" // bör-krav: scored in the evaluation
)

// Label returns the strength as a tender writes it.
func (s Strength) Label() string {
	if s == Should {
		return "Bör"
	}
	return "Ska"
}

// Verification is how the fulfilment of a requirement is checked.
type Verification string

// The ways a requirement is verified.
const (
	VerifyDocument    Verification = "dokument"
	VerifyDemo        Verification = "demo"
	VerifyTest        Verification = "test"
	VerifyCertificate Verification = "certifikat"
)

// Label returns the Swedish name of the verification.
func (v Verification) Label() string {
	switch v {
	case VerifyDocument:
		return "Dokumentation"
	case VerifyDemo:
		return "Demonstration"
	case VerifyTest:
		return "Test"
	case VerifyCertificate:
		return "Certifikat"
	}
	return string(v)
}

// VerifyText joins the requirement's verifications: "Demonstration, Dokumentation".
func (r Requirement) VerifyText() string {
	out := make([]string, len(r.Verify))
	for i, v := range r.Verify {
		out[i] = v.Label()
	}
	return strings.Join(out, ", ")
}

// Trigger is what, besides a level, makes a requirement apply.
type Trigger string

// The triggers a requirement may have.
const (
	TriggerPersonal     Trigger = "personal"           // personal data is processed
	TriggerSensitive    Trigger = "sensitive"          // sensitive personal data or data on offences
	TriggerProtected    Trigger = "protected_identity" // protected identities
	TriggerThirdCountry Trigger = "third_country"      // access from outside the EU/EEA
)

// Applicability is what decides which requirements of a catalogue apply
// to an asset: its effective levels, what its information holds, and
// which aspects lie at a level outside the catalogue.
type Applicability struct {
	Effective         map[Aspect]Level
	Personal          bool
	Sensitive         bool
	ProtectedIdentity bool
	ThirdCountry      bool
	Outside           map[Aspect]bool // aspects at a level the model puts outside the catalogue
}

// ApplicabilityOf returns the applicability of an asset on the list under model m.
func ApplicabilityOf(s AssetSummary, m *Model) Applicability {
	a := Applicability{
		Effective:         s.Effective,
		Personal:          s.Asset.PersonalData || HasPersonalData(s.Flags),
		Sensitive:         HasFlag(s.Flags, FlagSensitive) || HasFlag(s.Flags, FlagCriminal),
		ProtectedIdentity: HasFlag(s.Flags, FlagProtectedIdentity),
		Outside:           map[Aspect]bool{},
	}
	for asp, l := range s.Effective {
		if info, ok := m.Level(l); ok && info.OutsideCatalogue {
			a.Outside[asp] = true
		}
	}
	return a
}

func (a Applicability) holds(t Trigger) bool {
	switch t {
	case TriggerPersonal:
		return a.Personal || a.Sensitive || a.ProtectedIdentity
	case TriggerSensitive:
		return a.Sensitive
	case TriggerProtected:
		return a.ProtectedIdentity
	case TriggerThirdCountry:
		return a.ThirdCountry
	}
	return false
}

// applies reports whether r applies under a, its grade aside.
func (r Requirement) applies(a Applicability, highest Level) bool {
	l := a.Effective[r.Aspect]
	if r.Aspect == AnyAspect {
		l = highest
	} else if a.Outside[r.Aspect] {
		return false // a separate analysis, not the catalogue, sets what this aspect needs
	}
	if l == Unset || l < r.MinLevel || r.MaxLevel != Unset && l > r.MaxLevel {
		return false
	}
	if len(r.Triggers) == 0 {
		return true
	}
	for _, t := range r.Triggers {
		if a.holds(t) {
			return true
		}
	}
	return false
}

// Catalogue is a versioned requirement catalogue.
type Catalogue struct {
	ID           string        `json:"id"`
	Version      int           `json:"version"`
	Requirements []Requirement `json:"requirements"`
}

//go:embed requirements/*.json
var requirementFiles embed.FS

var (
	catalogueOnce sync.Once
	catalogue     *Catalogue
)

// Requirements returns the catalogue shipped with Infoklass.
func Requirements() *Catalogue {
	catalogueOnce.Do(func() {
		b, err := requirementFiles.ReadFile("requirements/default.json")
		if err != nil {
			panic(err)
		}
		var c Catalogue
		if err := json.Unmarshal(b, &c); err != nil {
			panic(fmt.Sprintf("requirements: %v", err))
		}
		catalogue = &c
	})
	return catalogue
}

// For returns the requirements that apply under a, in catalogue order:
// of a grade only the one with the highest level reached.
func (c *Catalogue) For(a Applicability) []Requirement {
	var highest Level
	for _, l := range a.Effective {
		highest = max(highest, l)
	}
	var out []Requirement
	top := map[string]Level{}
	for _, r := range c.Requirements {
		if r.applies(a, highest) && r.Grade != "" {
			top[r.Grade] = max(top[r.Grade], r.MinLevel)
		}
	}
	for _, r := range c.Requirements {
		if r.applies(a, highest) && (r.Grade == "" || r.MinLevel == top[r.Grade]) {
			out = append(out, r)
		}
	}
	return out
}

// SeparateAnalysis says that an aspect at level 4 needs a protection
// analysis of its own, and who answers for it.
type SeparateAnalysis struct {
	Aspect      Aspect
	Message     string
	Responsible string
}

// SeparateAnalyses returns a notice for each aspect whose effective
// level model m puts outside the catalogue (KLASSA's 4, Synnerligen
// allvarlig): the catalogue does not cover it, and a separate analysis
// of the protection need is to be made, by the owner with the ISAM.
func SeparateAnalyses(m *Model, effective map[Aspect]Level) []SeparateAnalysis {
	var out []SeparateAnalysis
	for _, a := range AllAspects {
		info, ok := m.Level(effective[a])
		if !ok || !info.OutsideCatalogue {
			continue
		}
		out = append(out, SeparateAnalysis{
			Aspect: a,
			Message: fmt.Sprintf("%s på nivå %s (%s) ligger utanför kravkatalogen. En särskild analys av skyddsbehovet ska göras för %s innan upphandling, och säkerhetsskyddschefen ska rådfrågas.",
				a.Name(), m.NumberText(effective[a]), lower(info.Label), lower(a.Name())),
			Responsible: "Informationsägaren tillsammans med informationssäkerhetssamordnaren",
		})
	}
	return out
}

func lower(s string) string {
	r := []rune(s)
	if len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
		r[0] += 'a' - 'A'
	}
	return string(r)
}
