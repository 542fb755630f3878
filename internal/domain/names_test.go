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
		{"Cafe\u0301", "", 0}, // a combining accent is a character like any
		{"Ελληνικά, 日本語, עברית", "", 0},
		{"Lön i €", "", 0},
		{"Ekonomi\x00", whatControl, 8},
		{"Pling\a", whatControl, 6},
		{"\x1b[31mRöd", whatControl, 1},
		{"a\tb", whatControl, 2},
		{"a\nb", whatControl, 2},
		{"a\x7fb", whatControl, 2},
		{"a\u0085b", whatControl, 2},
		{"Löne\u200bsystem", whatInvisible, 5},
		{"Löne\u200csystem", whatInvisible, 5},
		{"Löne\u200dsystem", whatInvisible, 5},
		{"Löne\u2060system", whatInvisible, 5},
		{"\ufeffLönesystem", whatInvisible, 1},
		{"Löne\u00adsystem", whatInvisible, 5},
		{"abc\u202edcb", whatInvisible, 4},
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
