package xlsx

import (
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// column is one column of a list sheet: its header and width.
type column struct {
	name  string
	width float64
	wrap  bool // long text, wrapped
}

// listSheet writes one list (header row and rows) with the streaming
// writer, as an Excel table with a filter on every column.
type listSheet struct {
	f     *excelize.File
	sw    *excelize.StreamWriter
	st    *styles
	name  string
	cols  []column
	row   int
	cells []any
	mark  string                        // printed in the middle of every page's header, e.g. DraftMark; "" for none
	hf    *excelize.HeaderFooterOptions // the page's header and footer in place of printSetup's, when set
}

func newListSheet(f *excelize.File, st *styles, name string, cols []column) (*listSheet, error) {
	return newSizedSheet(f, st, name, cols, -1)
}

// newSizedSheet begins a list sheet of rows rows below the header, which
// it writes as the sheet's dimension; -1 leaves it unknown.
func newSizedSheet(f *excelize.File, st *styles, name string, cols []column, rows int) (*listSheet, error) {
	if idx, _ := f.GetSheetIndex(name); idx < 0 {
		if _, err := f.NewSheet(name); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	if err := fitToPage(f, name); err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	if rows >= 0 {
		end, _ := excelize.CoordinatesToCellName(len(cols), max(rows+1, 2))
		if err := f.SetSheetDimension(name, "A1:"+end); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return nil, fmt.Errorf("sheet %s: %w", name, err)
	}
	s := &listSheet{f: f, sw: sw, st: st, name: name, cols: cols}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	header := make([]any, len(cols))
	lines := 2
	for i, c := range cols {
		style := st.header
		if computed[name][c.name] {
			style = st.computedHeader
		}
		header[i] = excelize.Cell{StyleID: style, Value: c.name}
		if n := textLines(c.name, c.width); n > lines {
			lines = n
		}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: rowHeight(lines)}); err != nil {
		return nil, err
	}
	s.row = 1
	s.cells = make([]any, len(cols))
	return s, nil
}

// add writes one row. Values are typed: strings are text, domain.Date a
// real Excel date, domain.Level a coloured number in the model's
// numbering, ints numbers.
func (s *listSheet) add(values ...any) error {
	for i := range s.cells {
		s.cells[i] = nil
	}
	for i, v := range values {
		s.cells[i] = s.cell(v, s.cols[i].wrap)
	}
	s.row++
	cell, _ := excelize.CoordinatesToCellName(1, s.row)
	if n := rowLines(s.cols, values); n > 1 {
		return s.sw.SetRow(cell, s.cells, excelize.RowOpts{Height: rowHeight(n)})
	}
	return s.sw.SetRow(cell, s.cells)
}

func (s *listSheet) cell(v any, wrap bool) any {
	switch v := v.(type) {
	case string:
		if v == "" {
			return nil
		}
		style := s.st.text
		if wrap {
			style = s.st.wrap
		}
		return excelize.Cell{StyleID: style, Value: cleanText(v)}
	case domain.Date:
		if v.IsZero() {
			return nil
		}
		return excelize.Cell{StyleID: s.st.date, Value: v.Time()}
	case domain.Level:
		if v == domain.Unset {
			return nil
		}
		return excelize.Cell{StyleID: s.st.level[v], Value: s.st.m.Number(v)}
	case levelNumber:
		return excelize.Cell{StyleID: s.st.level[v.level], Value: v.number}
	case int:
		return excelize.Cell{StyleID: s.st.number, Value: v}
	case time.Time:
		if v.IsZero() {
			return nil
		}
		// Excel has no time zones: the local time the user saw.
		l := v.Local()
		return excelize.Cell{StyleID: s.st.stamp, Value: time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)}
	case nil:
		return nil
	}
	return excelize.Cell{StyleID: s.st.text, Value: fmt.Sprint(v)}
}

// cleanText removes characters that XML cannot hold.
func cleanText(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xEF {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
}

// finish makes the rows a table with a filter, lays the sheet out for
// printing with its drop-downs and marked computed columns, and flushes it.
func (s *listSheet) finish(table string) error {
	if err := printSetup(s.f, s.name, s.mark); err != nil {
		return fmt.Errorf("sheet %s: %w", s.name, err)
	}
	if s.hf != nil {
		if err := s.f.SetHeaderFooter(s.name, s.hf); err != nil {
			return fmt.Errorf("sheet %s: %w", s.name, err)
		}
	}
	if err := addValidations(s.f, s.name, s.cols); err != nil {
		return fmt.Errorf("sheet %s: %w", s.name, err)
	}
	if err := markComputed(s.f, s.st, s.name, s.cols); err != nil {
		return fmt.Errorf("sheet %s: %w", s.name, err)
	}
	last := s.row
	if last < 2 {
		last = 2 // a table needs a header and at least one row
	}
	end, _ := excelize.CoordinatesToCellName(len(s.cols), last)
	show := true
	if err := s.sw.AddTable(&excelize.Table{Range: "A1:" + end, Name: table, StyleName: "TableStyleLight9",
		ShowRowStripes: &show, ShowHeaderRow: &show}); err != nil {
		return fmt.Errorf("table %s: %w", table, err)
	}
	return s.sw.Flush()
}
