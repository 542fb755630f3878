package xlsx

import (
	"strconv"

	"github.com/infoklass/infoklass/internal/domain"
)

// listColumn is one column of the prioritised list, the one place it is
// described: its header and width (export and print setup), the field an
// import reads it into and the other headers it recognises for that field
// (fIgnored for a computed column, which is not read back), and the
// value the export writes. A computed column's text is what the preview
// compares an edited cell with.
type listColumn struct {
	column
	field   field
	aliases []string
	value   func(x *domain.AssetSummary) any
	text    func(x *domain.AssetSummary, m *domain.Model) string // computed columns only, in model m's numbering
}

// computed reports whether the column is computed by Infoklass.
func (c listColumn) computed() bool { return c.field == fIgnored }

func listThresholdText(x *domain.AssetSummary) string {
	if x.Threshold == domain.OutcomeNone {
		return ""
	}
	return x.Threshold.Label()
}

func listDPIAText(x *domain.AssetSummary) string {
	if !x.Threshold.RequiresDPIA() {
		return ""
	}
	return x.DPIA.Label()
}

func text(f func(x *domain.AssetSummary) string) func(x *domain.AssetSummary) any {
	return func(x *domain.AssetSummary) any { return f(x) }
}

// listCol is the list column key as domain.ListColumns describes it
// (header and width), wrapped or not.
func listCol(key string, wrap bool) column {
	c, ok := domain.ListColumnByKey(key)
	if !ok {
		panic("xlsx: no list column " + key)
	}
	return column{c.Header, float64(c.Width), wrap}
}

// plain is a computed column's text that does not depend on the model.
func plain(f func(x *domain.AssetSummary) string) func(x *domain.AssetSummary, m *domain.Model) string {
	return func(x *domain.AssetSummary, _ *domain.Model) string { return f(x) }
}

// listTable is the list sheet, column by column, in the order and with
// the headers of domain.ListColumns.
var listTable = []listColumn{
	{listCol("rank", false), fIgnored, nil, func(x *domain.AssetSummary) any { return x.Rank },
		plain(func(x *domain.AssetSummary) string { return strconv.Itoa(x.Rank) })},
	{listCol("score", false), fIgnored, nil, func(x *domain.AssetSummary) any { return x.Priority.Score },
		plain(func(x *domain.AssetSummary) string { return strconv.Itoa(x.Priority.Score) })},
	{listCol("reasons", true), fIgnored, nil, text(func(x *domain.AssetSummary) string { return x.Priority.Text() }),
		plain(func(x *domain.AssetSummary) string { return x.Priority.Text() })},
	{listCol("name", true), fName, []string{"Tillgång", "Namn", "Name", "Asset", "Information asset", "Systemnamn",
		"Informationsmängd", "Informationsmängd/system", "Namn på tillgång", "Benämning", "Objekt/system"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Name }), nil},
	{listCol("description", true), fDescription, []string{"Description", "Syfte", "Innehåll", "Kort beskrivning"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Description }), nil},
	{listCol("kind", false), fKind, []string{"Kind", "Type", "Typ av tillgång", "Kategori"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Kind.Label() }), nil},
	{listCol("owner", false), fOwner, []string{"Ägare", "Owner", "Information owner", "Ansvarig", "Infoägare", "Systemägare"},
		text(func(x *domain.AssetSummary) string { return x.Asset.OwnerName }), nil},
	{listCol("owner_role", false), fOwnerRole, []string{"Roll", "Owner role", "Befattning"},
		text(func(x *domain.AssetSummary) string { return x.Asset.OwnerRole }), nil},
	{listCol("object", false), fObject, []string{"Förvaltningsobjekt/verksamhet"},
		text(func(x *domain.AssetSummary) string { return x.Asset.ManagementObject }), nil},
	{listCol("system", false), fSystem, []string{"System/tjänst", "Tjänst", "IT-system", "Systemstöd", "Service", "System/e-tjänst"},
		text(func(x *domain.AssetSummary) string { return x.Asset.System }), nil},
	{listCol("supplier", false), fSupplier, []string{"Supplier", "Vendor", "Leverantör/avtal"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Supplier }), nil},
	{listCol("status", false), fStatus, []string{"Klassningsstatus", "Läge", "State"},
		text(func(x *domain.AssetSummary) string { return x.Status.Label() }), nil},
	{listCol("status_reason", true), fStatusReason, []string{"Status reason", "Skäl för status"},
		text(func(x *domain.AssetSummary) string { return x.Asset.StatusReason }), nil},
	{listCol("K", false), fK, []string{"Konfidentialitet", "Confidentiality"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Confidentiality] }, nil},
	{listCol("R", false), fR, []string{"Riktighet", "Integrity"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Integrity] }, nil},
	{listCol("T", false), fT, []string{"Tillgänglighet", "Availability"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Availability] }, nil},
	{listCol("S", false), fS, []string{"Spårbarhet", "Traceability"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Traceability] }, nil},
	{listCol("overall", false), fIgnored, nil, func(x *domain.AssetSummary) any { return x.Overall },
		func(x *domain.AssetSummary, m *domain.Model) string { return levelCell(x.Overall, m) }},
	{listCol("threshold", false), fIgnored, nil, text(listThresholdText), plain(listThresholdText)},
	{listCol("dpia", false), fIgnored, nil, text(listDPIAText), plain(listDPIAText)},
	{listCol("decided", false), fClassified, []string{"Senast klassad", "Klassad", "Klassningsdatum", "Classified", "Last classified",
		"Datum för klassning", "Klassad datum", "Beslutsdatum", "Klassning fastställd", "Date classified", "Datum"},
		func(x *domain.AssetSummary) any { return x.DecidedAt }, nil},
	{listCol("review", false), fNextReview, []string{"Uppföljning", "Next review", "Review date", "Nästa översyn",
		"Revideras", "Omklassas", "Uppföljningsdatum", "Nästa klassning", "Ska följas upp"},
		func(x *domain.AssetSummary) any { return x.NextReview }, nil},
	{listCol("quarter", false), fIgnored, nil, text(func(x *domain.AssetSummary) string { return x.PlannedQuarter }),
		plain(func(x *domain.AssetSummary) string { return x.PlannedQuarter })},
	{listCol("procurement", false), fProcurement, []string{"Upphandling", "Avtalsslut", "Licens", "Procurement", "Contract end",
		"Licensförnyelse", "Avtalet löper ut", "Avtal löper ut", "Avtalstid", "Avtal t.o.m."},
		func(x *domain.AssetSummary) any { return x.Asset.ProcurementDate }, nil},
	{listCol("personal", false), fPersonal, []string{"Personal data", "Innehåller personuppgifter", "PUB", "GDPR"},
		text(func(x *domain.AssetSummary) string { return yesNo(x.Asset.PersonalData) }), nil},
	{listCol("rsa", false), fRSA, []string{"Samhällsviktig", "RSA", "Samhällsviktig verksamhet"},
		text(func(x *domain.AssetSummary) string { return yesNo(x.Asset.RSACritical) }), nil},
	{listCol("nis2", false), fNIS2, []string{"NIS 2", "Cybersäkerhetslagen"},
		text(func(x *domain.AssetSummary) string { return yesNo(x.Asset.NIS2) }), nil},
	{listCol("adjust", false), fAdjust, []string{"Justering"},
		func(x *domain.AssetSummary) any { return x.Asset.PriorityAdjust }, nil},
	{listCol("adjust_reason", true), fAdjustReason, nil,
		text(func(x *domain.AssetSummary) string { return x.Asset.PriorityReason }), nil},
	{listCol("notes", true), fComment, []string{"Kommentar", "Kommentarer", "Notes", "Comment", "Comments", "Övrigt", "Anmärkning"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Notes }), nil},
}

// listColumns are the list sheet's columns as the export and the print
// setup lay them out.
var listColumns = func() []column {
	cols := make([]column, len(listTable))
	for i, c := range listTable {
		cols[i] = c.column
	}
	return cols
}()

// listComputed names the list's computed columns, for the print setup's
// marks.
func listComputed() map[string]bool {
	out := map[string]bool{}
	for _, c := range listTable {
		if c.computed() {
			out[c.name] = true
		}
	}
	return out
}

// listValues are the cells of x's row of the list.
func listValues(x *domain.AssetSummary, row []any) []any {
	row = row[:0]
	for _, c := range listTable {
		row = append(row, c.value(x))
	}
	return row
}
