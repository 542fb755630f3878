package domain

import (
	"errors"
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
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
	Name  string
	Field string // the field's label for a text other than a name, such as "Informationsägare"
	Rune  rune   // the character; utf8.RuneError for bytes that are not UTF-8
	Pos   int    // which character of the name, from 1
	What  string // what sort of character, in Swedish
}

func (e *NameError) Error() string {
	format, args := e.Message()
	return fmt.Sprintf(format, args...)
}

// Message returns the error's Swedish format and its arguments for
// translation. The name is quoted with Go's escapes, so the character
// the user cannot see is shown.
func (e *NameError) Message() (format string, args []any) {
	if e.Field != "" {
		return "Fältet %s innehåller %s (U+%04X, tecken %d), som inte får finnas i texten. Ta bort tecknet och skriv texten igen.", []any{e.Field, e.What, e.Rune, e.Pos}
	}
	return "Namnet %q innehåller %s (U+%04X, tecken %d), som inte får finnas i ett namn. Ta bort tecknet och skriv namnet igen.", []any{e.Name, e.What, e.Rune, e.Pos}
}

// Is makes errors.Is(err, ErrNameCharacter) true.
func (e *NameError) Is(target error) bool { return target == ErrNameCharacter }

// The kinds of refused character, as NameError.What.
const (
	whatControl   = "ett styrtecken"
	whatInvisible = "ett osynligt formateringstecken"
	whatBidi      = "ett tecken som vänder textens riktning"
	whatLineBreak = "en radbrytning"
	whatNonChar   = "ett icke-tecken"
	whatPrivate   = "ett tecken för privat bruk, som inte kan visas"
	whatInvalid   = "en ogiltig teckenkod"
	whatMarksOnly = "bara kombinerande tecken (accenter utan bokstav)"
	whatBlank     = "bara blanksteg"
	whatNotNFC    = "ett tecken som inte är normaliserat (NFC)"
)

// MaxTextChars is the longest text Excel holds in a cell, counted as
// Excel counts (UTF-16 code units). A longer name or description would
// be cut by an export, and the cut name read back as another asset.
const MaxTextChars = 32_767

// ErrTextTooLong is matched, with errors.Is, by every *TextLengthError.
var ErrTextTooLong = errors.New("texten är längre än Excel kan hålla i en cell")

// TextLengthError is a name or description longer than MaxTextChars.
type TextLengthError struct {
	What  string // "Namnet", or a field's label such as "Beskrivning"
	Chars int
}

func (e *TextLengthError) Error() string {
	format, args := e.Message()
	return fmt.Sprintf(format, args...)
}

// Message returns the error's Swedish format and its arguments.
func (e *TextLengthError) Message() (format string, args []any) {
	if e.What != "Namnet" {
		return "Fältet %s har %d tecken; Excel rymmer högst %d tecken i en cell. Korta texten.", []any{e.What, e.Chars, MaxTextChars}
	}
	return "%s är %d tecken långt; Excel rymmer högst %d tecken i en cell. Korta texten.", []any{e.What, e.Chars, MaxTextChars}
}

// Is makes errors.Is(err, ErrTextTooLong) true.
func (e *TextLengthError) Is(target error) bool { return target == ErrTextTooLong }

// excelChars counts s as Excel does, in UTF-16 code units.
func excelChars(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// ValidateName is the one rule for a name, applied alike by every
// preview and every write, so that they never disagree. A name is NFC,
// at most MaxTextChars long, and holds no character a user cannot see
// or that means nothing in text, because such a name looks like another
// one and would make two assets of one (and is lost or changed on the
// way through Excel): control characters (NUL, BEL, ESC, tab, newline,
// carriage return, DEL, C1; NormalizeName has already made tab and
// newline spaces), line and paragraph separators, direction marks,
// embeddings, overrides and isolates (U+200E/F, U+202A–E, U+2066–9),
// the other invisible format characters (zero-width space, word joiner,
// byte order mark, soft hyphen, the rest of Unicode's Cf, Hangul
// fillers), noncharacters (U+FFFE, U+FFFF and the like in every plane,
// U+FDD0–U+FDEF), private-use characters, and bytes that are not UTF-8.
// A name of only spaces (NBSP too) or only combining marks is refused.
// A zero-width joiner, variation selector or tag character is allowed
// inside an emoji's grapheme cluster (a family 👨‍👩‍👧, a flag). The
// error is a *NameError or a *TextLengthError. Call it on the
// normalised name.
func ValidateName(name string) error {
	if n := excelChars(name); n > MaxTextChars {
		return &TextLengthError{What: "Namnet", Chars: n}
	}
	if name == "" {
		return nil
	}
	pos, marks, blanks := 0, 0, 0
	rest := name
	state := -1
	for rest != "" {
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		emoji := emojiCluster(cluster)
		for i, r := range cluster {
			pos++
			if what := refusedRune(cluster, i, r, emoji); what != "" {
				return &NameError{Name: name, Rune: r, Pos: pos, What: what}
			}
			if unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) {
				marks++
			}
			if unicode.IsSpace(r) {
				blanks++
			}
		}
	}
	first, _ := utf8.DecodeRuneInString(name)
	switch {
	case marks == pos:
		return &NameError{Name: name, Rune: first, Pos: 1, What: whatMarksOnly}
	case blanks == pos:
		return &NameError{Name: name, Rune: first, Pos: 1, What: whatBlank}
	case !norm.NFC.IsNormalString(name):
		i := norm.NFC.QuickSpanString(name)
		r, _ := utf8.DecodeRuneInString(name[i:])
		return &NameError{Name: name, Rune: r, Pos: utf8.RuneCountInString(name[:i]) + 1, What: whatNotNFC}
	}
	return nil
}

// refusedRune says what sort of refused character r, at byte i of its
// grapheme cluster, is; "" when it is allowed.
func refusedRune(cluster string, i int, r rune, emoji bool) string {
	switch {
	case r == utf8.RuneError:
		if _, size := utf8.DecodeRuneInString(cluster[i:]); size <= 1 {
			return whatInvalid
		}
	case r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029:
		return whatLineBreak
	case unicode.IsControl(r):
		return whatControl
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return whatBidi
	case emoji && i > 0 && (r == 0x200D || r >= 0xE0020 && r <= 0xE007F):
		return "" // joins an emoji: 👨‍👩‍👧, 🏴󠁧󠁢󠁳󠁣󠁴󠁿
	case unicode.Is(unicode.Cf, r), r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0, r == 0x2800:
		return whatInvisible
	case nonCharacter(r):
		return whatNonChar
	case unicode.Is(unicode.Co, r):
		return whatPrivate
	}
	return ""
}

// emojiCluster reports whether a grapheme cluster is an emoji: it starts
// with a pictographic symbol.
func emojiCluster(cluster string) bool {
	r, _ := utf8.DecodeRuneInString(cluster)
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0x1F3F4 || unicode.Is(unicode.So, r)
}

// ValidateDescription is ValidateText for an asset's description.
func ValidateDescription(text string) error { return ValidateText("Beskrivning", text) }

// ValidateText refuses the text of the field labelled field (an asset's
// description, owner, system …) when it is longer than Excel holds, or
// holds control characters other than tab and line breaks, bidi
// controls (which would show the text reversed), noncharacters or
// private-use characters. The error is a *NameError naming the field, or
// a *TextLengthError.
func ValidateText(field, text string) error {
	if n := excelChars(text); n > MaxTextChars {
		return &TextLengthError{What: field, Chars: n}
	}
	pos := 0
	for i, r := range text {
		pos++
		if r == '\n' || r == '\r' || r == '\t' {
			continue
		}
		what := refusedRune(text, i, r, false)
		switch what {
		case "", whatLineBreak, whatInvisible:
			continue // soft hyphens and joiners belong in running text
		}
		return &NameError{Name: text, Field: field, Rune: r, Pos: pos, What: what}
	}
	return nil
}

// nonCharacter reports whether r is one of Unicode's 66 noncharacters.
func nonCharacter(r rune) bool {
	return r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}
