package xlsx

import (
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// newForm starts a one-sheet workbook laid out as a form: a label
// column, four narrow level columns and a wide text column.
func newForm(sheet string, m *domain.Model) (*excelize.File, *rowWriter, error) {
	f := excelize.NewFile()
	st, err := newStyles(f, m)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	f.SetSheetName("Sheet1", sheet)
	return f, &rowWriter{f: f, sheet: sheet, st: st, row: 1}, nil
}

// finishForm sets the form's columns, fits it to A4 portrait, numbers
// the pages, prints header (when not empty) at the top of every page,
// names the document title and writes the workbook to w.
func finishForm(w io.Writer, f *excelize.File, sheet, title, header string, made time.Time) error {
	f.SetColWidth(sheet, "A", "A", 24)
	f.SetColWidth(sheet, "B", "E", 6)
	f.SetColWidth(sheet, "F", "F", 56)
	f.SetColWidth(sheet, "G", "G", 16)
	size, portrait, fit, one, zero := 9, "portrait", true, 1, 0 // 9 is A4
	f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &portrait, FitToWidth: &one, FitToHeight: &zero})
	f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
	hf := &excelize.HeaderFooterOptions{OddFooter: "&C&8Sida &P av &N"}
	if header != "" {
		hf.OddHeader = `&C&"-,Bold"&14` + strings.ReplaceAll(header, "&", "&&")
	}
	f.SetHeaderFooter(sheet, hf)
	now := made.UTC().Format("2006-01-02T15:04:05Z")
	f.SetDocProps(&excelize.DocProperties{Title: title, Creator: "Infoklass", Language: "sv-SE", Created: now, Modified: now})
	return f.Write(w)
}
