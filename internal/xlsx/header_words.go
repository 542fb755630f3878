package xlsx

import (
	"regexp"
	"strings"
)

// bracketed finds the text in brackets of a header: "Sekretess (K)",
// "Åtkomst [T]".
var bracketed = regexp.MustCompile(`[(\[]([^)\]]*)[)\]]`)

// bracketAspect returns the aspect a one-letter abbreviation in brackets
// names, or fNone: K, R, T and S in Swedish, C, I and A in English.
// "Sekretess (K)" and "Loggning (S)" name their aspect this way even
// when the word before the bracket is one the import does not know.
func bracketAspect(h string) field {
	for _, m := range bracketed.FindAllStringSubmatch(h, -1) {
		switch fold(m[1]) {
		case "k", "c":
			return fK
		case "r", "i":
			return fR
		case "t", "a":
			return fT
		case "s":
			return fS
		}
	}
	return fNone
}

// withoutBrackets returns h without its bracketed parts.
func withoutBrackets(h string) string { return bracketed.ReplaceAllString(h, " ") }

// heads maps the last part of a Swedish compound, folded, to the field
// it names: the head of a compound says what it is, so
// "Verksamhetssystem" is a system and "Systemägare" an owner.
var heads = []struct {
	suffix string
	f      field
}{
	{"agare", fOwner}, {"ansvarig", fOwner}, {"ansvarige", fOwner},
	{"leverantor", fSupplier}, {"beskrivning", fDescription},
	{"system", fSystem}, {"systemet", fSystem}, {"tjanst", fSystem}, {"tjansten", fSystem},
	{"tillgang", fName}, {"tillgangen", fName}, {"mangd", fName},
}

// headField returns the field the head of a compound word names.
func headField(w string) field {
	for _, h := range heads {
		if strings.HasSuffix(w, h.suffix) {
			return h.f
		}
	}
	return fNone
}

// phraseField reads a header that is not a known synonym by its words:
// "Business owner" and "Ansvarig chef" name the owner, "Klassningen
// gjord" and "Last assessed" the date of the last classification,
// "Application" the asset. It returns fNone when the words say nothing
// certain.
func phraseField(words []string) field {
	has := func(ws ...string) bool {
		for _, w := range words {
			for _, x := range ws {
				if w == x {
					return true
				}
			}
		}
		return false
	}
	prefix := func(ps ...string) bool {
		for _, w := range words {
			for _, p := range ps {
				if strings.HasPrefix(w, p) {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has("owner", "chef", "ansvarig", "responsible") && !has("role", "roll"):
		return fOwner
	case prefix("klassning", "klassad", "assessed", "assessment", "bedomd", "classified", "classification") &&
		!has("nasta", "next", "status", "k", "r", "t", "s"):
		return fClassified
	case has("next", "nasta") && prefix("review", "uppfoljning", "oversyn", "klassning", "assessment"):
		return fNextReview
	case has("application", "applikation", "app", "applications", "programvara"):
		return fSystem
	case has("vendor", "supplier", "provider"):
		return fSupplier
	}
	for _, w := range words {
		if f := headField(w); f != fNone {
			return f
		}
	}
	return fNone
}
