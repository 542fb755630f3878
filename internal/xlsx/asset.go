package xlsx

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// SheetAsset is the sheet of a single-asset export.
const SheetAsset = "Underlag"

// ExportAsset writes a one-sheet workbook for one procurement: the asset,
// its classification and result, the threshold outcome and the
// requirements that follow, laid out to print on A4. d must hold one asset.
func ExportAsset(w io.Writer, d *Data) error {
	if len(d.Summaries) != 1 {
		return fmt.Errorf("export of one asset: %d assets given", len(d.Summaries))
	}
	m := domain.DefaultModel()
	f, r, err := newForm(SheetAsset)
	if err != nil {
		return err
	}
	defer f.Close()
	st := r.st
	x := d.Summaries[0]
	a := x.Asset
	r.line(st.title, "Informationsklassning – underlag för upphandling")
	r.line(0, "")
	r.pair("Informationstillgång", a.Name)
	r.pair("Beskrivning", a.Description)
	r.pair("Informationsägare", joinNonEmpty(a.OwnerName, a.OwnerRole, ", "))
	r.pair("System / leverantör", joinNonEmpty(a.System, a.Supplier, " / "))
	r.pair("Status", x.Status.Label())
	r.pair("Fastställd", x.DecidedAt.String())
	r.pair("Nästa uppföljning", x.NextReview.String())
	r.pair("Upphandling/licens", a.ProcurementDate.String())
	r.line(0, "")

	c := d.Classifications[a.ID]
	r.line(st.bold, "Resultat")
	if c != nil {
		r.result(c, m)
		r.line(0, "")
		r.line(st.bold, "Informationstyper")
		r.types(c)
	} else {
		r.line(st.text, "Tillgången är inte klassad.")
	}
	r.line(0, "")
	r.line(st.bold, "Tröskelanalys (konsekvensbedömning enligt GDPR art. 35)")
	if t := d.Thresholds[a.ID]; t != nil {
		r.pair("Utfall", t.FinalDecision().Label())
		if t.DecisionReason != "" {
			r.pair("Skäl", t.DecisionReason)
		}
		if t.FinalDecision().RequiresDPIA() {
			r.pair("Konsekvensbedömning", joinNonEmpty(t.DPIAStatus.Label(), t.DPIAReference, ", "))
		}
	} else {
		r.line(st.text, "Ingen tröskelanalys är gjord.")
	}
	r.line(0, "")
	r.line(st.bold, "Krav på leverantören")
	r.header("Id", "Krav", "", "", "", "", "Tillämpligt")
	for _, q := range domain.Requirements().For(x.Effective) {
		applies := "Ja"
		if why, ok := d.Exclusions[a.ID][q.ID]; ok {
			applies = "Ej tillämpligt: " + why
		}
		r.requirement(q.ID, q.Shall, applies)
		if status, how := fulfilmentText(d, a.ID, q.ID); status != "" && status != domain.FulfilNotApplicable.Label() {
			if how == "" {
				how = "(inte beskrivet)"
			}
			r.requirement("", "Hur uppfylls kravet: "+how, "Status: "+status)
		}
	}
	for _, sa := range domain.SeparateAnalyses(x.Effective) {
		r.requirement("Nivå 4", sa.Message+" Ansvarig: "+sa.Responsible+".", "Ja")
	}

	return finishForm(w, f, SheetAsset, "Underlag för upphandling: "+a.Name, "")
}

// WriteAssetFile writes the single-asset workbook to path, atomically.
func WriteAssetFile(path string, d *Data) error {
	return writeAtomic(path, func(w io.Writer) error { return ExportAsset(w, d) })
}

func joinNonEmpty(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}

// rowWriter writes a form-like sheet row by row.
type rowWriter struct {
	f     *excelize.File
	sheet string
	st    *styles
	row   int
}

func (r *rowWriter) cell(col int) string {
	c, _ := excelize.CoordinatesToCellName(col, r.row)
	return c
}

func (r *rowWriter) text(col int, s string, style int) {
	c := r.cell(col)
	r.f.SetCellStr(r.sheet, c, cleanText(s))
	if style != 0 {
		r.f.SetCellStyle(r.sheet, c, c, style)
	}
}

func (r *rowWriter) line(style int, s string) {
	if s != "" {
		r.text(1, s, style)
		if style == r.st.wrap || style == r.st.text {
			r.f.MergeCell(r.sheet, r.cell(1), r.cell(7))
			r.fit(s, 110)
		}
	}
	r.row++
}

// fit makes the row tall enough for text wrapped at width characters:
// neither Excel nor LibreOffice grows rows for wrapped merged cells.
func (r *rowWriter) fit(text string, width int) {
	lines := 0
	for _, l := range strings.Split(text, "\n") {
		lines += 1 + len([]rune(l))/width
	}
	if lines > 1 {
		r.f.SetRowHeight(r.sheet, r.row, float64(lines)*13+2)
	}
}

func (r *rowWriter) pair(label, value string) {
	r.text(1, label, r.st.bold)
	r.text(2, value, r.st.wrap)
	r.f.MergeCell(r.sheet, r.cell(2), r.cell(7))
	r.fit(value, 85)
	r.row++
}

func (r *rowWriter) level(label string, l domain.Level, why string) {
	r.text(1, label, r.st.bold)
	if l != domain.Unset {
		c := r.cell(2)
		r.f.SetCellInt(r.sheet, c, int64(l))
		r.f.SetCellStyle(r.sheet, c, c, r.st.level[l])
	}
	r.text(3, why, r.st.wrap)
	r.f.MergeCell(r.sheet, r.cell(3), r.cell(7))
	r.fit(why, 80)
	r.row++
}

func (r *rowWriter) header(names ...string) {
	for i, n := range names {
		r.text(i+1, n, r.st.header)
	}
	r.row++
}

func (r *rowWriter) typeRow(t domain.InfoType, why string) {
	r.text(1, t.Name, r.st.wrap)
	for i, a := range domain.AllAspects {
		if l := t.Ratings[a].Level; l != domain.Unset {
			c := r.cell(2 + i)
			r.f.SetCellInt(r.sheet, c, int64(l))
			r.f.SetCellStyle(r.sheet, c, c, r.st.level[l])
		}
	}
	r.text(6, why, r.st.wrap)
	r.f.MergeCell(r.sheet, r.cell(6), r.cell(7))
	r.fit(why, 72)
	r.row++
}

func (r *rowWriter) requirement(id, text, applies string) {
	r.text(1, id, r.st.text)
	r.text(2, text, r.st.wrap)
	r.f.MergeCell(r.sheet, r.cell(2), r.cell(6))
	r.text(7, applies, r.st.wrap)
	r.fit(text, 78)
	r.row++
}

// result writes each aspect's effective level with its explanation, and
// the floor warnings.
func (r *rowWriter) result(c *domain.Classification, m *domain.Model) {
	res := c.Result(m)
	for _, ar := range res.Aspects {
		info, _ := m.Aspect(ar.Aspect)
		r.level(info.Name, ar.Effective, ar.Explain())
	}
	for _, w := range res.Warnings {
		r.line(r.st.wrap, "Varning: "+w.Message)
	}
}

// types writes the information types with their levels and motivations.
func (r *rowWriter) types(c *domain.Classification) {
	r.header("Informationstyp", "K", "R", "T", "S", "Motiveringar", "")
	for _, t := range c.InfoTypes {
		var why []string
		for _, a := range domain.AllAspects {
			if rt := t.Ratings[a]; rt.Motivation != "" {
				why = append(why, string(a)+": "+rt.Motivation)
			}
		}
		if t.Referred() {
			why = []string{"Omfattas av säkerhetsskydd; klassas inte här och hanteras med säkerhetsskyddschefen."}
		}
		r.typeRow(t, strings.Join(why, "\n"))
	}
}

// fulfilmentText returns the status label and "Hur uppfylls kravet" of
// requirement id for the asset, both "" when it is not assessed; a
// requirement excluded without a fulfilment record reads as Ej tillämpligt.
func fulfilmentText(d *Data, assetID int64, id string) (status, how string) {
	f, ok := d.Fulfilments[assetID][id]
	if !ok {
		if why, excluded := d.Exclusions[assetID][id]; excluded {
			return domain.FulfilNotApplicable.Label(), why
		}
		return "", ""
	}
	if f.Status == domain.FulfilUnknown && f.How == "" {
		return "", ""
	}
	return f.Status.Label(), f.How
}
