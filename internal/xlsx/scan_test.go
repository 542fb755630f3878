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

// TestMalformedXMLRefusedAsEncodingXML: every document here is one
// encoding/xml refuses — "]]>" in text, characters and character
// references XML does not allow (the fuzzer found &#01; accepted),
// mismatched and unclosed tags, bare ampersands, a second root — and
// the scanner, the sheet reader and the shared-string reader refuse it
// too, as text of a cell.
func TestMalformedXMLRefusedAsEncodingXML(t *testing.T) {
	for _, s := range []string{
		`<a>]]></a>`, `<a>x]]>y</a>`, `<a b="]]>"><c>]]></c></a>`,
		`<a>&#01;</a>`, `<a>&#x1F;</a>`, `<a>&#xFFFE;</a>`, `<a>&#xFFFF;</a>`, `<a>&#0;</a>`, `<a>&#x110000;</a>`,
		"<a>\uFFFE</a>", "<a>\uFFFF</a>", "<a>\x01</a>", "<a>\xed\xa0\x80</a>", `<a b="&#2;"/>`,
		`<a><b></a></b>`, `<a>`, `</a>`, `<a>&amp</a>`, `<a>&;</a>`, `<a></a><a/>`, `<a b=1/>`, `<a:b:c/>`, `<a x:y:z="1"/>`, `<?xml version="1.0//"?><a/>`, `<?.ml x?><a/>`, `<?-a?><a/>`, "<a><![CDATA[\x01]]></a>", "<a><![CDATA[\uFFFE]]></a>", `<?xml version="1.1"?><a/>`, `<?xml version="1.0" encoding="UTF-16"?><a/>`, `<a><?xml version='2'?></a>`, "<a\u0791/>", "<a b\u0491\u0791=\"1\"/>", `<:a></a>`, `<x:a></y:a>`, `<x:a></a>`, `<a></x:a>`, `<a><</a>`,
	} {
		if wellFormed(s) {
			t.Errorf("encoding/xml reads %q: not a case", s)
			continue
		}
		if err := scanAll(s); err == nil {
			t.Errorf("the scanner accepts %q", s)
		}
		if !strings.HasPrefix(s, "<a>") || !strings.HasSuffix(s, "</a>") {
			continue
		}
		inner := strings.TrimSuffix(strings.TrimPrefix(s, "<a>"), "</a>")
		sheet := `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>` + inner + `</t></is></c></row></sheetData></worksheet>`
		b := &book{lim: fuzzLimits}
		if _, err := b.scanSheet(&sheetInfo{name: "Blad1"}, newScannerDepth(strings.NewReader(sheet), fuzzLimits.Depth), nil); err == nil {
			t.Errorf("the sheet reader accepts a cell %q", inner)
		}
		sst := `<sst><si><t>` + inner + `</t></si></sst>`
		if err := (&book{lim: fuzzLimits}).scanSharedStrings("xl/sharedStrings.xml", newScannerDepth(strings.NewReader(sst), fuzzLimits.Depth)); err == nil {
			t.Errorf("the shared-string reader accepts %q", inner)
		}
	}
	for _, s := range []string{`<a>]]&gt;</a>`, `<a><![CDATA[]]]]><![CDATA[>]]></a>`, `<a>&#x9;&#xA;&#xD;&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;</a>`, "<a>\U0010FFFF</a>", `<ärende typ="å"/>`, `<?xml version="1.0" encoding="utf-8" standalone="yes"?><a/>`, `<?xml version=1.1?><a/>`, `<x:a><:b></:b></x:a>`, `<a:/>`} {
		if !wellFormed(s) {
			t.Errorf("encoding/xml refuses %q: not a case", s)
		} else if err := scanAll(s); err != nil {
			t.Errorf("the scanner refuses well-formed %q: %v", s, err)
		}
	}
}

// TestWideNamesAreBounded: a name with other than ASCII costs a decoder
// of encoding/xml, so a part of a million of them is refused once it
// passes the thousandth; a thousand are read.
func TestWideNamesAreBounded(t *testing.T) {
	few := "<a>" + strings.Repeat("<ä/>", maxWideNames) + "</a>"
	if err := scanAll(few); err != nil {
		t.Errorf("%d names with ä refused: %v", maxWideNames, err)
	}
	x := newScanner(strings.NewReader("<a>" + strings.Repeat("<ä/>", 1_000_000) + "</a>"))
	var err error
	for err == nil {
		err = x.next()
	}
	if err == io.EOF || x.wide != maxWideNames+1 || !strings.Contains(err.Error(), "fler än 1000 namn") {
		t.Errorf("a million names with ä: %v after %d judged", err, x.wide)
	}
}
