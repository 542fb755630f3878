package xlsx

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

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

// TestErrorCells: a level cell holding #REF! is named with its cell and
// stops the import, instead of being read as empty; an error in a column
// that is not read says nothing.
func TestErrorCells(t *testing.T) {
	data := rezip(t, smallBook(t), func(name string, b []byte) []byte {
		if !strings.HasSuffix(name, "sheet1.xml") {
			return b
		}
		return regexp.MustCompile(`<c r="D3"([^>]*)><v>2</v></c>`).ReplaceAll(b, []byte(`<c r="D3" t="e"><v>#REF!</v></c>`))
	})
	p, err := Read(bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, pr := range p.Problems {
		msgs = append(msgs, pr.String())
	}
	text := strings.Join(msgs, "\n")
	if p.OK() || !strings.Contains(text, "cellen D3 innehåller felvärdet #REF!") || !strings.Contains(text, "rad 3") {
		t.Errorf("problems:\n%s", text)
	}
}

// TestOnlyHiddenSheet: a list kept on a hidden sheet, beside only
// instructions, is read and named as hidden.
func TestOnlyHiddenSheet(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Instruktioner")
	f.SetCellValue("Instruktioner", "A1", "Fyll i listan på bladet Register")
	f.NewSheet("Register")
	rows(f, "Register", [][]any{{"Informationstillgång", "Ägare", "K"}, {"Lönesystem", "Johan Ek", 2}, {"Diarium", "Eva Sundberg", 3}})
	f.SetSheetVisible("Register", false)
	var buf bytes.Buffer
	f.Write(&buf)
	p, err := Read(&buf, "")
	if err != nil || p.Sheet != "Register" || len(p.Items) != 2 {
		t.Fatalf("%v %q %d items", err, p.Sheet, len(p.Items))
	}
	if !strings.Contains(strings.Join(p.Notes, "\n"), "bladet Register (dolt) lästes") {
		t.Errorf("notes %q", p.Notes)
	}
}
