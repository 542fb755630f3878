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

// plain is a computed column's text that does not depend on the model.
func plain(f func(x *domain.AssetSummary) string) func(x *domain.AssetSummary, m *domain.Model) string {
	return func(x *domain.AssetSummary, _ *domain.Model) string { return f(x) }
}

// listTable is the list sheet, column by column.
var listTable = []listColumn{
	{column{"Rang", 7, false}, fIgnored, nil, func(x *domain.AssetSummary) any { return x.Rank },
		plain(func(x *domain.AssetSummary) string { return strconv.Itoa(x.Rank) })},
	{column{"Poäng", 8, false}, fIgnored, nil, func(x *domain.AssetSummary) any { return x.Priority.Score },
		plain(func(x *domain.AssetSummary) string { return strconv.Itoa(x.Priority.Score) })},
	{column{"Skäl", 50, true}, fIgnored, nil, text(func(x *domain.AssetSummary) string { return x.Priority.Text() }),
		plain(func(x *domain.AssetSummary) string { return x.Priority.Text() })},
	{column{"Informationstillgång", 34, true}, fName, []string{"Tillgång", "Namn", "Name", "Asset", "Information asset", "Systemnamn",
		"Informationsmängd", "Informationsmängd/system", "Namn på tillgång", "Benämning", "Objekt/system"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Name }), nil},
	{column{"Beskrivning", 40, true}, fDescription, []string{"Description", "Syfte", "Innehåll", "Kort beskrivning"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Description }), nil},
	{column{"Typ", 16, false}, fKind, []string{"Kind", "Type", "Typ av tillgång", "Kategori"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Kind.Label() }), nil},
	{column{"Informationsägare", 22, false}, fOwner, []string{"Ägare", "Owner", "Information owner", "Ansvarig", "Infoägare", "Systemägare"},
		text(func(x *domain.AssetSummary) string { return x.Asset.OwnerName }), nil},
	{column{"Ägarens roll", 24, false}, fOwnerRole, []string{"Roll", "Owner role", "Befattning"},
		text(func(x *domain.AssetSummary) string { return x.Asset.OwnerRole }), nil},
	{column{"Förvaltningsobjekt", 22, false}, fObject, []string{"Förvaltningsobjekt/verksamhet"},
		text(func(x *domain.AssetSummary) string { return x.Asset.ManagementObject }), nil},
	{column{"System", 20, false}, fSystem, []string{"System/tjänst", "Tjänst", "IT-system", "Systemstöd", "Service", "System/e-tjänst"},
		text(func(x *domain.AssetSummary) string { return x.Asset.System }), nil},
	{column{"Leverantör", 22, false}, fSupplier, []string{"Supplier", "Vendor", "Leverantör/avtal"},
		text(func(x *domain.AssetSummary) string { return x.Asset.Supplier }), nil},
	{column{"Status", 18, false}, fStatus, []string{"Klassningsstatus", "Läge", "State"},
		text(func(x *domain.AssetSummary) string { return x.Status.Label() }), nil},
	{column{"Statusskäl", 30, true}, fStatusReason, []string{"Status reason", "Skäl för status"},
		text(func(x *domain.AssetSummary) string { return x.Asset.StatusReason }), nil},
	{column{"K", 5, false}, fK, []string{"Konfidentialitet", "Confidentiality"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Confidentiality] }, nil},
	{column{"R", 5, false}, fR, []string{"Riktighet", "Integrity"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Integrity] }, nil},
	{column{"T", 5, false}, fT, []string{"Tillgänglighet", "Availability"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Availability] }, nil},
	{column{"S", 5, false}, fS, []string{"Spårbarhet", "Traceability"},
		func(x *domain.AssetSummary) any { return x.Effective[domain.Traceability] }, nil},
	{column{"Högsta nivå", 9, false}, fIgnored, nil, func(x *domain.AssetSummary) any { return x.Overall },
		func(x *domain.AssetSummary, m *domain.Model) string { return levelCell(x.Overall, m) }},
	{column{"Tröskelanalys", 26, false}, fIgnored, nil, text(listThresholdText), plain(listThresholdText)},
	{column{"DPIA-status", 14, false}, fIgnored, nil, text(listDPIAText), plain(listDPIAText)},
	{column{"Fastställd", 12, false}, fClassified, []string{"Senast klassad", "Klassad", "Klassningsdatum", "Classified", "Last classified",
		"Datum för klassning", "Klassad datum", "Beslutsdatum", "Klassning fastställd", "Date classified", "Datum"},
		func(x *domain.AssetSummary) any { return x.DecidedAt }, nil},
	{column{"Nästa uppföljning", 14, false}, fNextReview, []string{"Uppföljning", "Next review", "Review date", "Nästa översyn",
		"Revideras", "Omklassas", "Uppföljningsdatum", "Nästa klassning", "Ska följas upp"},
		func(x *domain.AssetSummary) any { return x.NextReview }, nil},
	{column{"Planerat kvartal", 12, false}, fIgnored, nil, text(func(x *domain.AssetSummary) string { return x.PlannedQuarter }),
		plain(func(x *domain.AssetSummary) string { return x.PlannedQuarter })},
	{column{"Upphandling/licens", 14, false}, fProcurement, []string{"Upphandling", "Avtalsslut", "Licens", "Procurement", "Contract end",
		"Licensförnyelse", "Avtalet löper ut", "Avtal löper ut", "Avtalstid", "Avtal t.o.m."},
		func(x *domain.AssetSummary) any { return x.Asset.ProcurementDate }, nil},
	{column{"Personuppgifter", 10, false}, fPersonal, []string{"Personal data", "Innehåller personuppgifter", "PUB", "GDPR"},
		text(func(x *domain.AssetSummary) string { return yesNo(x.Asset.PersonalData) }), nil},
	{column{"Samhällsviktig (RSA)", 10, false}, fRSA, []string{"Samhällsviktig", "RSA", "Samhällsviktig verksamhet"},
		text(func(x *domain.AssetSummary) string { return yesNo(x.Asset.RSACritical) }), nil},
	{column{"NIS2", 8, false}, fNIS2, []string{"NIS 2", "Cybersäkerhetslagen"},
		text(func(x *domain.AssetSummary) string { return yesNo(x.Asset.NIS2) }), nil},
	{column{"Manuell justering", 10, false}, fAdjust, []string{"Justering"},
		func(x *domain.AssetSummary) any { return x.Asset.PriorityAdjust }, nil},
	{column{"Skäl för justering", 30, true}, fAdjustReason, nil,
		text(func(x *domain.AssetSummary) string { return x.Asset.PriorityReason }), nil},
	{column{"Anteckningar", 40, true}, fComment, []string{"Kommentar", "Kommentarer", "Notes", "Comment", "Comments", "Övrigt", "Anmärkning"},
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
