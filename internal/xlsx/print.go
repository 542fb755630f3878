package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// fontName is named in every style, so that LibreOffice does not fall
// back to a serif font; Liberation Sans stands in for it where Arial is
// missing, with the same metrics.
const fontName = "Arial"

// lineHeight is the height in points of one line of 10-point text.
const lineHeight = 12.75

// computed names the computed columns of each sheet: they are marked in
// the header and not read back by an import.
var computed = map[string]map[string]bool{
	SheetList:      listComputed(),
	SheetThreshold: {"Regelns utfall": true, "Slutligt beslut": true},
}

// printSetup lays a list sheet out for printing: A4 landscape, one page
// wide, the header row on every page, mark (when not empty) in bold in
// the middle of every page's header and "Sida x av y" in the footer.
// It must be called before the sheet's stream is flushed.
func printSetup(f *excelize.File, sheet, mark string) error {
	size, landscape, one, zero := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape,
		FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	margin, top := 0.4, 0.6
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &top,
		Bottom: &top, Header: &margin, Footer: &margin}); err != nil {
		return err
	}
	header := `&L&8` + strings.ReplaceAll(sheet, "&", "&&")
	if mark != "" {
		header += `&C&"-,Bold"&12` + strings.ReplaceAll(mark, "&", "&&")
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: header, OddFooter: "&C&8Sida &P av &N"}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$1:$1", strings.ReplaceAll(sheet, "'", "''"))})
}

// fitToPage must be set before a streamed sheet is begun: excelize writes
// the sheet's properties first.
func fitToPage(f *excelize.File, sheet string) error {
	fit := true
	return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// rowLines returns how many lines the row's longest wrapped cell takes at
// the column widths: neither Excel nor LibreOffice grows a streamed row
// by itself, and LibreOffice would draw the text over the next row.
func rowLines(cols []column, values []any) int {
	lines := 1
	for i, v := range values {
		s, ok := v.(string)
		if !ok || i >= len(cols) || !cols[i].wrap || s == "" {
			continue
		}
		if n := textLines(s, cols[i].width); n > lines {
			lines = n
		}
	}
	return lines
}

// textLines estimates the lines of s wrapped in a column width wide.
func textLines(s string, width float64) int {
	per := int(width * 1.15) // 10-point Arial fits a little more than one character per width unit
	if per < 4 {
		per = 4
	}
	n := 0
	for _, para := range strings.Split(s, "\n") {
		n += 1 + (len([]rune(para))-1)/per
		if para == "" {
			n++
		}
	}
	return n
}

// rowHeight returns the height of a row of lines lines, within Excel's
// largest row height.
func rowHeight(lines int) float64 {
	h := float64(lines)*lineHeight + 3
	if h > 409 {
		h = 409
	}
	return h
}

// validation is a drop-down list on a column of a list sheet.
type validation struct {
	col    string
	values []string
}

// validations are the drop-downs of each sheet: a wrong level or status
// typed in Excel is caught there, not first at import.
func validations(sheet string) []validation {
	levels := []string{"1", "2", "3", "4"}
	yesNo := []string{"Ja", "Nej"}
	var statuses, kinds []string
	for _, s := range domain.Statuses {
		statuses = append(statuses, s.Label())
	}
	for _, k := range domain.AssetKinds {
		kinds = append(kinds, k.Label())
	}
	switch sheet {
	case SheetList:
		return []validation{{"K", levels}, {"R", levels}, {"T", levels}, {"S", levels}, {"Status", statuses},
			{"Typ", kinds}, {"Personuppgifter", yesNo}, {"Samhällsviktig (RSA)", yesNo}, {"NIS2", yesNo}}
	case SheetTypes:
		var ck []string
		for _, k := range domain.ClassificationKinds {
			ck = append(ck, k.Label())
		}
		return []validation{{"K", levels}, {"R", levels}, {"T", levels}, {"S", levels}, {"Typ av klassning", ck}}
	case SheetThreshold:
		out := []validation{{"Ej tillämplig", yesNo}}
		for _, q := range domain.ThresholdQuestions().Questions {
			out = append(out, validation{questionHeader(q), []string{"Ja", "Nej", "Osäker"}})
		}
		return out
	case SheetRequirements:
		return []validation{{"Tillämpligt", []string{"Ja", "Ej tillämpligt"}}}
	case SheetParked:
		return []validation{{"Löst", yesNo}}
	}
	return nil
}

// questionHeader is the header of a question's answer column: its ID and
// its text, so that the printed sheet says what was asked.
func questionHeader(q domain.Question) string { return q.ID + " – " + q.Label }

// addValidations adds the sheet's drop-downs from row 2 to Excel's last
// row, so that rows the user adds get them too.
func addValidations(f *excelize.File, sheet string, cols []column) error {
	for _, v := range validations(sheet) {
		for i, c := range cols {
			if c.name != v.col {
				continue
			}
			name, _ := excelize.ColumnNumberToName(i + 1)
			dv := excelize.NewDataValidation(true)
			dv.SetSqref(fmt.Sprintf("%s2:%s%d", name, name, maxRows))
			if err := dv.SetDropList(v.values); err != nil {
				return fmt.Errorf("drop-down %s: %w", v.col, err)
			}
			dv.SetError(excelize.DataValidationErrorStyleStop, "Ogiltigt värde", "Välj ett av värdena i listan: "+strings.Join(v.values, ", "))
			if err := f.AddDataValidation(sheet, dv); err != nil {
				return fmt.Errorf("drop-down %s: %w", v.col, err)
			}
		}
	}
	return nil
}

// markComputed gives the computed columns' headers their own style and a
// note saying so.
func markComputed(f *excelize.File, st *styles, sheet string, cols []column) error {
	for i, c := range cols {
		if !computed[sheet][c.name] {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.AddComment(sheet, excelize.Comment{Cell: cell, Author: "Infoklass",
			Text: "Beräknas av Infoklass. Ändringar här läses inte tillbaka vid import.", Width: 200, Height: 40}); err != nil {
			return err
		}
	}
	return nil
}
