package xlsx

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// styles are the cell styles of an export.
type styles struct {
	header, computedHeader, text, wrap, date, number, title, bold, stamp int
	level                                                                map[domain.Level]int

	// m is the model whose numbers and colours the levels are written in.
	m *domain.Model
}

func newStyles(f *excelize.File, m *domain.Model) (*styles, error) {
	s := &styles{level: map[domain.Level]int{}, m: m}
	border := []excelize.Border{{Type: "bottom", Color: "1F5FA8", Style: 2}}
	var err error
	add := func(dst *int, st *excelize.Style) {
		if err == nil {
			*dst, err = f.NewStyle(st)
		}
	}
	top := &excelize.Alignment{Vertical: "top"}
	font := func(f excelize.Font) *excelize.Font {
		f.Family = fontName
		if f.Size == 0 {
			f.Size = 10
		}
		return &f
	}
	if err := f.SetDefaultFont(fontName); err != nil {
		return nil, err
	}
	add(&s.header, &excelize.Style{Font: font(excelize.Font{Bold: true, Color: "FFFFFF"}), Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5FA8"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	// Computed columns: grey, in italics, so that nobody edits them expecting an effect.
	add(&s.computedHeader, &excelize.Style{Font: font(excelize.Font{Bold: true, Italic: true, Color: "FFFFFF"}), Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"6B7785"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	add(&s.text, &excelize.Style{Font: font(excelize.Font{}), Alignment: top})
	add(&s.wrap, &excelize.Style{Font: font(excelize.Font{}), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	fmtDate := "yyyy-mm-dd"
	add(&s.date, &excelize.Style{Font: font(excelize.Font{}), CustomNumFmt: &fmtDate, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	fmtStamp := "yyyy-mm-dd hh:mm:ss"
	add(&s.stamp, &excelize.Style{Font: font(excelize.Font{}), CustomNumFmt: &fmtStamp, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	add(&s.number, &excelize.Style{Font: font(excelize.Font{}), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"}})
	add(&s.title, &excelize.Style{Font: font(excelize.Font{Bold: true, Size: 16, Color: "1F5FA8"})})
	add(&s.bold, &excelize.Style{Font: font(excelize.Font{Bold: true}), Alignment: top})
	for _, l := range m.Levels {
		var id int
		color := strings.TrimPrefix(strings.ToUpper(l.Color), "#")
		fontColor := textOn(color)
		add(&id, &excelize.Style{Font: font(excelize.Font{Bold: true, Color: fontColor}),
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

// textOn returns the font colour that reads on fill colour rrggbb: dark
// on a light fill (yellow, orange), white on a dark one (green, red).
func textOn(rrggbb string) string {
	v, err := strconv.ParseUint(rrggbb, 16, 32)
	if err != nil || len(rrggbb) != 6 {
		return "FFFFFF"
	}
	r, g, b := float64(v>>16&0xff), float64(v>>8&0xff), float64(v&0xff)
	if 0.299*r+0.587*g+0.114*b > 140 { // orange and yellow take dark text
		return "1A1A1A"
	}
	return "FFFFFF"
}
