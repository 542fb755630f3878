package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func textSheet(s string) func(io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }

// readSheet1 reads the first sheet of a workbook made of sheet and sst.
func readSheet1(t *testing.T, sheet string, sst string) (*grid, error) {
	t.Helper()
	var sf func(io.Writer)
	if sst != "" {
		sf = textSheet(sst)
	}
	data := buildBook(t, oneSheet(textSheet(sheet)), sf)
	b, err := openBook(data, DefaultLimits)
	if err != nil {
		return nil, err
	}
	return b.read(&b.sheets[0])
}

// TestReaderText: a byte order mark before a part's XML is accepted;
// phonetic runs are not part of the text, in shared and inline strings;
// "]]>" in text is refused as encoding/xml refuses it.
func TestReaderText(t *testing.T) {
	bom := "\xEF\xBB\xBF"
	g, err := readSheet1(t,
		bom+`<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c></row></sheetData></worksheet>`,
		bom+`<?xml version="1.0"?><sst><si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></si></sst>`)
	if err != nil {
		t.Fatalf("BOM refused: %v", err)
	}
	if got := strings.Join(g.rows[0], "|"); got != "漢字|東京" {
		t.Errorf("cells %q, want the text without its phonetic reading", got)
	}
	if _, err := readSheet1(t, `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a]]>b</t></is></c></row></sheetData></worksheet>`, ""); !errors.Is(err, ErrBrokenXML) {
		t.Errorf("]]> in text: %v", err)
	}
	if err := scanAll(`<a>]]></a>`); err == nil {
		t.Error("<a>]]></a> accepted")
	}
}

// TestDuplicateZipEntries: a package with two parts of one name is
// refused, since Excel and the import could read different sheets.
func TestDuplicateZipEntries(t *testing.T) {
	good := smallBook(t)
	zr, _ := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		w, _ := zw.Create(f.Name)
		w.Write(b)
		if f.Name == "xl/worksheets/sheet1.xml" {
			w, _ := zw.Create(f.Name)
			w.Write(bytes.Replace(b, []byte("Lönesystem"), []byte("Annat"), 1))
		}
	}
	zw.Close()
	_, err := ReadOptions(bytes.NewReader(out.Bytes()), Options{Model: domain.DefaultModel()})
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "två gånger") {
		t.Errorf("duplicate entry: %v", err)
	}
}

// TestTooLargeSaysTheFigures: the size limit's message gives the file's
// real size, not the limit twice.
func TestTooLargeSaysTheFigures(t *testing.T) {
	data := smallBook(t)
	lim := DefaultLimits
	lim.FileBytes = int64(len(data)) - 1
	_, err := ReadOptions(bytes.NewReader(data), Options{Limits: &lim, Model: domain.DefaultModel()})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v", err)
	}
	if a, b := sizes(int64(len(data)), lim.FileBytes); a == b || !strings.Contains(err.Error(), a) {
		t.Errorf("message %q, sizes %q and %q", err, a, b)
	}
}
