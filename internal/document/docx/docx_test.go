package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/document"
)

// TestWriteEscapesEverything writes texts that XML would choke on: each
// part is well formed and the text comes back as written.
func TestWriteEscapesEverything(t *testing.T) {
	hostile := "Å&Ö <b>fet</b> \"citat\" ]]> \x01\x0b slut"
	d := &document.Doc{Title: hostile, Mark: "Utkast – inte fastställd", Footer: hostile, Blocks: []document.Block{
		document.Heading{Level: 1, Text: hostile},
		document.Paragraph{Text: "rad ett\nrad två", Placeholder: true},
		document.List{Items: []string{hostile}},
		document.Table{Header: []string{"A", "B"}, Rows: [][]string{{hostile}, {"1", "2", "3"}}},
		document.Fields{Rows: [][2]string{{"Etikett", hostile}}},
		document.Image{PNG: []byte("\x89PNG"), Width: 100, Height: 50, Caption: hostile},
		document.PageBreak{}, document.Keep{Height: 10}, document.Signature{Label: "Ägare", Name: hostile},
	}}
	var buf bytes.Buffer
	if err := Write(&buf, d, time.Date(2026, 1, 20, 10, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	for _, f := range z.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			if err := wellFormed(data); err != nil {
				t.Errorf("%s: %v", f.Name, err)
			}
		}
		if f.Name == "word/document.xml" {
			doc = string(data)
		}
	}
	if !strings.Contains(doc, "Å&amp;Ö &lt;b&gt;fet&lt;/b&gt;") || strings.Contains(doc, "\x01") {
		t.Errorf("text not escaped as it should be")
	}
	if !strings.Contains(doc, `<w:pStyle w:val="Heading1"/>`) || !strings.Contains(doc, `r:embed="rIdImg1"`) {
		t.Error("no heading style or image reference")
	}
}
