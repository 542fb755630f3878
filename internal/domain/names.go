package domain

import (
	"errors"
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

var (
	collatorMu sync.Mutex
	collator   = collate.New(language.Swedish, collate.IgnoreCase)
)

// NameLess reports whether name a sorts before b in Swedish order
// (… x y z å ä ö), ignoring case and surrounding space.
func NameLess(a, b string) bool {
	collatorMu.Lock()
	defer collatorMu.Unlock()
	return collator.CompareString(NormalizeName(a), NormalizeName(b)) < 0
}

// nfc composes s (Unicode normalisation form C), so that "é" typed as
// one character and as "e" with a combining accent are the same name.
func nfc(s string) string { return norm.NFC.String(s) }

// ErrNameCharacter is matched, with errors.Is, by every *NameError.
var ErrNameCharacter = errors.New("namnet innehåller ett tecken som inte får finnas i ett namn")

// NameError is a name refused for a character in it.
type NameError struct {
	Name string
	Rune rune   // the character; utf8.RuneError for bytes that are not UTF-8
	Pos  int    // which character of the name, from 1
	What string // what sort of character, in Swedish
}

func (e *NameError) Error() string {
	format, args := e.Message()
	return fmt.Sprintf(format, args...)
}

// Message returns the error's Swedish format and its arguments for
// translation. The name is quoted with Go's escapes, so the character
// the user cannot see is shown.
func (e *NameError) Message() (format string, args []any) {
	return "Namnet %q innehåller %s (U+%04X, tecken %d), som inte får finnas i ett namn. Ta bort tecknet och skriv namnet igen.", []any{e.Name, e.What, e.Rune, e.Pos}
}

// Is makes errors.Is(err, ErrNameCharacter) true.
func (e *NameError) Is(target error) bool { return target == ErrNameCharacter }

// The kinds of refused character, as NameError.What.
const (
	whatControl   = "ett styrtecken"
	whatInvisible = "ett osynligt formateringstecken"
	whatNonChar   = "ett icke-tecken"
	whatPrivate   = "ett tecken för privat bruk, som inte kan visas"
	whatInvalid   = "en ogiltig teckenkod"
)

// ValidateName refuses a name that holds a character a user cannot see
// or that means nothing in text, because such a name looks like another
// one and would make two assets of one (and is lost or changed on the
// way through Excel): control characters (NUL, BEL, ESC, tab, newline,
// DEL, C1; NormalizeName has already made tab and newline spaces),
// invisible format characters (zero-width space, joiner and non-joiner
// U+200B–U+200D, word joiner U+2060, byte order mark U+FEFF, soft hyphen,
// direction marks and overrides, and the rest of Unicode's Cf), the
// noncharacters (U+FFFE, U+FFFF and the like in every plane, U+FDD0–
// U+FDEF), private-use characters, and bytes that are not UTF-8. The
// error is a *NameError. Call it on the normalised name.
func ValidateName(name string) error {
	pos := 0
	for i, r := range name {
		pos++
		what := ""
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(name[i:]); size <= 1 {
				what = whatInvalid
			}
		case unicode.IsControl(r):
			what = whatControl
		case unicode.Is(unicode.Cf, r):
			what = whatInvisible
		case nonCharacter(r):
			what = whatNonChar
		case unicode.Is(unicode.Co, r):
			what = whatPrivate
		}
		if what != "" {
			return &NameError{Name: name, Rune: r, Pos: pos, What: what}
		}
	}
	return nil
}

// nonCharacter reports whether r is one of Unicode's 66 noncharacters.
func nonCharacter(r rune) bool {
	return r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}
