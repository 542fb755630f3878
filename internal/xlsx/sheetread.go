package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// sheetReader is the state of reading one sheet's XML into a grid.
type sheetReader struct {
	b    *book
	s    *sheetInfo
	keep func(header, cells []string) bool
	g    *grid

	row, col       int
	typ            string
	val            []byte
	inV, inIS, inT bool
	phonetic       int // depth inside <rPh>, whose text is a reading aid, not the cell's
	cur            []string
}

// scanSheet reads every token of sheet s from x into a grid, keeping the
// header and the rows keep accepts (nil keeps all).
func (b *book) scanSheet(s *sheetInfo, x *xmlScanner, keep func(header, cells []string) bool) (*grid, error) {
	r := &sheetReader{b: b, s: s, keep: keep, g: &grid{}, row: -1, col: -1}
	for {
		err := x.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, scanErr("bladet "+s.name, err)
		}
		switch x.kind {
		case tokStart:
			err = r.start(x)
		case tokEnd:
			err = r.end(x)
		case tokText:
			err = r.text(x)
		}
		if err != nil {
			return nil, err
		}
	}
	return r.g, r.flush()
}

func (r *sheetReader) bad(format string, args ...any) error {
	return fmt.Errorf("%w: bladet %s: %s", ErrBrokenXML, r.s.name, fmt.Sprintf(format, args...))
}

// flush stores the row read so far, if it has a value and is kept. A
// row stored costs its cells and the rows from the last one stored,
// counted against the book's Kept, so that a sheet whose one value lies
// in row 1,048,576 counts as what it costs.
func (r *sheetReader) flush() error {
	if r.row < 0 || len(r.cur) == 0 {
		return nil
	}
	g := r.g
	if r.keep != nil && r.row > 0 && len(g.rows) > 0 && !r.keep(g.rows[0], r.cur) {
		r.cur = r.cur[:0]
		return nil
	}
	cost := int64(len(r.cur) + r.row + 1 - len(g.rows))
	if r.b.kept.Add(cost) > int64(r.b.lim.Kept) {
		return fmt.Errorf("%w: bladen har fler celler och rader att läsa in än gränsen %s (bladet %s, rad %s)", ErrTooLarge, count(int64(r.b.lim.Kept)), r.s.name, count(int64(r.row+1)))
	}
	for len(g.rows) <= r.row {
		g.rows = append(g.rows, nil)
	}
	g.rows[r.row] = r.cur
	r.cur = nil
	return nil
}

func (r *sheetReader) start(x *xmlScanner) error {
	switch string(x.name) {
	case "row":
		return r.startRow(x)
	case "c":
		return r.startCell(x)
	case "v":
		r.inV = true
	case "is":
		r.inIS = true
	case "t":
		r.inT = r.inIS && r.phonetic == 0
	case "rPh":
		r.phonetic++
	case "f":
		if r.g.formula == nil {
			r.g.formula = map[int]bool{}
		}
		r.g.formula[r.row] = true
	case "mergeCell":
		if m, ok := parseRange(string(x.attr("ref"))); ok {
			r.g.merges = append(r.g.merges, m)
		}
	}
	return nil
}

func (r *sheetReader) startRow(x *xmlScanner) error {
	if err := r.flush(); err != nil {
		return err
	}
	next := r.row + 1
	if v := x.attr("r"); v != nil {
		n, err := strconv.Atoi(string(v))
		if err != nil || n < 1 {
			return r.bad("ogiltigt radnummer %q", v)
		}
		next = n - 1
	}
	if next >= maxRows {
		return fmt.Errorf("%w: bladet %s har rad %s, efter Excels sista rad %s", ErrTooLarge, r.s.name, count(int64(next+1)), count(maxRows))
	}
	if next < r.row+1 {
		return r.bad("raderna i fel ordning (rad %d)", next+1)
	}
	if next >= r.b.lim.Rows {
		return fmt.Errorf("%w: bladet %s har rad %s, gränsen är %s rader", ErrTooLarge, r.s.name, count(int64(next+1)), count(int64(r.b.lim.Rows)))
	}
	r.row, r.col = next, -1
	if h := string(x.attr("hidden")); h == "1" || h == "true" {
		if r.g.hidden == nil {
			r.g.hidden = map[int]bool{}
		}
		r.g.hidden[r.row] = true
	}
	return nil
}

func (r *sheetReader) startCell(x *xmlScanner) error {
	if r.row < 0 {
		return r.bad("en cell utanför en rad")
	}
	next := r.col + 1
	if ref := x.attr("r"); ref != nil {
		c, row, ok := parseRef(string(ref))
		if !ok || row != r.row {
			return r.bad("ogiltig cellreferens %q", ref)
		}
		next = c
	}
	if next <= r.col || next >= maxCols {
		return r.bad("ogiltig cell på rad %d", r.row+1)
	}
	r.col, r.typ, r.val = next, cellType(x.attr("t")), r.val[:0]
	if r.b.cells.Add(1) > int64(r.b.lim.Cells) {
		return fmt.Errorf("%w: arbetsboken har fler celler än gränsen %s", ErrTooLarge, count(int64(r.b.lim.Cells)))
	}
	return nil
}

func (r *sheetReader) end(x *xmlScanner) error {
	switch string(x.name) {
	case "v":
		r.inV = false
	case "is":
		r.inIS = false
	case "t":
		r.inT = false
	case "rPh":
		r.phonetic--
	case "c":
		if r.typ == "e" {
			if r.g.errs == nil {
				r.g.errs = map[[2]int]string{}
			}
			r.g.errs[[2]int{r.row, r.col}] = strings.TrimSpace(string(r.val))
		}
		v, err := r.b.value(r.typ, string(r.val))
		if err != nil {
			return r.bad("rad %d: %v", r.row+1, err)
		}
		if v != "" {
			for len(r.cur) < r.col {
				r.cur = append(r.cur, "")
			}
			r.cur = append(r.cur, v)
		}
	}
	return nil
}

func (r *sheetReader) text(x *xmlScanner) error {
	if !r.inV && !r.inT {
		return nil
	}
	if len(r.val)+len(x.text) > maxCellChars*4 {
		return fmt.Errorf("%w: en cell på rad %d i bladet %s är längre än Excels %s tecken", ErrTooLarge, r.row+1, r.s.name, count(maxCellChars))
	}
	r.val = append(r.val, x.text...)
	return nil
}
