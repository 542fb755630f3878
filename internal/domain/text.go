package domain

import "strings"

// OneLine returns s as a one-line field holds it — a name, the owner and
// the owner's role, the förvaltningsobjekt, the system, the supplier, a
// reason, who decided, a participant: every line break (CR, LF, CRLF,
// NEL, U+2028, U+2029) and tab becomes a space, runs of white space fold
// to one, the ends are trimmed and the text is composed (NFC). A pasted
// carriage return never stays inside a one-line field, whether it came
// from a screen, an import or the command line: the store normalises
// every write through Asset.Normalize, and the import's preview shows
// the text so normalised.
func OneLine(s string) string { return NormalizeName(s) }

// lineBreaks turns every kind of line break into "\n".
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

// breaksToSpaces turns every kind of line break into one space.
var breaksToSpaces = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ", "\u0085", " ", "\u2028", " ", "\u2029", " ")

// SpaceLineBreaks returns s with every line break (CRLF counting as
// one) made a space and nothing else changed, for a one-line field
// while it is typed in: the spaces around the text are OneLine's when it
// is stored.
func SpaceLineBreaks(s string) string {
	if !strings.ContainsAny(s, "\r\n\u0085\u2028\u2029") {
		return s
	}
	return breaksToSpaces.Replace(s)
}

// MultiLine returns s as a multi-line field holds it — a description,
// notes, a motivation, a scope: its line breaks kept, each one "\n"
// (CRLF, a lone CR, NEL, U+2028 and U+2029 alike).
func MultiLine(s string) string {
	if !strings.ContainsAny(s, "\r\u0085\u2028\u2029") {
		return s
	}
	return lineBreaks.Replace(s)
}

// Normalize puts every text field of the asset in the form it is stored
// in: the name and the other one-line fields through OneLine, the
// description and the notes through MultiLine.
func (a *Asset) Normalize() {
	a.Name = NormalizeName(a.Name)
	for _, f := range a.oneLineFields() {
		*f.text = OneLine(*f.text)
	}
	a.Description, a.Notes = MultiLine(a.Description), MultiLine(a.Notes)
}

// textField is one of an asset's text fields and its label, for messages.
type textField struct {
	label string
	text  *string
}

func (a *Asset) oneLineFields() []textField {
	return []textField{{"Informationsägare", &a.OwnerName}, {"Ägarens roll", &a.OwnerRole},
		{"Förvaltningsobjekt", &a.ManagementObject}, {"System", &a.System}, {"Leverantör", &a.Supplier},
		{"Statusskäl", &a.StatusReason}, {"Skäl för justering", &a.PriorityReason}}
}

// validateFields applies ValidateText to every text field but the name.
func (a *Asset) validateFields() error {
	fields := append(a.oneLineFields(), textField{"Beskrivning", &a.Description}, textField{"Anteckningar", &a.Notes})
	for _, f := range fields {
		if err := ValidateText(f.label, *f.text); err != nil {
			return err
		}
	}
	return nil
}
