package domain

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateName(t *testing.T) {
	cases := []struct {
		name string
		what string // "" when the name is allowed
		pos  int
	}{
		{"Ekonomisystem", "", 0},
		{"Förskola – ärenden (2026)", "", 0},
		{"Café", "", 0},
		{"Cafe\u0301", whatNotNFC, 4}, // the name must arrive composed (NFC)
		{NormalizeName("Cafe\u0301"), "", 0},
		{"👨\u200d👩\u200d👧", "", 0}, // a family joined with ZWJ
		{"Team 👩🏽\u200d💻 och 🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "", 0},
		{"a\u200db", whatInvisible, 2}, // a ZWJ outside an emoji
		{"abc\u200edcb", whatBidi, 4},
		{"abc\u2066x\u2069", whatBidi, 4},
		{"abc\u202adcb", whatBidi, 4},
		{"a\rb", whatLineBreak, 2},
		{"a\u2028b", whatLineBreak, 2},
		{"\u00a0\u00a0", whatBlank, 1},
		{"\u0301\u0308", whatMarksOnly, 1},
		{"\u3164", whatInvisible, 1},
		{"Ελληνικά, 日本語, עברית", "", 0},
		{"Lön i €", "", 0},
		{"Ekonomi\x00", whatControl, 8},
		{"Pling\a", whatControl, 6},
		{"\x1b[31mRöd", whatControl, 1},
		{"a\tb", whatControl, 2},
		{"a\nb", whatLineBreak, 2},
		{"a\x7fb", whatControl, 2},
		{"a\u0085b", whatLineBreak, 2},
		{"Löne\u200bsystem", whatInvisible, 5},
		{"Löne\u200csystem", whatInvisible, 5},
		{"Löne\u200dsystem", whatInvisible, 5},
		{"Löne\u2060system", whatInvisible, 5},
		{"\ufeffLönesystem", whatInvisible, 1},
		{"Löne\u00adsystem", whatInvisible, 5},
		{"abc\u202edcb", whatBidi, 4},
		{"x\ufffe", whatNonChar, 2},
		{"x\uffff", whatNonChar, 2},
		{"x\ufdd0", whatNonChar, 2},
		{"x\U0001FFFF", whatNonChar, 2},
		{"x\U0010FFFE", whatNonChar, 2},
		{"x\ue000", whatPrivate, 2},
		{"x\xffy", whatInvalid, 2},
		{"x\xc3", whatInvalid, 2},
	}
	for _, c := range cases {
		err := ValidateName(c.name)
		if c.what == "" {
			if err != nil {
				t.Errorf("%q refused: %v", c.name, err)
			}
			continue
		}
		var ne *NameError
		if !errors.As(err, &ne) || ne.What != c.what || ne.Pos != c.pos {
			t.Errorf("%q: %v (%+v), want %s at %d", c.name, err, ne, c.what, c.pos)
			continue
		}
		if !errors.Is(err, ErrNameCharacter) {
			t.Errorf("%q: not ErrNameCharacter", c.name)
		}
		msg := err.Error()
		if !strings.Contains(msg, "Namnet") || !strings.Contains(msg, c.what) || strings.ContainsRune(msg, 0) {
			t.Errorf("message %q", msg)
		}
	}
}

func TestNormalizeNameComposes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Cafe\u0301", "Café"},
		{"  A\u030angermanland\t kommun ", "Ångermanland kommun"},
		{"o\u0308versikt", "översikt"},
		{"Café", "Café"},
	}
	for _, c := range cases {
		if got := NormalizeName(c.in); got != c.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if !SameName("Cafe\u0301", "CAFÉ") {
		t.Error("decomposed and composed names differ")
	}
}

// TestTextLength: a name or description longer than Excel's 32,767
// characters is refused, counted as Excel counts; one at the limit is
// kept.
func TestTextLength(t *testing.T) {
	if err := ValidateName(strings.Repeat("a", MaxTextChars)); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	for _, err := range []error{
		ValidateName(strings.Repeat("a", 40_000)),
		ValidateName(strings.Repeat("😀", MaxTextChars/2+1)),
		ValidateDescription(strings.Repeat("Lång text. ", 4000)),
	} {
		if !errors.Is(err, ErrTextTooLong) || !strings.Contains(err.Error(), "32767") {
			t.Errorf("too long: %v", err)
		}
	}
	if err := ValidateDescription("Rad ett\nRad två\tmed tabb"); err != nil {
		t.Errorf("multi-line description: %v", err)
	}
	if err := ValidateDescription("Rad \u202eett"); err == nil {
		t.Error("bidi override in a description accepted")
	}
	a := Asset{Name: "Lön", Description: strings.Repeat("x", 40_000)}
	if err := a.Validate(); !errors.Is(err, ErrTextTooLong) {
		t.Errorf("asset with a long description: %v", err)
	}
	a = Asset{Name: "Lön\u202e"}
	if err := a.Validate(); !errors.Is(err, ErrNameCharacter) {
		t.Errorf("asset with a bidi override: %v", err)
	}
}
