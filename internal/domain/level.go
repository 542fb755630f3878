package domain

import (
	"fmt"
	"strconv"
)

// Level is a consequence level by its place on the model's scale: 1 the
// lowest, the model's MaxLevel the highest (4 in MSB 1–4, 5 in KLASSA's
// 0–4, at most MaxScale). The model numbers it for display (Model.Number).
// The zero Level means "not chosen yet".
type Level int

// Unset is the zero Level: no level has been chosen.
const Unset Level = 0

// Valid reports whether l is a chosen level on some model's scale (1 to
// MaxScale). Whether a model has it is that model's Valid.
func (l Level) Valid() bool { return l >= 1 && l <= MaxScale }

// Format prints a Level as "ordinal(3)" for every verb. A Level is a
// place on the scale, not the number a user reads: KLASSA numbers
// ordinal 3 "2". Only the model names a level (Model.NumberText,
// Model.LevelLabel), so a level printed with fmt by mistake shows up in
// any output as "ordinal(…)" instead of passing for a number.
func (l Level) Format(f fmt.State, _ rune) {
	_, _ = f.Write([]byte("ordinal(" + strconv.Itoa(int(l)) + ")"))
}

// Aspect is one of the protection aspects a level is chosen for.
type Aspect string

// The aspects of the default model, by their Swedish letters.
const (
	Confidentiality Aspect = "K" // konfidentialitet
	Integrity       Aspect = "R" // riktighet
	Availability    Aspect = "T" // tillgänglighet
	Traceability    Aspect = "S" // spårbarhet (optional fourth aspect)
)

// AllAspects lists every aspect in display order.
var AllAspects = []Aspect{Confidentiality, Integrity, Availability, Traceability}

// Valid reports whether a is one of the known aspects.
func (a Aspect) Valid() bool {
	switch a {
	case Confidentiality, Integrity, Availability, Traceability:
		return true
	}
	return false
}

// Name returns the Swedish name of the aspect.
func (a Aspect) Name() string {
	switch a {
	case Confidentiality:
		return "Konfidentialitet"
	case Integrity:
		return "Riktighet"
	case Availability:
		return "Tillgänglighet"
	case Traceability:
		return "Spårbarhet"
	}
	return string(a)
}
