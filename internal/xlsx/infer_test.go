package xlsx

import "testing"

// TestHeaderWords: headers outside the word list are read by their
// words, their brackets and the head of a compound; headers that are
// only similar to a field are not guessed.
func TestHeaderWords(t *testing.T) {
	for h, want := range map[string]field{
		"Sekretess (K)":        fK,
		"Korrekthet (R)":       fR,
		"Åtkomst (T)":          fT,
		"Loggning (S)":         fS,
		"Traceability (T)":     fS, // the word decides over an English letter
		"Confidentiality [C]":  fK,
		"K (konfidentialitet)": fK,
		"Ansvarig chef":        fOwner,
		"Business owner":       fOwner,
		"System owner":         fOwner,
		"Processägare":         fOwner,
		"Owner role":           fOwnerRole,
		"Klassningen gjord":    fClassified,
		"Last assessed":        fClassified,
		"Nästa klassning":      fNextReview,
		"Next assessment":      fNextReview,
		"Verksamhetssystem":    fSystem,
		"Tjänst / e-tjänst":    fSystem,
		"Application":          fSystem,
		"Vendor":               fSupplier,
		"Förvaltning":          fNone,
		"Enhet":                fNone,
		"E-post":               fNone,
		"Vad":                  fNone,
		"Status (K)":           fStatus,
	} {
		if got := guessField(h); got != want {
			t.Errorf("%q: %v, want %v", h, got.info().key, want.info().key)
		}
	}
}

// TestPersonLike: names of people, with or without a title, but not
// units, systems or sentences.
func TestPersonLike(t *testing.T) {
	for v, want := range map[string]bool{
		"Anna Berg": true, "Socialchef Anna Berg": true, "Karl-Erik Öhman": true, "Eva af Klint": true,
		"Enheten För Bistånd": false, "Visma Lön 2": false, "anna berg": false, "Treserva": false,
		"IT Avdelningen": false, "Ulla Lindgren": true,
	} {
		if got := personLike(v); got != want {
			t.Errorf("%q: %v, want %v", v, got, want)
		}
	}
}

// TestValueField: a column is recognised by what it holds, and only
// when most of it agrees.
func TestValueField(t *testing.T) {
	for name, c := range map[string]struct {
		p    profile
		want field
	}{
		"levels":       {profile{n: 10, levels: 10, small: 10, texts: 0, unique: 4}, fK},
		"dates":        {profile{n: 5, dates: 5, unique: 5}, fClassified},
		"people":       {profile{n: 5, persons: 5, texts: 5, unique: 3}, fOwner},
		"mixed":        {profile{n: 10, persons: 5, texts: 10, unique: 10}, fNone},
		"one value":    {profile{n: 1, levels: 1}, fNone},
		"mostly dates": {profile{n: 10, dates: 7, texts: 3}, fNone},
	} {
		if got, _ := valueField(c.p); got != c.want {
			t.Errorf("%s: %v, want %v", name, got, c.want)
		}
	}
}
