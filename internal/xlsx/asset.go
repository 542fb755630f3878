package xlsx

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// SheetAsset is the sheet of a single-asset export; the supplier's
// version adds SheetSupplierRequirements.
const (
	SheetAsset                = "Underlag"
	SheetSupplierRequirements = "Krav"
)

// DraftMark is written on every sheet, every printed page and in the file
// name of a workbook whose classification is not decided.
const DraftMark = "Utkast – inte fastställd"

// Audience says who a single-asset workbook is for.
type Audience int

const (
	// Internal is the municipality's own workbook: the classification
	// with its motivations, the threshold analysis, parked questions and
	// how each requirement is met.
	Internal Audience = iota
	// Supplier is the workbook for a tender: the asset, its levels and
	// the requirements with columns for the supplier's answer and the
	// evaluation. It carries no motivations, internal notes or parked
	// questions.
	Supplier
)

// AssetIsDraft reports whether the single asset of d has no decided
// classification, so that its workbook is a draft.
func AssetIsDraft(d *Data) bool {
	if len(d.Summaries) != 1 {
		return false
	}
	c := d.Classifications[d.Summaries[0].Asset.ID]
	return c == nil || !c.Decided()
}

// ExportAsset writes a workbook for one procurement: for the
// municipality itself (Internal) or for the supplier (Supplier), laid
// out to print on A4. d must hold one asset.
func ExportAsset(w io.Writer, d *Data, to Audience) error {
	if len(d.Summaries) != 1 {
		return fmt.Errorf("export of one asset: %d assets given", len(d.Summaries))
	}
	f, r, err := newForm(SheetAsset, d.Model)
	if err != nil {
		return err
	}
	defer f.Close()
	x := d.Summaries[0]
	draft := AssetIsDraft(d)
	header := ""
	if draft {
		header = DraftMark
	}
	if to == Supplier {
		if err := supplierSheets(f, r, d, draft); err != nil {
			return err
		}
		return finishForm(w, f, SheetAsset, "Säkerhetskrav för upphandling: "+x.Asset.Name, header, d.Generated)
	}
	internalSheet(r, d, draft)
	return finishForm(w, f, SheetAsset, "Underlag för upphandling: "+x.Asset.Name, header, d.Generated)
}

// assetHead writes the title, the draft mark and the asset's facts.
func (r *rowWriter) assetHead(title string, x domain.AssetSummary, draft, internal bool) {
	a := x.Asset
	r.line(r.st.title, title)
	if draft {
		r.line(r.st.bold, DraftMark+": klassningen är inte beslutad av informationsägaren och kan ändras.")
	}
	r.line(0, "")
	r.pair("Informationstillgång", a.Name)
	r.pair("Beskrivning", a.Description)
	if internal {
		r.pair("Informationsägare", joinNonEmpty(a.OwnerName, a.OwnerRole, ", "))
	}
	r.pair("System / leverantör", joinNonEmpty(a.System, a.Supplier, " / "))
	if internal {
		r.pair("Status", x.Status.Label())
	}
	r.pair("Fastställd", x.DecidedAt.String())
	if internal {
		r.pair("Nästa uppföljning", x.NextReview.String())
	}
	r.pair("Upphandling/licens", a.ProcurementDate.String())
	r.line(0, "")
}

// internalSheet writes the municipality's own workbook.
func internalSheet(r *rowWriter, d *Data, draft bool) {
	st, m := r.st, d.Model
	x := d.Summaries[0]
	a := x.Asset
	r.assetHead("Informationsklassning – underlag för upphandling (internt)", x, draft, true)
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
		if t.FinalDecision().RequiresDPIA() && len(d.Processings) == 0 {
			r.pair("Konsekvensbedömning", joinNonEmpty(t.DPIAStatus.Label(), t.DPIAReference, ", "))
		}
	} else {
		r.line(st.text, "Ingen tröskelanalys är gjord.")
	}
	for _, p := range d.Processings {
		r.pair("Behandling", joinNonEmpty(p.Name, p.RecordRef, ", ")+". Konsekvensbedömning: "+p.DPIA.Text())
	}
	r.parked(d.Parked[a.ID])
	r.line(0, "")
	r.line(st.bold, "Krav på leverantören")
	r.header("Id", "Krav", "", "", "", "", "Tillämpligt")
	for _, q := range domain.Requirements().For(domain.ApplicabilityOf(x, m)) {
		applies := "Ja"
		if why, ok := d.Exclusions[a.ID][q.ID]; ok {
			applies = "Ej tillämpligt: " + why
		}
		r.requirement(q.ID, q.Strength.Label()+"-krav ("+q.VerifyText()+"): "+q.Shall, applies)
		if status, how := fulfilmentText(d, a.ID, q.ID); status != "" && status != domain.FulfilNotApplicable.Label() {
			if how == "" {
				how = "(inte beskrivet)"
			}
			r.requirement("", "Hur uppfylls kravet: "+how, "Status: "+status)
		}
	}
	for _, sa := range domain.SeparateAnalyses(m, x.Effective) {
		r.requirement("Skyddsanalys", sa.Message+" Ansvarig: "+sa.Responsible+".", "Ja")
	}
}

// parked writes the open questions parked in the meeting.
func (r *rowWriter) parked(qs []domain.ParkedQuestion) {
	var open []string
	for _, q := range qs {
		if !q.Resolved {
			open = append(open, "• "+q.Text)
		}
	}
	if len(open) == 0 {
		return
	}
	r.line(0, "")
	r.line(r.st.bold, "Parkerade frågor att följa upp")
	r.line(r.st.wrap, strings.Join(open, "\n"))
}

// supplierSheets writes the supplier's workbook: the asset and its
// levels without motivations on the first sheet, and the requirements
// with columns for the answer and the evaluation on the second.
func supplierSheets(f *excelize.File, r *rowWriter, d *Data, draft bool) error {
	st, m := r.st, d.Model
	x := d.Summaries[0]
	r.assetHead("Säkerhetskrav för upphandling", x, draft, false)
	r.line(st.bold, "Skyddsnivåer")
	for _, asp := range m.AspectCodes() {
		info, _ := m.Aspect(asp)
		l := x.Effective[asp]
		label := "inte bedömd"
		if li, ok := m.Level(l); ok {
			label = li.Label
		}
		r.level(info.Name, l, label)
	}
	reqs := domain.Requirements().For(domain.ApplicabilityOf(x, m))
	var must, should int
	for _, q := range reqs {
		if _, excluded := d.Exclusions[x.Asset.ID][q.ID]; excluded {
			continue
		}
		if q.Strength == domain.Should {
			should++
		} else {
			must++
		}
	}
	r.line(0, "")
	r.line(st.wrap, fmt.Sprintf("Nivåerna ger %d ska-krav och %d bör-krav; de står på bladet %s med kolumner för leverantörens svar och kommunens bedömning. Ett ska-krav som inte uppfylls diskvalificerar anbudet; bör-krav poängsätts.",
		must, should, SheetSupplierRequirements))
	for _, sa := range domain.SeparateAnalyses(m, x.Effective) {
		info, _ := m.Aspect(sa.Aspect)
		r.line(st.wrap, fmt.Sprintf("%s ligger på en nivå som kravkatalogen inte täcker. Kompletterande krav tas fram i en särskild analys och lämnas separat.", info.Name))
	}
	return supplierRequirements(f, r.st, d, reqs, draft)
}

// supplierColumns are the columns of the supplier's requirement sheet.
var supplierColumns = []column{
	{"Id", 8, false}, {"Område", 18, true}, {"Ska/bör", 8, false}, {"Krav", 58, true}, {"Verifieras genom", 16, true},
	{"Leverantörens svar", 40, true}, {"Bedömning", 14, true},
}

// supplierRequirements writes the requirement sheet of the supplier's workbook.
func supplierRequirements(f *excelize.File, st *styles, d *Data, reqs []domain.Requirement, draft bool) error {
	s, err := newListSheet(f, st, SheetSupplierRequirements, supplierColumns)
	if err != nil {
		return err
	}
	if draft {
		s.mark = DraftMark
	}
	for _, q := range reqs {
		if _, excluded := d.Exclusions[d.Summaries[0].Asset.ID][q.ID]; excluded {
			continue
		}
		if err := s.add(q.ID, q.Area, q.Strength.Label(), q.Shall, q.VerifyText(), "", ""); err != nil {
			return err
		}
	}
	return s.finish("Krav")
}

// WriteAssetFile writes the single-asset workbook to path, atomically.
func WriteAssetFile(path string, d *Data, to Audience) error {
	return writeAtomic(path, func(w io.Writer) error { return ExportAsset(w, d, to) })
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
		r.f.SetCellInt(r.sheet, c, int64(r.st.m.Number(l)))
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
			r.f.SetCellInt(r.sheet, c, int64(r.st.m.Number(l)))
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
		r.level(info.Name, ar.Effective, ar.Explain(m))
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
