package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestExportPrints: the list sheets print landscape, one page wide, with
// the header on every page and page numbers; wrapped rows have heights;
// the level, status, kind and Ja/Nej columns have drop-downs; the
// computed columns are marked; fonts are named; the dimension and the
// document's date are written; the chart lies below the tables.
func TestExportPrints(t *testing.T) {
	db := demoDB(t, 14)
	d, _ := Load(db, today)
	d.History = []domain.Change{{At: time.Date(2026, 3, 1, 9, 30, 0, 0, time.Local), User: "isam", AssetID: d.Summaries[0].Asset.ID,
		Entity: "asset", Field: "status", Old: "ej_paborjad", New: "planerad"}}
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sh := range []string{SheetList, SheetTypes, SheetThreshold, SheetRequirements} {
		pl, _ := f.GetPageLayout(sh)
		if pl.Orientation == nil || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 0 {
			t.Errorf("%s: page layout %+v", sh, pl)
		}
		if props, _ := f.GetSheetProps(sh); props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fitted to the page", sh)
		}
		if hf, _ := f.GetHeaderFooter(sh); hf == nil || !strings.Contains(hf.OddFooter, "Sida &P av &N") {
			t.Errorf("%s: footer %+v", sh, hf)
		}
	}
	titles := map[string]bool{}
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" {
			titles[n.Scope] = strings.HasSuffix(n.RefersTo, "!$1:$1")
		}
	}
	if !titles[SheetList] || !titles[SheetTypes] {
		t.Errorf("print titles %v", titles)
	}
	if dim, _ := f.GetSheetDimension(SheetList); dim != "A1:AD15" {
		t.Errorf("dimension %q", dim)
	}
	dvs, _ := f.GetDataValidations(SheetList)
	lists := map[string]string{}
	for _, dv := range dvs {
		lists[strings.Fields(dv.Sqref)[0]] = dv.Formula1
	}
	rows, _ := f.GetRows(SheetList)
	cols := columnsOf(rows[0])
	for name, want := range map[string]string{"K": `"1,2,3,4"`, "Status": `"Ej påbörjad,Planerad,Pågående,Fastställd,Uppföljning krävs,Avbruten"`,
		"Typ": "System", "NIS2": `"Ja,Nej"`} {
		col, _ := excelize.ColumnNumberToName(cols[name] + 1)
		if got := lists[col+"2:"+col+"1048576"]; !strings.Contains(got, strings.Trim(want, `"`)) {
			t.Errorf("drop-down of %s: %q", name, got)
		}
	}
	if h, _ := f.GetRowHeight(SheetList, 2); h < 30 {
		t.Errorf("row 2 with wrapped reasons is %v points high", h)
	}
	style, _ := f.GetCellStyle(SheetList, "A1")
	st, _ := f.GetStyle(style)
	if st.Font == nil || st.Font.Family != fontName || !st.Font.Italic || len(st.Fill.Color) == 0 || st.Fill.Color[0] == "1F5FA8" {
		t.Errorf("header of Rang: %+v %+v, want a named font and the computed colour", st.Font, st.Fill)
	}
	cs, _ := f.GetComments(SheetList)
	text := ""
	for _, c := range cs {
		text += c.Text
		for _, p := range c.Paragraph {
			text += p.Text
		}
	}
	if len(cs) != len(computed[SheetList]) || !strings.Contains(text, "Beräknas") {
		t.Errorf("computed columns not noted: %+v", cs)
	}
	props, _ := f.GetDocProps()
	if !strings.HasPrefix(props.Created, d.Generated.UTC().Format("2006-01-02")) {
		t.Errorf("created %q", props.Created)
	}
	th, _ := f.GetRows(SheetThreshold)
	if !strings.HasPrefix(th[0][5], "A1 – Systematisk") {
		t.Errorf("question header %q", th[0][5])
	}
	hist, _ := f.GetRows(SheetHistory, excelize.Options{RawCellValue: true})
	if _, err := strconv.ParseFloat(hist[1][0], 64); err != nil || hist[1][3] != "Tillgång" || hist[1][5] != "Ej påbörjad" || hist[1][6] != "Planerad" {
		t.Errorf("history row %q", hist[1])
	}
	// The chart is anchored below the last table of Översikt.
	ov, _ := f.GetRows(SheetOverview)
	drawing, ok := f.Pkg.Load("xl/drawings/drawing1.xml")
	if !ok {
		t.Fatal("no drawing")
	}
	x := string(drawing.([]byte))
	i := strings.Index(x, "<xdr:row>")
	row, _ := strconv.Atoi(x[i+9 : i+9+strings.Index(x[i+9:], "<")])
	if row < len(ov) {
		t.Errorf("chart at row %d, tables end at %d", row+1, len(ov))
	}
}
