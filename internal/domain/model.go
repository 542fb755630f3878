package domain

import (
	"embed"
	"strings"
	"sync"
)

// Model is a classification model: its aspects, its level scale with a
// description per aspect, and the floors that flags on an information
// type imply. A model is data; a classification records the ID and
// Version it was made with.
type Model struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
	Name    string `json:"name"`
	NameEN  string `json:"name_en"`
	// NumberFrom is the number of the scale's lowest level: 1 when
	// omitted (MSB's 1–4), 0 for KLASSA's 0–4. Levels are kept as their
	// place on the scale, 1 the lowest; Number and LevelByNumber translate.
	NumberFrom *int         `json:"number_from,omitempty"`
	Aspects    []AspectInfo `json:"aspects"`
	Levels     []LevelInfo  `json:"levels"`
	Floors     []Floor      `json:"floors"`
}

// AspectInfo describes one aspect of a model.
type AspectInfo struct {
	Code       Aspect `json:"code"`
	CodeEN     string `json:"code_en"` // the code in English (C, I, A, T); exports keep Code
	Name       string `json:"name"`
	NameEN     string `json:"name_en"`
	Question   string `json:"question"`
	QuestionEN string `json:"question_en"`
	Optional   bool   `json:"optional"`
}

// LevelInfo describes one level of a model's scale.
type LevelInfo struct {
	Level    Level    `json:"level"`
	Label    string   `json:"label"`
	LabelEN  string   `json:"label_en"`
	Synonyms []string `json:"synonyms,omitempty"` // other words for the level a list may use, Swedish or English ("Severe")
	Color    string   `json:"color"`              // #rrggbb
	// OutsideCatalogue marks a level the requirement catalogue does not
	// cover (KLASSA's 4): a separate analysis sets what it needs.
	OutsideCatalogue bool              `json:"outside_catalogue,omitempty"`
	Meaning          string            `json:"meaning"`
	MeaningEN        string            `json:"meaning_en"`
	Descriptions     map[Aspect]string `json:"descriptions"`
	DescriptionsEN   map[Aspect]string `json:"descriptions_en"`
}

// Floor is the lowest sensible level per aspect that a flag implies.
// A floor with Refer set means the information is not classified in
// this model at all (säkerhetsskydd) and must be referred.
type Floor struct {
	Flag    Flag             `json:"flag"`
	Label   string           `json:"label"`
	LabelEN string           `json:"label_en"`
	Min     map[Aspect]Level `json:"min"`
	Refer   bool             `json:"refer"`
}

//go:embed models/*.json
var modelFiles embed.FS

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// DefaultModel returns the model shipped with Infoklass. It panics if the
// embedded file is broken, which the tests rule out.
func DefaultModel() *Model {
	defaultOnce.Do(func() {
		b, err := modelFiles.ReadFile("models/default.json")
		if err != nil {
			panic(err)
		}
		m, err := ParseModel(b)
		if err != nil {
			panic(err)
		}
		defaultModel = m
	})
	return defaultModel
}

// ParseModel decodes and checks a model from JSON, strictly: a field a
// model does not have, a level out of order, a missing description or a
// floor outside the scale is refused with a *ModelError in Swedish.
func ParseModel(b []byte) (*Model, error) {
	m, err := decodeModel(b)
	if err != nil {
		return nil, err
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

// Aspect returns the description of aspect a, and whether the model has it.
func (m *Model) Aspect(a Aspect) (AspectInfo, bool) {
	for _, x := range m.Aspects {
		if x.Code == a {
			return x, true
		}
	}
	return AspectInfo{}, false
}

// AspectCodes returns the model's aspects in display order.
func (m *Model) AspectCodes() []Aspect {
	out := make([]Aspect, len(m.Aspects))
	for i, a := range m.Aspects {
		out[i] = a.Code
	}
	return out
}

// Level returns the description of level l, and whether the model has it.
func (m *Model) Level(l Level) (LevelInfo, bool) {
	if l < 1 || int(l) > len(m.Levels) {
		return LevelInfo{}, false
	}
	return m.Levels[l-1], true
}

// MaxLevel returns the highest level of the model's scale.
func (m *Model) MaxLevel() Level { return Level(len(m.Levels)) }

// Valid reports whether l is a chosen level the model has: 1 to its
// MaxLevel. Unset is not valid.
func (m *Model) Valid(l Level) bool { return l >= 1 && l <= m.MaxLevel() }

// Floor returns the floor for flag f, and whether the model has one.
func (m *Model) Floor(f Flag) (Floor, bool) {
	for _, x := range m.Floors {
		if x.Flag == f {
			return x, true
		}
	}
	return Floor{}, false
}

// FloorFor returns the highest floor that flags imply for aspect a, with
// the floors that set it. It returns Unset when no flag sets a floor.
func (m *Model) FloorFor(flags []Flag, a Aspect) (Level, []Floor) {
	var max Level
	var from []Floor
	for _, f := range m.Floors {
		if !HasFlag(flags, f.Flag) {
			continue
		}
		l := f.Min[a]
		switch {
		case l > max:
			max, from = l, []Floor{f}
		case l == max && l != Unset:
			from = append(from, f)
		}
	}
	return max, from
}

// MinText names the levels the floor proposes in model m's numbering, as
// in "K3, S3"; it is "" for a floor that refers the information elsewhere.
func (f Floor) MinText(m *Model) string {
	var parts []string
	for _, a := range AllAspects {
		if l, ok := f.Min[a]; ok {
			parts = append(parts, m.LevelLabel(a, l))
		}
	}
	return strings.Join(parts, ", ")
}
