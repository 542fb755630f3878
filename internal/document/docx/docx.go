// Package docx writes a document.Doc as a Word document (.docx, Office
// Open XML). No Go library for .docx is served by the module proxy this
// project builds with (github.com/gomutex/godocx lists no version,
// github.com/ubavic/godocx is refused), so this is a small, strict
// writer over archive/zip and encoding/xml: it writes only the parts
// Word and LibreOffice need (styles with real heading levels, so that
// the ISAM's table of contents works, tables, PNG images, a header mark
// and page numbers), every text escaped by encoding/xml.
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/infoklass/infoklass/internal/document"
	"github.com/infoklass/infoklass/internal/tempfile"
)

// twipsPerMM converts millimetres to twentieths of a point; emuPerMM to
// English Metric Units.
const (
	twipsPerMM = 56.6929
	emuPerMM   = 36000
	textWidth  = 170.0 // mm between the margins of A4 with 20 mm margins
)

// writer builds word/document.xml and collects the images.
type writer struct {
	body   bytes.Buffer
	images [][]byte
}

// Write writes d as a .docx to w; made is the document's creation time.
func Write(w io.Writer, d *document.Doc, made time.Time) error {
	wr := &writer{}
	wr.title(d)
	for _, b := range d.Blocks {
		wr.block(b)
	}
	z := zip.NewWriter(w)
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(contentTypes)},
		{"_rels/.rels", []byte(rootRels)},
		{"docProps/core.xml", []byte(core(d.Title, made))},
		{"word/styles.xml", []byte(styles)},
		{"word/settings.xml", []byte(settings)},
		{"word/_rels/document.xml.rels", []byte(wr.rels())},
		{"word/document.xml", []byte(wr.document())},
		{"word/header1.xml", []byte(header(d.Mark))},
		{"word/footer1.xml", []byte(footer(d.Footer))},
	}
	for i, img := range wr.images {
		parts = append(parts, struct {
			name string
			data []byte
		}{fmt.Sprintf("word/media/image%d.png", i+1), img})
	}
	for _, p := range parts {
		if strings.HasSuffix(p.name, ".xml") || strings.HasSuffix(p.name, ".rels") {
			if err := wellFormed(p.data); err != nil {
				return fmt.Errorf("docx: %s: %w", p.name, err)
			}
		}
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: made})
		if err != nil {
			return err
		}
		if _, err := f.Write(p.data); err != nil {
			return err
		}
	}
	return z.Close()
}

// WriteFile writes d to path through a temporary file beside it.
func WriteFile(path string, d *document.Doc, made time.Time) error {
	return tempfile.WriteAtomic(path, ".infoklass-docx-", ".docx", func(w io.Writer) error { return Write(w, d, made) })
}

// wellFormed reports the first XML error in data: the writer refuses to
// hand out a part that Word would reject.
func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// esc returns s escaped for XML text or an attribute, with the control
// characters XML 1.0 forbids dropped.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' {
			return -1
		}
		return r
	}, s)
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// run returns a text run, the lines of text split by line breaks.
func run(text string, props string) string {
	var b strings.Builder
	b.WriteString("<w:r>")
	if props != "" {
		b.WriteString("<w:rPr>" + props + "</w:rPr>")
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(line) + "</w:t>")
	}
	b.WriteString("</w:r>")
	return b.String()
}

// para writes a paragraph of style (may be "") with runs.
func (w *writer) para(style, pPr string, runs ...string) {
	w.body.WriteString("<w:p>")
	if style != "" || pPr != "" {
		w.body.WriteString("<w:pPr>")
		if style != "" {
			w.body.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		w.body.WriteString(pPr + "</w:pPr>")
	}
	for _, r := range runs {
		w.body.WriteString(r)
	}
	w.body.WriteString("</w:p>")
}

func (w *writer) title(d *document.Doc) {
	if d.Title != "" {
		w.para("Title", "", run(d.Title, ""))
	}
	if d.Subtitle != "" {
		w.para("Subtitle", "", run(d.Subtitle, ""))
	}
}

func (w *writer) block(b document.Block) {
	switch b := b.(type) {
	case document.Heading:
		w.para(fmt.Sprintf("Heading%d", min(max(b.Level, 1), 3)), "", run(b.Text, ""))
	case document.Paragraph:
		props := ""
		if b.Bold {
			props = "<w:b/>"
		}
		if b.Placeholder {
			props = `<w:i/><w:color w:val="7A4A00"/><w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>`
		}
		w.para("", "", run(b.Text, props))
	case document.List:
		for _, it := range b.Items {
			w.para("ListBullet", "", run("•", ""), "<w:r><w:tab/></w:r>", run(it, ""))
		}
	case document.Fields:
		w.table(nil, b.Cells(), []float64{1, 2.6}, true)
	case document.Table:
		w.table(b.Header, b.Rows, b.Widths, false)
	case document.Image:
		w.image(b)
	case document.PageBreak:
		w.para("", "", `<w:r><w:br w:type="page"/></w:r>`)
	case document.Signature:
		w.para("", `<w:spacing w:before="720"/>`, run("______________________________          ______________", ""))
		w.para("", "", run(b.Label+": "+b.Name+"                              Datum", ""))
	}
}

// table writes a bordered table; labels makes the first column bold.
func (w *writer) table(header []string, rows [][]string, widths []float64, labels bool) {
	n := len(header)
	for _, r := range rows {
		n = max(n, len(r))
	}
	if n == 0 {
		return
	}
	cols := make([]int, n)
	sum := 0.0
	for i := 0; i < n; i++ {
		sum += share(widths, i)
	}
	b := &w.body
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="Tabell"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for i := range cols {
		cols[i] = int(share(widths, i) / sum * textWidth * twipsPerMM)
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, cols[i])
	}
	b.WriteString("</w:tblGrid>")
	if header != nil {
		w.row(header, cols, true, false)
	}
	for _, r := range rows {
		w.row(r, cols, false, labels)
	}
	b.WriteString("</w:tbl>")
	w.para("", `<w:spacing w:after="0"/>`)
}

func share(widths []float64, i int) float64 {
	if i < len(widths) && widths[i] > 0 {
		return widths[i]
	}
	return 1
}

func (w *writer) row(cells []string, cols []int, header, labels bool) {
	b := &w.body
	b.WriteString("<w:tr>")
	if header {
		b.WriteString(`<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`)
	} else {
		b.WriteString(`<w:trPr><w:cantSplit/></w:trPr>`)
	}
	for i, width := range cols {
		text := ""
		if i < len(cells) {
			text = strings.TrimSpace(cells[i])
		}
		fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, width)
		if header {
			b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="E1E6EE"/>`)
		}
		b.WriteString("</w:tcPr>")
		props := ""
		if header || labels && i == 0 {
			props = "<w:b/>"
		}
		w.para("TableText", "", run(text, props))
		b.WriteString("</w:tc>")
	}
	b.WriteString("</w:tr>")
}

// image writes an inline PNG picture with its caption.
func (w *writer) image(img document.Image) {
	w.images = append(w.images, img.PNG)
	n := len(w.images)
	width := min(img.Width, textWidth)
	cx, cy := int(width*emuPerMM), int(img.Height*width/img.Width*emuPerMM)
	w.para("", "", fmt.Sprintf(`<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>`+
		`<wp:docPr id="%d" name="Bild %d" descr="%s"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`+
		`<pic:nvPicPr><pic:cNvPr id="%d" name="image%d.png"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="rIdImg%d"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`+
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
		cx, cy, n, n, esc(img.Caption), n, n, n, cx, cy))
	if img.Caption != "" {
		w.para("Caption", "", run(img.Caption, ""))
	}
}

func (w *writer) rels() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
		`<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`)
	for i := range w.images {
		fmt.Fprintf(&b, `<Relationship Id="rIdImg%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image%d.png"/>`, i+1, i+1)
	}
	b.WriteString("</Relationships>")
	return b.String()
}

func (w *writer) document() string {
	return xmlHeader + `<w:document ` + namespaces + `><w:body>` + w.body.String() +
		`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>` +
		`</w:sectPr></w:body></w:document>`
}
