package xlsx

import (
	"strings"
	"testing"
)

// fuzzLimits are small, so that the fuzzer reaches every limit.
var fuzzLimits = Limits{FileBytes: 1 << 20, PartBytes: 1 << 20, TotalBytes: 1 << 22, Rows: 1000, Cells: 5000,
	Kept: 5000, Sheets: 4, SharedStrings: 100, SharedBytes: 1 << 16, Depth: 16}

// FuzzSheetReader: the sheet reader never panics, keeps within its
// limits, and accepts no sheet that encoding/xml refuses. make fuzz runs
// it for 60 s.
func FuzzSheetReader(f *testing.F) {
	for _, s := range []string{
		`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t><rPh><t>y</t></rPh></is></c></row><row r="3" hidden="1"><c r="C3"><f>1+1</f><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`,
		"\xEF\xBB\xBF<worksheet><sheetData><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>",
		`<worksheet><sheetData><row><c><v>]]></v></c></row></sheetData></worksheet>`,
		`<a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a></a></a></a></a></a></a></a></a></a></a></a></a></a></a></a></a></a></a>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := &book{lim: fuzzLimits, sst: sharedStrings{text: "ab", ends: []uint32{1, 2}}}
		g, err := b.scanSheet(&sheetInfo{name: "Blad1"}, newScannerDepth(strings.NewReader(s), fuzzLimits.Depth), nil)
		if err != nil {
			return
		}
		if !wellFormed(strings.TrimPrefix(s, "\xEF\xBB\xBF")) && !strings.Contains(s, "<!") {
			t.Fatalf("sheet reader accepted %q, which encoding/xml refuses", s)
		}
		if n := b.kept.Load(); n > int64(fuzzLimits.Kept) || len(g.rows) > fuzzLimits.Rows {
			t.Fatalf("kept %d cells and rows, %d rows", n, len(g.rows))
		}
	})
}

// FuzzSharedStrings: the shared-string reader never panics, keeps
// within its limits, and accepts no table that encoding/xml refuses.
// make fuzz runs it for 60 s.
func FuzzSharedStrings(f *testing.F) {
	for _, s := range []string{
		`<sst count="2"><si><t>Lönesystem</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Diari</t></r><r><t>um</t></r><rPh><t>x</t></rPh></si></sst>`,
		"\xEF\xBB\xBF<sst><si/><si><t>&amp;&#229;</t></si></sst>",
		`<sst><si><si><t>a</t></si></si></sst>`,
		`<sst><si><t>a]]>b</t></si></sst>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := &book{lim: fuzzLimits}
		err := b.scanSharedStrings("xl/sharedStrings.xml", newScannerDepth(strings.NewReader(s), fuzzLimits.Depth))
		if err != nil {
			return
		}
		if !wellFormed(strings.TrimPrefix(s, "\xEF\xBB\xBF")) && !strings.Contains(s, "<!") {
			t.Fatalf("shared-string reader accepted %q, which encoding/xml refuses", s)
		}
		if b.sst.len() > fuzzLimits.SharedStrings || len(b.sst.text) > fuzzLimits.SharedBytes {
			t.Fatalf("%d strings, %d bytes", b.sst.len(), len(b.sst.text))
		}
		for i := range b.sst.len() {
			_ = b.sst.at(i)
		}
	})
}
