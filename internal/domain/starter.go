package domain

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// StarterArea is a group of the starter library: the part of the
// municipality its information types are most often found in.
type StarterArea struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameEN string `json:"name_en"`
}

// StarterType is an information type of the starter library, common in
// municipal systems: its name and description in Swedish and English,
// the flags it usually carries and the lowest levels it is suggested.
// A floor names a level by its label ("Betydande"), so that it means the
// same level in a 1–4 and a 0–4 model.
type StarterType struct {
	Area          string            `json:"area"`
	Name          string            `json:"name"`
	NameEN        string            `json:"name_en"`
	Description   string            `json:"description"`
	DescriptionEN string            `json:"description_en"`
	Flags         []Flag            `json:"flags"`
	Floors        map[Aspect]string `json:"floors"`
}

// StarterLibrary is the starter library: its areas, in order, and its
// types, grouped by area in that order.
type StarterLibrary struct {
	Areas []StarterArea `json:"areas"`
	Types []StarterType `json:"types"`
}

//go:embed starter/types.json
var starterFile []byte

var (
	starterOnce sync.Once
	starter     *StarterLibrary
)

// Starter returns the starter library shipped with Infoklass. It panics
// if the embedded file is broken, which the tests rule out.
func Starter() *StarterLibrary {
	starterOnce.Do(func() {
		l, err := ParseStarter(starterFile)
		if err != nil {
			panic(err)
		}
		starter = l
	})
	return starter
}

// ParseStarter decodes a starter library strictly: an unknown field, a
// type in no area or a repeated name is refused.
func ParseStarter(b []byte) (*StarterLibrary, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var l StarterLibrary
	if err := dec.Decode(&l); err != nil {
		return nil, fmt.Errorf("startbiblioteket: %w", err)
	}
	areas := map[string]bool{}
	for _, a := range l.Areas {
		areas[a.ID] = true
	}
	seen := map[string]bool{}
	for _, t := range l.Types {
		key := strings.ToLower(NormalizeName(t.Name))
		switch {
		case key == "":
			return nil, fmt.Errorf("startbiblioteket: en informationstyp saknar namn")
		case seen[key]:
			return nil, fmt.Errorf("startbiblioteket: %q finns två gånger", t.Name)
		case !areas[t.Area]:
			return nil, fmt.Errorf("startbiblioteket: %q hör till ett område som inte finns (%q)", t.Name, t.Area)
		}
		seen[key] = true
	}
	return &l, nil
}

// Area returns area id, and whether there is one.
func (l *StarterLibrary) Area(id string) (StarterArea, bool) {
	for _, a := range l.Areas {
		if a.ID == id {
			return a, true
		}
	}
	return StarterArea{}, false
}

// Type returns the type named name, and whether there is one.
func (l *StarterLibrary) Type(name string) (StarterType, bool) {
	for _, t := range l.Types {
		if SameName(t.Name, name) {
			return t, true
		}
	}
	return StarterType{}, false
}

// FloorLevels returns t's suggested floors as levels of model m, for the
// aspects m has. A floor naming no level of m is an error.
func (t StarterType) FloorLevels(m *Model) (map[Aspect]Level, error) {
	out := map[Aspect]Level{}
	for a, name := range t.Floors {
		if _, ok := m.Aspect(a); !ok {
			if !a.Valid() {
				return nil, fmt.Errorf("%q: aspekten %q finns inte", t.Name, a)
			}
			continue // S, in a model without it
		}
		l, ok := m.levelByLabel(name)
		if !ok {
			return nil, fmt.Errorf("%q: nivån %q finns inte i modellen %s", t.Name, name, m.Name)
		}
		out[a] = l
	}
	return out, nil
}

// InfoType returns a new information type from t for model m: its
// Swedish name and description, its flags, and its floors as chosen
// levels without motivation, which the group confirms or changes.
func (t StarterType) InfoType(m *Model) (InfoType, error) {
	floors, err := t.FloorLevels(m)
	if err != nil {
		return InfoType{}, err
	}
	it := InfoType{Name: NormalizeName(t.Name), Description: t.Description,
		Flags: append([]Flag(nil), t.Flags...), Ratings: map[Aspect]Rating{}}
	for a, l := range floors {
		it.Ratings[a] = Rating{Level: l}
	}
	return it, nil
}

// levelByLabel returns the level labelled name (Swedish or English,
// ignoring case), and whether there is one.
func (m *Model) levelByLabel(name string) (Level, bool) {
	for _, l := range m.Levels {
		if strings.EqualFold(l.Label, name) || strings.EqualFold(l.LabelEN, name) {
			return l.Level, true
		}
	}
	return Unset, false
}
