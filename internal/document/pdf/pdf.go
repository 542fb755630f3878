// Package pdf writes a document.Doc as an A4 PDF with go-pdf/fpdf, in
// Noto Sans (the font Fyne ships, so å, ä and ö print), with the
// document's mark at the top and "Sida N av M" at the bottom of every
// page.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"fyne.io/fyne/v2/theme"

	"github.com/infoklass/infoklass/internal/document"
	"github.com/infoklass/infoklass/internal/tempfile"
)

const (
	family   = "Noto"
	margin   = 20.0 // mm
	bodySize = 10.0 // pt
	lineH    = 5.0  // mm per body line
)

// writer holds the PDF being written.
type writer struct {
	f      *fpdf.Fpdf
	width  float64 // usable width in mm
	images int
}

// Write writes d as a PDF to w.
func Write(w io.Writer, d *document.Doc) error {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(true)
	f.AddUTF8FontFromBytes(family, "", theme.DefaultTextFont().Content())
	f.AddUTF8FontFromBytes(family, "B", theme.DefaultTextBoldFont().Content())
	f.AddUTF8FontFromBytes(family, "I", theme.DefaultTextItalicFont().Content())
	f.SetTitle(d.Title, true)
	f.SetMargins(margin, margin+4, margin)
	f.SetAutoPageBreak(true, margin)
	f.AliasNbPages("{nb}")
	pw, _ := f.GetPageSize()
	wr := &writer{f: f, width: pw - 2*margin}
	f.SetHeaderFunc(func() { wr.header(d.Mark) })
	f.SetFooterFunc(func() { wr.footer(d.Footer) })
	f.AddPage()
	wr.title(d)
	for _, b := range d.Blocks {
		wr.block(b)
	}
	if err := f.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return f.Output(w)
}

// WriteFile writes d to path, through a temporary file beside it so that
// a failed write leaves no half file.
func WriteFile(path string, d *document.Doc) error {
	return tempfile.WriteAtomic(path, ".infoklass-pdf-", ".pdf", func(w io.Writer) error { return Write(w, d) })
}

func (w *writer) header(mark string) {
	if mark == "" {
		return
	}
	f := w.f
	f.SetY(10)
	f.SetFont(family, "B", 11)
	f.SetTextColor(180, 20, 20)
	f.CellFormat(w.width, 6, mark, "", 1, "C", false, 0, "")
	f.SetTextColor(0, 0, 0)
	f.SetY(margin + 4)
}

func (w *writer) footer(text string) {
	f := w.f
	f.SetY(-14)
	f.SetFont(family, "", 8)
	f.SetTextColor(60, 60, 60)
	f.CellFormat(w.width*0.75, 5, text, "", 0, "L", false, 0, "")
	f.CellFormat(w.width*0.25, 5, fmt.Sprintf("Sida %d av {nb}", f.PageNo()), "", 0, "R", false, 0, "")
	f.SetTextColor(0, 0, 0)
}

func (w *writer) title(d *document.Doc) {
	f := w.f
	if d.Title != "" {
		f.SetFont(family, "B", 18)
		f.MultiCell(w.width, 8, d.Title, "", "L", false)
	}
	if d.Subtitle != "" {
		f.SetFont(family, "", 11)
		f.MultiCell(w.width, 6, d.Subtitle, "", "L", false)
	}
	f.Ln(3)
}

func (w *writer) block(b document.Block) {
	f := w.f
	switch b := b.(type) {
	case document.Heading:
		size := 14.0
		if b.Level > 1 {
			size = 12
		}
		if f.GetY() > 250 {
			f.AddPage()
		}
		f.Ln(2)
		f.SetFont(family, "B", size)
		f.MultiCell(w.width, size*0.5, b.Text, "", "L", false)
		f.Ln(1)
	case document.Paragraph:
		w.paragraph(b)
	case document.List:
		f.SetFont(family, "", bodySize)
		for _, it := range b.Items {
			f.CellFormat(5, lineH, "•", "", 0, "L", false, 0, "")
			f.MultiCell(w.width-5, lineH, it, "", "L", false)
		}
		f.Ln(1.5)
	case document.Fields:
		w.table(nil, b.Cells(), []float64{1, 2.6}, true)
	case document.Table:
		w.table(b.Header, b.Rows, b.Widths, false)
	case document.Image:
		w.image(b)
	case document.PageBreak:
		f.AddPage()
	case document.Keep:
		if _, ph := f.GetPageSize(); f.GetY()+b.Height > ph-margin {
			f.AddPage()
		}
	case document.Signature:
		w.signature(b)
	}
}

func (w *writer) paragraph(p document.Paragraph) {
	f := w.f
	style := ""
	if p.Bold {
		style = "B"
	}
	if p.Placeholder {
		style = "I"
		f.SetTextColor(90, 90, 90)
	}
	f.SetFont(family, style, bodySize)
	f.MultiCell(w.width, lineH, p.Text, "", "L", false)
	f.SetTextColor(0, 0, 0)
	f.Ln(1.5)
}

// table writes rows under header, each cell wrapped, each row kept on
// one page; labels makes the first column bold and the table borderless
// but for thin lines.
func (w *writer) table(header []string, rows [][]string, widths []float64, labels bool) {
	n := len(header)
	for _, r := range rows {
		n = max(n, len(r))
	}
	if n == 0 {
		return
	}
	cols := columnWidths(widths, n, w.width)
	if header != nil {
		w.row(header, cols, true, true)
	}
	for _, r := range rows {
		w.row(r, cols, false, labels)
	}
	w.f.Ln(2)
}

func columnWidths(widths []float64, n int, total float64) []float64 {
	cols := make([]float64, n)
	sum := 0.0
	for i := range cols {
		cols[i] = 1
		if i < len(widths) && widths[i] > 0 {
			cols[i] = widths[i]
		}
		sum += cols[i]
	}
	for i := range cols {
		cols[i] = cols[i] / sum * total
	}
	return cols
}

const cellPad = 1.5

// row writes one table row; bold makes the row a header (shaded), and
// boldFirst the first cell a label.
func (w *writer) row(cells []string, cols []float64, header, boldFirst bool) {
	f := w.f
	style := func(i int) string {
		if header || (boldFirst && i == 0) {
			return "B"
		}
		return ""
	}
	lines := 1
	for i, c := range cols {
		f.SetFont(family, style(i), bodySize-1)
		lines = max(lines, len(f.SplitText(cell(cells, i), c-2*cellPad)))
	}
	h := float64(lines)*4.5 + 2*cellPad
	_, ph := f.GetPageSize()
	if f.GetY()+h > ph-margin {
		f.AddPage()
	}
	x, y := f.GetX(), f.GetY()
	f.SetDrawColor(150, 150, 150)
	f.SetLineWidth(0.2)
	for i, c := range cols {
		if header {
			f.SetFillColor(225, 230, 238)
			f.Rect(x, y, c, h, "FD")
		} else {
			f.Rect(x, y, c, h, "D")
		}
		f.SetFont(family, style(i), bodySize-1)
		f.SetXY(x+cellPad, y+cellPad)
		f.MultiCell(c-2*cellPad, 4.5, cell(cells, i), "", "L", false)
		x += c
	}
	f.SetXY(margin, y+h)
}

func cell(cells []string, i int) string {
	if i < len(cells) {
		return strings.TrimSpace(cells[i])
	}
	return ""
}

func (w *writer) image(img document.Image) {
	f := w.f
	w.images++
	name := fmt.Sprintf("img%d", w.images)
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	f.RegisterImageOptionsReader(name, opt, bytes.NewReader(img.PNG))
	width := min(img.Width, w.width)
	h := img.Height * width / img.Width
	_, ph := f.GetPageSize()
	if f.GetY()+h+8 > ph-margin {
		f.AddPage()
	}
	f.ImageOptions(name, margin, f.GetY(), width, h, true, opt, 0, "")
	if img.Caption != "" {
		f.SetFont(family, "I", bodySize-1)
		f.MultiCell(w.width, 4.5, img.Caption, "", "L", false)
	}
	f.Ln(2)
}

func (w *writer) signature(s document.Signature) {
	f := w.f
	_, ph := f.GetPageSize()
	if f.GetY()+22 > ph-margin {
		f.AddPage()
	}
	f.Ln(10)
	y := f.GetY()
	f.SetDrawColor(0, 0, 0)
	f.Line(margin, y, margin+80, y)
	f.Line(margin+100, y, margin+150, y)
	f.SetFont(family, "", bodySize-1)
	f.SetXY(margin, y+1)
	f.CellFormat(80, 4.5, s.Label+": "+s.Name, "", 0, "L", false, 0, "")
	f.SetXY(margin+100, y+1)
	f.CellFormat(50, 4.5, "Datum", "", 1, "L", false, 0, "")
	f.Ln(3)
}
