package main

import (
	"fmt"
	"strings"
	"unicode"
)

// termSafe returns s with every control character, escape or OSC
// sequence and bidi control written as a visible escape (\x1b, \u202e),
// so that text from a workbook or a database cannot move the cursor,
// erase or fake lines, or reverse what the terminal shows.
func termSafe(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafeRune(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 ||
		r == 0x200E || r == 0x200F || r == 0x061C || r == 0x2028 || r == 0x2029 || r == unicode.ReplacementChar
}
