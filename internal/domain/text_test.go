package domain

import (
	"errors"
	"strings"
	"testing"
)

// TestLineBreaksInFields: a one-line field never keeps a line break (it
// becomes a space), a multi-line field keeps each as "\n"; every text
// field but the name refuses bidi controls and more than Excel's 32,767
// characters, naming the field.
func TestLineBreaksInFields(t *testing.T) {
	for _, c := range []struct{ in, one, multi string }{
		{"Anna\rBerg", "Anna Berg", "Anna\nBerg"},
		{"Anna\r\nBerg", "Anna Berg", "Anna\nBerg"},
		{"Anna\nBerg\n", "Anna Berg", "Anna\nBerg\n"},
		{"HR\u2028lön\u2029x\u0085y", "HR lön x y", "HR\nlön\nx\ny"},
		{"  Ingen  brytning ", "Ingen brytning", "  Ingen  brytning "},
	} {
		if got := OneLine(c.in); got != c.one {
			t.Errorf("OneLine(%q) = %q, want %q", c.in, got, c.one)
		}
		if got := MultiLine(c.in); got != c.multi {
			t.Errorf("MultiLine(%q) = %q, want %q", c.in, got, c.multi)
		}
		if got := SpaceLineBreaks(c.in); strings.ContainsAny(got, "\r\n\u0085\u2028\u2029") {
			t.Errorf("SpaceLineBreaks(%q) = %q", c.in, got)
		}
	}
	a := Asset{Name: "Löne\r\nsystem", OwnerName: "Anna\rBerg", OwnerRole: "Chef\u2028HR", ManagementObject: "HR\n",
		System: "Heroma\r", Supplier: "CGI\r\nSverige", StatusReason: "x\ry", PriorityReason: "a\nb",
		Description: "Ett\r\ntvå\rtre", Notes: "n\r\nm"}
	a.Normalize()
	want := Asset{Name: "Löne system", OwnerName: "Anna Berg", OwnerRole: "Chef HR", ManagementObject: "HR",
		System: "Heroma", Supplier: "CGI Sverige", StatusReason: "x y", PriorityReason: "a b",
		Description: "Ett\ntvå\ntre", Notes: "n\nm"}
	if a != want {
		t.Errorf("normalised\n %+v\nwant\n %+v", a, want)
	}
	for _, c := range []struct {
		a     Asset
		field string
	}{
		{Asset{Name: "Lön", OwnerName: "Anna \u202EBerg"}, "Informationsägare"},
		{Asset{Name: "Lön", Supplier: "CGI\u2066"}, "Leverantör"},
		{Asset{Name: "Lön", Notes: "a\x1bb"}, "Anteckningar"},
		{Asset{Name: "Lön", System: strings.Repeat("x", MaxTextChars+1)}, "System"},
		{Asset{Name: "Lön", Description: strings.Repeat("é", MaxTextChars+1)}, "Beskrivning"},
	} {
		err := c.a.Validate()
		var ne *NameError
		var le *TextLengthError
		switch {
		case errors.As(err, &ne) && ne.Field == c.field, errors.As(err, &le) && le.What == c.field:
			if !strings.HasPrefix(err.Error(), "Fältet "+c.field) {
				t.Errorf("message %q", err)
			}
		default:
			t.Errorf("%s: %v", c.field, err)
		}
	}
	ok := Asset{Name: "Lön", Description: "Rad\n\tindrag", OwnerName: "Ann\u00adBerg", Notes: "👨‍👩‍👧"}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid asset refused: %v", err)
	}
}
