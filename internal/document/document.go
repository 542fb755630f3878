// Package document is a plain description of a printed document:
// headings, paragraphs, lists, tables and images, in order. The use
// cases build one; the format packages under it (docx, pdf) write it.
// It knows nothing of the register or the store.
package document

// Doc is a document to print or hand in.
type Doc struct {
	Title    string
	Subtitle string
	// Mark is printed at the top of every page, such as "Utkast – inte
	// fastställd"; empty for none.
	Mark string
	// Footer is printed at the bottom of every page, beside the page number.
	Footer string
	Blocks []Block
}

// Block is one part of a document's body.
type Block interface{ block() }

// Heading is a section heading; Level 1 is the highest.
type Heading struct {
	Level int
	Text  string
}

// Paragraph is a paragraph of text. A Placeholder is text the author is
// to replace, printed so that it is seen to be one.
type Paragraph struct {
	Text        string
	Placeholder bool
	Bold        bool
}

// List is a bulleted list.
type List struct {
	Items []string
}

// Fields are label and value pairs, such as "Informationstillgång:
// Treserva", printed as a two-column table without a header.
type Fields struct {
	Rows [][2]string
}

// Cells returns the fields as the rows of a two-column table, as both
// writers lay them out.
func (f Fields) Cells() [][]string {
	rows := make([][]string, len(f.Rows))
	for i, r := range f.Rows {
		rows[i] = []string{r[0], r[1]}
	}
	return rows
}

// Table is a table with a header row. Widths are the columns' shares of
// the line (any unit; they are scaled to fit); nil shares it equally.
type Table struct {
	Header []string
	Rows   [][]string
	Widths []float64
}

// Image is a PNG picture, Width millimetres wide, with a caption below.
type Image struct {
	PNG     []byte
	Width   float64 // millimetres
	Height  float64 // millimetres
	Caption string
}

// PageBreak starts a new page.
type PageBreak struct{}

// Keep starts a new page unless Height millimetres remain on this one,
// so that what follows (a decision and its signature line) stays
// together. Formats that flow freely may ignore it.
type Keep struct {
	Height float64
}

// Signature is a line to sign on, with the signer's name below.
type Signature struct {
	Label string
	Name  string
}

func (Heading) block()   {}
func (Paragraph) block() {}
func (List) block()      {}
func (Fields) block()    {}
func (Table) block()     {}
func (Image) block()     {}
func (PageBreak) block() {}
func (Signature) block() {}
func (Keep) block()      {}

// Text returns every text of the document in order, one piece a line,
// for tests and search.
func (d *Doc) Text() []string {
	out := []string{d.Title, d.Subtitle}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case Heading:
			out = append(out, b.Text)
		case Paragraph:
			out = append(out, b.Text)
		case List:
			out = append(out, b.Items...)
		case Fields:
			for _, r := range b.Rows {
				out = append(out, r[0], r[1])
			}
		case Table:
			out = append(out, b.Header...)
			for _, r := range b.Rows {
				out = append(out, r...)
			}
		case Image:
			out = append(out, b.Caption)
		case Signature:
			out = append(out, b.Label, b.Name)
		}
	}
	return out
}
