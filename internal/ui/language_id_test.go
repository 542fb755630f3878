package ui

import "testing"

func TestLanguageOfLANGID(t *testing.T) {
	for id, want := range map[uint16]string{
		0x041d: "sv", // sv-SE
		0x081d: "sv", // sv-FI
		0x0409: "en", // en-US
		0x0809: "en", // en-GB
		0x0414: "",   // nb-NO
		0x040b: "",   // fi-FI
		0x0000: "",
	} {
		if got := languageOfLANGID(id); got != want {
			t.Errorf("languageOfLANGID(%#04x) = %q, want %q", id, got, want)
		}
	}
}
