package domain

import (
	"embed"
	"encoding/json"
	"fmt"
	"sync"
)

// AnyAspect marks a requirement that applies when any aspect reaches its level.
const AnyAspect Aspect = "*"

// Requirement is one security requirement of the catalogue: it applies
// when the asset's effective level of Aspect reaches MinLevel.
type Requirement struct {
	ID       string `json:"id"`
	Area     string `json:"area"`
	Aspect   Aspect `json:"aspect"` // AnyAspect for requirements on the highest level
	MinLevel Level  `json:"min_level"`
	Title    string `json:"title"`
	Shall    string `json:"shall"` // ska-krav for procurement: "Leverantören ska …"
	Have     string `json:"have"`  // är-krav for the municipality's follow-up: "Vi har …"
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

// For returns the requirements that effective levels trigger, in
// catalogue order.
func (c *Catalogue) For(effective map[Aspect]Level) []Requirement {
	var highest Level
	for _, l := range effective {
		if l > highest {
			highest = l
		}
	}
	var out []Requirement
	for _, r := range c.Requirements {
		l := effective[r.Aspect]
		if r.Aspect == AnyAspect {
			l = highest
		}
		if l != Unset && l >= r.MinLevel {
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

// SeparateAnalyses returns a notice for each aspect at level 4: the
// catalogue does not cover that level.
func SeparateAnalyses(effective map[Aspect]Level) []SeparateAnalysis {
	var out []SeparateAnalysis
	for _, a := range AllAspects {
		if effective[a] >= MaxLevel {
			out = append(out, SeparateAnalysis{
				Aspect: a,
				Message: fmt.Sprintf("%s på nivå 4 (allvarlig): kravkatalogen räcker inte. En särskild skyddsanalys ska göras för %s innan upphandling.",
					a.Name(), lower(a.Name())),
				Responsible: "Informationsägaren tillsammans med informationssäkerhetssamordnaren",
			})
		}
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
