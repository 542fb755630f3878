package app

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// The words of every message a user reads about an error live in one
// catalogue, keyed by a stable code ("store.duplicate_name",
// "open.newer", "full.export"), in Swedish and English: words/sv.json
// and words/en.json, embedded. Describe gives an error's code and
// arguments; each front end says it in its language (the window in the
// user's, the command line in Swedish).

//go:embed words/sv.json words/en.json
var wordFiles embed.FS

// Lang is a language of the catalogue.
type Lang string

// The catalogue's languages.
const (
	Swedish Lang = "sv"
	English Lang = "en"
)

// catalogue is the words by language and code.
var catalogue = func() map[Lang]map[string]string {
	out := map[Lang]map[string]string{}
	for _, l := range []Lang{Swedish, English} {
		b, err := wordFiles.ReadFile("words/" + string(l) + ".json")
		if err != nil {
			panic(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			panic(fmt.Sprintf("words/%s.json: %v", l, err))
		}
		out[l] = m
	}
	return out
}()

// Text is a message for the user: the code of its words in the catalogue
// and the arguments they take.
type Text struct {
	Code string
	Args []any
}

// In returns the text in language l; a code without words in l is said
// in Swedish.
func (t Text) In(l Lang) string {
	return strings.TrimSpace(fmt.Sprintf(words(l, t.Code), t.Args...))
}

// Format returns the words of the text's code in language l, with the
// arguments' verbs left in.
func (t Text) Format(l Lang) string { return words(l, t.Code) }

func words(l Lang, code string) string {
	if w, ok := catalogue[l][code]; ok {
		return w
	}
	if w, ok := catalogue[Swedish][code]; ok {
		return w
	}
	return code
}

// Codes returns every code of the catalogue, in Swedish's order of keys
// (unordered), for tests.
func Codes() []string {
	var out []string
	for c := range catalogue[Swedish] {
		out = append(out, c)
	}
	return out
}

// clause is a sentence of the catalogue as part of a longer line: its
// first letter small and its full stop dropped.
func clause(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToLower(r[0])
	}
	if n := len(r); n > 0 && r[n-1] == '.' {
		r = r[:n-1]
	}
	return string(r)
}
