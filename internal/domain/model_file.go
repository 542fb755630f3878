package domain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// MaxScale is the most levels a model's scale may have.
const MaxScale = 9

// The shipped models, by the short names the command line takes.
var shippedModels = map[string]string{
	"msb":    "models/default.json",
	"klassa": "models/klassa.json",
}

// ShippedModelNames lists the short names of the models shipped with
// Infoklass: "klassa" (KLASSA's numbering 0–4) first, the suggestion for
// a new database.
func ShippedModelNames() []string { return []string{"klassa", "msb"} }

// ShippedModel returns the shipped model with short name name ("klassa"
// or "msb"). It panics if the embedded file is broken, which the tests
// rule out.
func ShippedModel(name string) (*Model, bool) {
	file, ok := shippedModels[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return nil, false
	}
	b, err := modelFiles.ReadFile(file)
	if err != nil {
		panic(err)
	}
	m, err := ParseModel(b)
	if err != nil {
		panic(err)
	}
	return m, true
}

// LoadModel returns the model that name stands for: a shipped model's
// short name, or the path of a model file a municipality keeps. A
// broken file is refused with a *ModelError in Swedish.
func LoadModel(name string) (*Model, error) {
	if m, ok := ShippedModel(name); ok {
		return m, nil
	}
	b, err := os.ReadFile(name)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, &ModelError{File: name, Message: "filen finns inte; ange klassa, msb eller sökvägen till en modellfil"}
	case err != nil:
		return nil, &ModelError{File: name, Message: fmt.Sprintf("filen kunde inte läsas (%v); ange klassa, msb eller sökvägen till en modellfil", errors.Unwrap(err))}
	}
	m, err := ParseModel(b)
	if err != nil {
		var me *ModelError
		if errors.As(err, &me) {
			me.File = name
		}
		return nil, err
	}
	return m, nil
}

// ModelError is a model file that cannot be used: where and why, in Swedish.
type ModelError struct {
	File    string // the file, when the model came from one
	Line    int    // 1-based; 0 when the error is not at a place in the file
	Column  int
	Message string
}

func (e *ModelError) Error() string {
	var b strings.Builder
	b.WriteString("modellfilen")
	if e.File != "" {
		fmt.Fprintf(&b, " %s", e.File)
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ", rad %d, kolumn %d", e.Line, e.Column)
	}
	b.WriteString(": ")
	b.WriteString(e.Message)
	return b.String()
}

// syntaxError turns a JSON decoding error into a ModelError at its line.
func syntaxError(b []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(-1)
	msg := "den är inte giltig JSON"
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off, msg = te.Offset, fmt.Sprintf("fältet %q har fel slags värde", te.Field)
	case errors.Is(err, errUnknownField):
		return &ModelError{Message: err.Error()}
	}
	if off < 0 {
		return &ModelError{Message: msg}
	}
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	line, col := place(b, off)
	return &ModelError{Line: line, Column: col, Message: msg}
}

// place returns the line and column (1-based) of byte offset off in b.
func place(b []byte, off int64) (line, col int) {
	before := b[:off]
	return bytes.Count(before, []byte("\n")) + 1, int(off) - bytes.LastIndexByte(before, '\n')
}

// keyPlace returns the line and column of the object key name that the
// decoder refused: the last occurrence of it as a key before the
// decoder's offset (the decoder stops just after the key's value), or
// the first anywhere. It returns 0, 0 when the key cannot be found.
func keyPlace(b []byte, name string, stop int64) (line, col int) {
	key := regexp.MustCompile(`"` + regexp.QuoteMeta(name) + `"\s*:`)
	locs := key.FindAllIndex(b, -1)
	if len(locs) == 0 {
		return 0, 0
	}
	at := locs[0][0]
	for _, l := range locs {
		if int64(l[0]) < stop {
			at = l[0]
		}
	}
	return place(b, int64(at))
}

var errUnknownField = errors.New("unknown field")

// unknownField matches the json package's message for a field the
// model does not have.
var unknownField = regexp.MustCompile(`json: unknown field "([^"]*)"`)

// decodeModel decodes a model strictly: a misspelt field is an error,
// not silently ignored.
func decodeModel(b []byte) (*Model, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var m Model
	if err := dec.Decode(&m); err != nil {
		if sub := unknownField.FindStringSubmatch(err.Error()); sub != nil {
			line, col := keyPlace(b, sub[1], dec.InputOffset())
			return nil, &ModelError{Line: line, Column: col, Message: fmt.Sprintf("fältet %q finns inte i en modell (stavfel?)", sub[1])}
		}
		return nil, syntaxError(b, err)
	}
	return &m, nil
}

var colour = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// check validates a model: what it must have, and that its levels,
// floors and aspects fit together. Errors are Swedish ModelErrors.
func (m *Model) check() error {
	bad := func(format string, args ...any) error { return &ModelError{Message: fmt.Sprintf(format, args...)} }
	switch {
	case m.ID == "" || m.Version < 1:
		return bad("id och version (1 eller högre) måste anges")
	case m.Name == "":
		return bad("name måste anges")
	case len(m.Levels) < 2 || len(m.Levels) > MaxScale:
		return bad("skalan har %d nivåer; den ska ha 2–%d", len(m.Levels), MaxScale)
	}
	if err := m.checkAspects(); err != nil {
		return err
	}
	for i, l := range m.Levels {
		if l.Level != Level(i+1) {
			return bad("nivå nummer %d i listan har level %d; levels numreras 1, 2, 3… i skalans ordning (number_from anger hur de visas)", i+1, int(l.Level))
		}
		if l.Label == "" || !colour.MatchString(l.Color) {
			return bad("nivå %s behöver label och color som #rrggbb", m.NumberText(l.Level))
		}
		for _, a := range m.Aspects {
			if strings.TrimSpace(l.Descriptions[a.Code]) == "" {
				return bad("nivå %s saknar beskrivning för %s", m.NumberText(l.Level), a.Code)
			}
		}
	}
	// A floor may name an aspect the model has switched off (S): it then
	// does not apply, so that switching S off needs no other edit.
	for _, f := range m.Floors {
		for a, l := range f.Min {
			if _, on := m.Aspect(a); !a.Valid() || on && (l < 1 || l > m.MaxLevel()) {
				return bad("golvet för %s anger %s%d, som inte finns i modellen", f.Flag, a, int(l))
			}
		}
	}
	return nil
}

// checkAspects checks the aspects: K, R and T always, S optional, each
// once with a name and a guiding question.
func (m *Model) checkAspects() error {
	seen := map[Aspect]bool{}
	for _, a := range m.Aspects {
		switch {
		case !a.Code.Valid():
			return &ModelError{Message: fmt.Sprintf("okänd aspekt %q; aspekterna är K, R, T och S", a.Code)}
		case seen[a.Code]:
			return &ModelError{Message: fmt.Sprintf("aspekten %s finns två gånger", a.Code)}
		case a.Name == "" || a.Question == "":
			return &ModelError{Message: fmt.Sprintf("aspekten %s behöver name och question", a.Code)}
		}
		seen[a.Code] = true
	}
	for _, a := range []Aspect{Confidentiality, Integrity, Availability} {
		if !seen[a] {
			return &ModelError{Message: fmt.Sprintf("aspekten %s saknas; K, R och T finns alltid", a)}
		}
	}
	return nil
}

// first returns the number of the model's lowest level.
func (m *Model) first() int {
	if m.NumberFrom == nil {
		return 1
	}
	return *m.NumberFrom
}

// Number returns the number the model gives level l: l itself in a 1–4
// model, l−1 in KLASSA's 0–4.
func (m *Model) Number(l Level) int { return int(l) - 1 + m.first() }

// NumberText returns level l's number as text, or "–" when unset.
func (m *Model) NumberText(l Level) string {
	if l == Unset {
		return "–"
	}
	return strconv.Itoa(m.Number(l))
}

// LevelByNumber returns the level the model numbers n, and whether there is one.
func (m *Model) LevelByNumber(n int) (Level, bool) {
	l := Level(n - m.first() + 1)
	if l < 1 || l > m.MaxLevel() {
		return Unset, false
	}
	return l, true
}

// Range returns the model's numbers as "1–4" or "0–4".
func (m *Model) Range() string {
	return fmt.Sprintf("%d–%d", m.Number(1), m.Number(m.MaxLevel()))
}

// LevelLabel names level l of aspect a in the model's numbering: "K2".
func (m *Model) LevelLabel(a Aspect, l Level) string { return string(a) + m.NumberText(l) }
