package ui

import (
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// englishCodes are the aspects' English codes when a model has none.
var englishCodes = map[domain.Aspect]string{
	domain.Confidentiality: "C", domain.Integrity: "I", domain.Availability: "A", domain.Traceability: "T",
}

// aspectCode returns aspect a's code in the interface's language: K, R,
// T, S in Swedish; C, I, A, T in English, from model m, the open
// database's (the service's Model). The stored and exported codes stay
// Swedish.
func aspectCode(m *domain.Model, a domain.Aspect) string {
	if !english() {
		return string(a)
	}
	if m != nil {
		if info, ok := m.Aspect(a); ok && info.CodeEN != "" {
			return info.CodeEN
		}
	}
	if c, ok := englishCodes[a]; ok {
		return c
	}
	return string(a)
}

// levelLabel is model m's label of level l of aspect a in the
// interface's language: "K3" in Swedish, "C3" in English, with "–" for a
// level not chosen. It is the one way the screens name a level; m is the
// model the level's classification is numbered in (KLASSA names
// ordinal 3 "K2").
func levelLabel(m *domain.Model, a domain.Aspect, l domain.Level) string {
	return aspectCode(m, a) + m.NumberText(l)
}

// localLabel turns a level label the domain wrote into a message ("K3")
// into the interface's language; any other text is returned as it is.
func localLabel(m *domain.Model, s string) string {
	r := []rune(s)
	if !english() || len(r) != 2 {
		return s
	}
	a := domain.Aspect(string(r[0]))
	if !a.Valid() || !(r[1] == '–' || r[1] >= '0' && r[1] <= '9') {
		return s
	}
	return aspectCode(m, a) + string(r[1])
}

// minText is domain.Floor.MinText in the interface's language: the
// levels a floor proposes in model m, as in "K3, S3" or "C3, T3".
func minText(m *domain.Model, f domain.Floor) string {
	var parts []string
	for _, a := range domain.AllAspects {
		if l, ok := f.Min[a]; ok {
			parts = append(parts, levelLabel(m, a, l))
		}
	}
	return strings.Join(parts, ", ")
}
