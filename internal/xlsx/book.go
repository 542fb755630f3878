package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// book is a workbook opened for reading. Import reads the package itself
// rather than through excelize: it streams each sheet's XML once, sees
// every XML error, hidden rows and formulas, and never decompresses more
// than the limits allow (limits.go).
type book struct {
	zr       *zip.Reader
	files    map[string]*zip.File
	sheets   []sheetInfo // in workbook order
	sst      []string
	date1904 bool
	lim      Limits
	cells    atomic.Int64  // cells read so far, against lim.Cells
	unpacked atomic.Uint64 // bytes of the parts opened, against lim.TotalBytes
}

// sheetInfo is one sheet of the workbook.
type sheetInfo struct {
	name   string
	path   string // inside the package
	hidden bool
}

// grid is the cells of one sheet, as text: numbers and dates as Excel
// stores them (dates are serial numbers), booleans as 1 and 0.
type grid struct {
	rows    [][]string
	hidden  []bool // by row index
	formula []bool // by row index: the row has a formula
	merges  []merge
	errs    map[[2]int]string // error values (#REF!, #N/A…) by 0-based row and column
}

// errAt returns the error value of the cell at row i, column c ("#REF!"),
// or "" when the cell holds none.
func (g *grid) errAt(i, c int) string { return g.errs[[2]int{i, c}] }

// merge is a merged range, 0-based and inclusive.
type merge struct{ r0, c0, r1, c1 int }

// hiddenRow reports whether row i is hidden.
func (g *grid) hiddenRow(i int) bool { return i < len(g.hidden) && g.hidden[i] }

// hasFormula reports whether row i holds a formula.
func (g *grid) hasFormula(i int) bool { return i < len(g.formula) && g.formula[i] }

// mergedWidth returns how many columns the merged range starting at row
// i, column c spans (1 when it is not merged).
func (g *grid) mergedWidth(i, c int) int {
	for _, m := range g.merges {
		if m.r0 == i && m.c0 == c {
			return m.c1 - m.c0 + 1
		}
	}
	return 1
}

// openBook opens the workbook in data after checking it against lim.
func openBook(data []byte, lim Limits) (*book, error) {
	if err := sniff(data); err != nil {
		return nil, err
	}
	if int64(len(data)) > lim.FileBytes {
		return nil, fmt.Errorf("%w: filen är %d MB, gränsen är %d MB", ErrTooLarge, len(data)>>20, lim.FileBytes>>20)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, ErrDamaged
	}
	b := &book{zr: zr, files: map[string]*zip.File{}, lim: lim}
	for _, f := range zr.File {
		b.files[f.Name] = f
	}
	if err := b.readWorkbook(); err != nil {
		return nil, err
	}
	if err := b.readSharedStrings(); err != nil {
		return nil, err
	}
	return b, nil
}

// sniff tells an encrypted workbook and an old .xls (both OLE compound
// files) from a zip package.
func sniff(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
		if bytes.Contains(data, utf16("EncryptionInfo")) || bytes.Contains(data, utf16("EncryptedPackage")) {
			return ErrEncrypted
		}
		return ErrOldFormat
	}
	if !bytes.HasPrefix(data, []byte("PK")) {
		return ErrNotWorkbook
	}
	return nil
}

func utf16(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// open returns a reader of the package part name, or an error naming the
// damage: a checksum that does not match is reported when reading ends.
func (b *book) open(name string) (io.ReadCloser, error) {
	f := b.files[name]
	if f == nil {
		return nil, fmt.Errorf("%w: delen %s saknas", ErrDamaged, name)
	}
	// The zip reader stops at the declared size, so checking it before
	// reading a byte is enough to refuse a bomb.
	size := f.UncompressedSize64
	if size > uint64(b.lim.PartBytes) {
		return nil, fmt.Errorf("%w: %s packas upp till %d MB, gränsen är %d MB", ErrTooLarge, name, size>>20, b.lim.PartBytes>>20)
	}
	if b.unpacked.Add(size) > uint64(b.lim.TotalBytes) {
		return nil, fmt.Errorf("%w: det som ska läsas packas upp till mer än %d MB", ErrTooLarge, b.lim.TotalBytes>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrDamaged, name)
	}
	return rc, nil
}

// decodeErr turns an error while reading part name into a message.
func decodeErr(name string, err error) error {
	var se *xml.SyntaxError
	switch {
	case errors.Is(err, zip.ErrChecksum):
		return fmt.Errorf("%w: kontrollsumman för %s stämmer inte", ErrDamaged, name)
	case errors.Is(err, zip.ErrFormat), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: %s går inte att packa upp", ErrDamaged, name)
	case errors.As(err, &se):
		return fmt.Errorf("%w: fel i XML på rad %d i %s (%s)", ErrBrokenXML, se.Line, name, se.Msg)
	case errors.Is(err, ErrTooLarge):
		return err
	}
	return fmt.Errorf("%w: %s: %v", ErrBrokenXML, name, err)
}

// drain reads the rest of rc so that the zip reader checks the checksum.
func drain(name string, rc io.ReadCloser) error {
	_, err := io.Copy(io.Discard, rc)
	rc.Close()
	if err != nil {
		return decodeErr(name, err)
	}
	return nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// relAttr returns the r:id of a sheet element.
func relAttr(se xml.StartElement) string {
	for _, a := range se.Attr {
		if a.Name.Local == "id" && strings.Contains(a.Name.Space, "relationships") {
			return a.Value
		}
	}
	return attr(se, "id")
}

// readWorkbook reads the sheets, their state and the date system.
func (b *book) readWorkbook() error {
	wb := "xl/workbook.xml"
	if b.files[wb] == nil {
		return ErrNotWorkbook
	}
	rels, err := b.readRels("xl/_rels/workbook.xml.rels", "xl")
	if err != nil {
		return err
	}
	rc, err := b.open(wb)
	if err != nil {
		return err
	}
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			rc.Close()
			return decodeErr(wb, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "workbookPr":
			v := attr(se, "date1904")
			b.date1904 = v == "1" || v == "true"
		case "sheet":
			s := sheetInfo{name: attr(se, "name"), hidden: attr(se, "state") == "hidden" || attr(se, "state") == "veryHidden"}
			s.path = rels[relAttr(se)]
			if s.path != "" {
				b.sheets = append(b.sheets, s)
			}
		}
	}
	if err := drain(wb, rc); err != nil {
		return err
	}
	if len(b.sheets) == 0 {
		return ErrNotWorkbook
	}
	return nil
}

// readRels reads a relationships part into targets by id, resolved
// against dir.
func (b *book) readRels(name, dir string) (map[string]string, error) {
	out := map[string]string{}
	rc, err := b.open(name)
	if err != nil {
		return nil, err
	}
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			rc.Close()
			return nil, decodeErr(name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "Relationship" {
			t := attr(se, "Target")
			if strings.HasPrefix(t, "/") {
				t = strings.TrimPrefix(t, "/")
			} else {
				t = path.Join(dir, t)
			}
			out[attr(se, "Id")] = t
		}
	}
	return out, drain(name, rc)
}

// readSharedStrings reads the shared string table, if any.
func (b *book) readSharedStrings() error {
	name := "xl/sharedStrings.xml"
	if b.files[name] == nil {
		return nil
	}
	rc, err := b.open(name)
	if err != nil {
		return err
	}
	dec := xml.NewDecoder(rc)
	var cur strings.Builder
	in, inT, phonetic := false, false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			rc.Close()
			return decodeErr(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				in = true
				cur.Reset()
			case "t":
				inT = in && !phonetic
			case "rPh":
				phonetic = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				b.sst = append(b.sst, cur.String())
				in = false
				if len(b.sst) > b.lim.Cells {
					rc.Close()
					return fmt.Errorf("%w: fler än %d delade texter", ErrTooLarge, b.lim.Cells)
				}
			case "t":
				inT = false
			case "rPh":
				phonetic = false
			}
		case xml.CharData:
			if inT {
				if cur.Len()+len(t) > maxCellChars*4 {
					rc.Close()
					return fmt.Errorf("%w: en text i %s är längre än Excel tillåter", ErrTooLarge, name)
				}
				cur.Write(t)
			}
		}
	}
	return drain(name, rc)
}

// sheet returns the sheet named name, or nil.
func (b *book) sheet(name string) *sheetInfo {
	for i := range b.sheets {
		if b.sheets[i].name == name {
			return &b.sheets[i]
		}
	}
	return nil
}

// names lists the sheets, hidden ones too.
func (b *book) names() []string {
	out := make([]string, len(b.sheets))
	for i, s := range b.sheets {
		out[i] = s.name
	}
	return out
}

// read reads every cell of sheet s. Any XML error anywhere in the sheet,
// a row past Excel's last row or more cells than the limit is an error:
// a sheet is read whole or not at all.
func (b *book) read(s *sheetInfo) (*grid, error) { return b.readKeeping(s, nil) }

// readKeeping reads sheet s as read does, but keeps only the header and
// the rows for which keep is true (nil keeps all): every cell is still
// checked, but a large sheet of which little is needed costs no memory.
func (b *book) readKeeping(s *sheetInfo, keep func(header, cells []string) bool) (*grid, error) {
	rc, err := b.open(s.path)
	if err != nil {
		return nil, err
	}
	g, err := b.scanSheet(s, newScanner(rc), keep)
	if err != nil {
		rc.Close()
		return nil, err
	}
	if err := drain("bladet "+s.name, rc); err != nil {
		return nil, err
	}
	return g, nil
}

func (b *book) scanSheet(s *sheetInfo, x *xmlScanner, keep func(header, cells []string) bool) (*grid, error) {
	g := &grid{}
	row, col := -1, -1
	var typ string
	var val []byte
	inV, inIS, inT := false, false, false
	var cur []string
	flush := func() {
		if row < 0 {
			return
		}
		if keep != nil && row > 0 && len(g.rows) > 0 && !keep(g.rows[0], cur) {
			cur = cur[:0]
			return
		}
		for len(g.rows) <= row {
			g.rows = append(g.rows, nil)
		}
		g.rows[row] = cur
		cur = nil
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: bladet %s: %s", ErrBrokenXML, s.name, fmt.Sprintf(format, args...))
	}
	for {
		err := x.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var xe *errXML
			if errors.As(err, &xe) {
				return nil, fmt.Errorf("%w: bladet %s har ett %s", ErrBrokenXML, s.name, xe.Error())
			}
			return nil, decodeErr("bladet "+s.name, err)
		}
		switch x.kind {
		case tokStart:
			switch string(x.name) {
			case "row":
				flush()
				next := row + 1
				if r := x.attr("r"); r != nil {
					n, err := strconv.Atoi(string(r))
					if err != nil || n < 1 {
						return nil, bad("ogiltigt radnummer %q", r)
					}
					next = n - 1
				}
				if next >= maxRows {
					return nil, fmt.Errorf("%w: bladet %s har rader efter Excels sista rad %d", ErrTooLarge, s.name, maxRows)
				}
				if next < row+1 {
					return nil, bad("raderna i fel ordning (rad %d)", next+1)
				}
				if next >= b.lim.Rows {
					return nil, fmt.Errorf("%w: bladet %s har fler än %d rader", ErrTooLarge, s.name, b.lim.Rows)
				}
				row, col = next, -1
				if h := string(x.attr("hidden")); h == "1" || h == "true" {
					for len(g.hidden) <= row {
						g.hidden = append(g.hidden, false)
					}
					g.hidden[row] = true
				}
			case "c":
				if row < 0 {
					return nil, bad("en cell utanför en rad")
				}
				next := col + 1
				if ref := x.attr("r"); ref != nil {
					c, r, ok := parseRef(string(ref))
					if !ok || r != row {
						return nil, bad("ogiltig cellreferens %q", ref)
					}
					next = c
				}
				if next <= col || next >= maxCols {
					return nil, bad("ogiltig cell på rad %d", row+1)
				}
				col, typ, val = next, cellType(x.attr("t")), val[:0]
				if b.cells.Add(1) > int64(b.lim.Cells) {
					return nil, fmt.Errorf("%w: arbetsboken har fler än %d celler", ErrTooLarge, b.lim.Cells)
				}
			case "v":
				inV = true
			case "is":
				inIS = true
			case "t":
				inT = inIS
			case "f":
				for len(g.formula) <= row {
					g.formula = append(g.formula, false)
				}
				g.formula[row] = true
			case "mergeCell":
				if m, ok := parseRange(string(x.attr("ref"))); ok {
					g.merges = append(g.merges, m)
				}
			}
		case tokEnd:
			switch string(x.name) {
			case "v":
				inV = false
			case "is":
				inIS = false
			case "t":
				inT = false
			case "c":
				if typ == "e" {
					if g.errs == nil {
						g.errs = map[[2]int]string{}
					}
					g.errs[[2]int{row, col}] = strings.TrimSpace(string(val))
				}
				v, err := b.value(typ, string(val))
				if err != nil {
					return nil, bad("rad %d: %v", row+1, err)
				}
				if v != "" {
					for len(cur) < col {
						cur = append(cur, "")
					}
					cur = append(cur, v)
				}
			}
		case tokText:
			if inV || inT {
				if len(val)+len(x.text) > maxCellChars*4 {
					return nil, fmt.Errorf("%w: en cell på rad %d i bladet %s är längre än Excel tillåter", ErrTooLarge, row+1, s.name)
				}
				val = append(val, x.text...)
			}
		}
	}
	flush()
	return g, nil
}

// value returns the text of a cell of type typ with raw value v.
func (b *book) value(typ, v string) (string, error) {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(b.sst) {
			return "", fmt.Errorf("ogiltig delad text %q", v)
		}
		return b.sst[i], nil
	case "b":
		if strings.TrimSpace(v) == "1" {
			return "1", nil
		}
		return "0", nil
	case "e":
		return "", nil // #N/A, #REF! and the like carry no value
	}
	return v, nil
}

// parseRef reads a cell reference such as B12 into 0-based column and row.
func parseRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		c := ref[i]
		if c >= 'a' {
			c -= 'a' - 'A'
		}
		col = col*26 + int(c-'A'+1)
		i++
	}
	if i == 0 || i > 3 || i == len(ref) {
		return 0, 0, false
	}
	n, err := strconv.Atoi(strings.TrimLeft(ref[i:], "$"))
	if err != nil || n < 1 {
		return 0, 0, false
	}
	return col - 1, n - 1, true
}

func parseRange(ref string) (merge, bool) {
	a, z, ok := strings.Cut(ref, ":")
	if !ok {
		return merge{}, false
	}
	c0, r0, ok1 := parseRef(a)
	c1, r1, ok2 := parseRef(z)
	if !ok1 || !ok2 || c1 < c0 || r1 < r0 {
		return merge{}, false
	}
	return merge{r0, c0, r1, c1}, true
}

// readAll reads the named sheets, each in a goroutine of its own:
// decoding the XML is most of an import's time. The first error wins.
func (b *book) readAll(names []string, keep map[string]func(header, cells []string) bool) (map[string]*grid, error) {
	out := make([]*grid, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i], errs[i] = b.readKeeping(b.sheet(n), keep[n])
		}()
	}
	wg.Wait()
	grids := map[string]*grid{}
	for i, n := range names {
		if errs[i] != nil {
			return nil, errs[i]
		}
		grids[n] = out[i]
	}
	return grids, nil
}

// cellType returns a cell's t attribute as a string without allocating
// for the types Excel writes.
func cellType(t []byte) string {
	switch string(t) {
	case "":
		return ""
	case "s":
		return "s"
	case "n":
		return "n"
	case "inlineStr":
		return "inlineStr"
	case "str":
		return "str"
	case "b":
		return "b"
	case "e":
		return "e"
	case "d":
		return "d"
	}
	return string(t)
}
