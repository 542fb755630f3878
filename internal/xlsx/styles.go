package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// styles are the cell styles of an export.
type styles struct {
	header, text, wrap, date, number, title, bold int
	level                                         map[domain.Level]int
}

func newStyles(f *excelize.File, m *domain.Model) (*styles, error) {
	s := &styles{level: map[domain.Level]int{}}
	border := []excelize.Border{{Type: "bottom", Color: "1F5FA8", Style: 2}}
	var err error
	add := func(dst *int, st *excelize.Style) {
		if err == nil {
			*dst, err = f.NewStyle(st)
		}
	}
	top := &excelize.Alignment{Vertical: "top"}
	add(&s.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5FA8"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	add(&s.text, &excelize.Style{Alignment: top})
	add(&s.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	fmtDate := "yyyy-mm-dd"
	add(&s.date, &excelize.Style{CustomNumFmt: &fmtDate, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	add(&s.number, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}})
	add(&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: "1F5FA8"}})
	add(&s.bold, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top})
	for _, l := range m.Levels {
		var id int
		color := strings.TrimPrefix(strings.ToUpper(l.Color), "#")
		font := "FFFFFF"
		if l.Level == 2 || l.Level == 3 {
			font = "1A1A1A" // dark text on yellow and orange reads better
		}
		add(&id, &excelize.Style{Font: &excelize.Font{Bold: true, Color: font},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
		s.level[l.Level] = id
	}
	if err != nil {
		return nil, err
	}
	// Text cells carry Excel's quote prefix: even when a user edits a cell
	// that starts with = + - or @, Excel keeps it as text.
	t := true
	for _, id := range []int{s.text, s.wrap} {
		f.Styles.CellXfs.Xf[id].QuotePrefix = &t
	}
	return s, nil
}
