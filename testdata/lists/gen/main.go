// Command gen writes the hand-kept lists of testdata/lists: workbooks
// laid out the way Swedish municipalities keep their classification
// lists, with instruction sheets, titles, two-row headers, totals, notes,
// other scales and both date systems. Run from the repository root:
//
//	go run ./testdata/lists/gen
package main

import (
	"log"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"
)

func main() {
	dir := filepath.Join("testdata", "lists")
	for name, build := range lists {
		f := excelize.NewFile()
		build(f)
		f.SetDocProps(&excelize.DocProperties{Creator: "ISAM", Created: "2025-06-01T08:00:00Z", Modified: "2025-06-01T08:00:00Z"})
		if err := f.SaveAs(filepath.Join(dir, name)); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func rows(f *excelize.File, sheet string, first int, rs ...[]any) {
	for i, r := range rs {
		cell, _ := excelize.CoordinatesToCellName(1, first+i)
		r := r
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			log.Fatal(err)
		}
	}
}

func dateStyle(f *excelize.File, code string) int {
	id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		log.Fatal(err)
	}
	return id
}

var lists = map[string]func(*excelize.File){
	// IT's English application register: "Application", "Business
	// owner", levels as the model's English words and their synonyms
	// (Severe), "Last assessed".
	"it-application-register.xlsx": func(f *excelize.File) {
		sh := "Applications"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Application", "Business owner", "Vendor", "Confidentiality", "Integrity", "Availability", "Last assessed", "Next review", "Comments"},
			[]any{"Treserva", "Ulla Lindgren", "CGI", "Severe", "Significant", "Significant", day(2025, 2, 11), day(2026, 2, 11), "Social services case management"},
			[]any{"GIS portal", "Erik Sjöberg", "Sweco", "Negligible", "Moderate", "Moderate", day(2024, 10, 3), day(2025, 10, 3), ""},
			[]any{"SCADA water treatment", "Ingrid Holm", "Siemens", "Moderate", "Severe", "Severe", day(2025, 5, 20), "", "OT network, separate zone"},
			[]any{"Intranet", "Per Åberg", "Sitevision", 2, 2, 1, "", "", "Not yet assessed"},
		)
		date := dateStyle(f, "yyyy-mm-dd")
		f.SetCellStyle(sh, "G2", "H5", date)
	},
	// A service list on the third sheet, after a cover and a change log,
	// under a title, with each aspect named in brackets after a word the
	// import does not know, "Ansvarig chef", "Förvaltning" (not the
	// management object) and "Klassningen gjord".
	"tjanster-tredje-bladet.xlsx": func(f *excelize.File) {
		f.SetSheetName("Sheet1", "Försättsblad")
		rows(f, "Försättsblad", 1,
			[]any{"Socialförvaltningen"},
			[]any{"Förteckning över tjänster och deras skyddsbehov"},
			[]any{"Ägare av dokumentet: Informationssäkerhetssamordnaren"})
		f.NewSheet("Ändringslogg")
		rows(f, "Ändringslogg", 1,
			[]any{"Datum", "Ändring", "Signatur"},
			[]any{"2025-01-10", "Lade till Lifecare", "JB"},
			[]any{"2025-03-02", "Uppdaterade nivåer efter workshop", "JB"})
		sh := "Tjänster"
		f.NewSheet(sh)
		f.SetCellValue(sh, "A1", "Tjänster 2025")
		rows(f, sh, 3,
			[]any{"Tjänst / e-tjänst", "Ansvarig chef", "Förvaltning", "Sekretess (K)", "Korrekthet (R)", "Åtkomst (T)", "Loggning (S)", "Klassningen gjord"},
			[]any{"Lifecare utförare", "Socialchef Anna Berg", "Socialförvaltningen", 4, 3, 3, 3, day(2025, 3, 14)},
			[]any{"E-tjänst ansökan om bistånd", "Enhetschef Omar Haddad", "Socialförvaltningen", 3, 3, 2, 3, day(2025, 4, 1)},
			[]any{"Trygghetslarm", "Enhetschef Maja Ek", "Socialförvaltningen", 3, 3, 4, 2, ""},
		)
		date := dateStyle(f, "yyyy-mm-dd")
		f.SetCellStyle(sh, "H4", "H6", date)
		f.SetActiveSheet(2)
	},
	// Compound headers and aspects in front of their words in brackets:
	// "Verksamhetssystem", "Processägare", "K (konfidentialitet)".
	"verksamhetssystem-hakparentes.xlsx": func(f *excelize.File) {
		sh := "Blad1"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Verksamhetssystem", "Processägare", "Leverantör", "K (konfidentialitet)", "R (riktighet)", "T (tillgänglighet)", "Klassning gjord", "Nästa översyn"},
			[]any{"Ciceron diarium", "Kansliet, Lena Holm", "Formpipe", 3, 3, 2, "2024-12-01", "2025-12-01"},
			[]any{"Visma Lön", "HR-chef Karl Nord", "Visma", 3, 4, 3, "2025-01-20", "2026-01-20"},
			[]any{"Bokningsportal lokaler", "Fritidschef Sofia Lind", "Interbook", 1, 2, 2, "", ""},
		)
	},
	// Headers the import knows no word of: the table is found by its
	// shape, its name column by its values, and the import asks before
	// it reads them.
	"okanda-rubriker.xlsx": func(f *excelize.File) {
		sh := "Lista"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Vårt arbete med skyddet"},
			[]any{},
			[]any{"Vad", "Vem", "Hur känsligt", "Hur viktigt att det stämmer", "Hur länge klarar vi oss utan"},
			[]any{"Elevhälsans journaler", "Karin Dahl", 4, 3, 2},
			[]any{"Schemaläggning", "Jonas Berg", 1, 2, 3},
			[]any{"Frånvarorapportering", "Jonas Berg", 2, 3, 3},
		)
	},
	// An instruction sheet first, a title, abbreviated aspect headers,
	// levels and dates in every form, then a total and a note.
	"farsta-isam-lista.xlsx": func(f *excelize.File) {
		f.SetSheetName("Sheet1", "Instruktioner")
		rows(f, "Instruktioner", 1,
			[]any{"Så fyller du i listan"},
			[]any{"Informationstillgång / system: namnet på systemet eller informationsmängden"},
			[]any{"Konf., Rikt., Tillg., Spårb.: nivå 1–4 enligt kommunens modell"})
		sh := "Tillgångar 2025"
		f.NewSheet(sh)
		f.SetCellValue(sh, "A1", "Informationsklassningar Farsta stadsdelsförvaltning – ISAM:s lista")
		f.MergeCell(sh, "A1", "I1")
		f.SetCellValue(sh, "A2", "Uppdaterad 2025-05-28")
		rows(f, sh, 4,
			[]any{"Informationstillgång / system", "Informationsägare", "Konf.", "Rikt.", "Tillg.", "Spårb.", "Senast klassad", "Nästa uppföljning", "Status"},
			[]any{"Procapita äldreomsorg", "Karin Lindqvist", "K4", "3 - Betydande", "Nivå 3", 3, day(2025, 3, 1), "1/3/2026", "Fastställd"},
			[]any{"Skolplattformen", "Anders Nyström", 3, 2, 2, 2, "12.02.2025", "12.02.2026", "Fastställd"},
			[]any{"Lönesystem Heroma", "Maria Bergström", "3", "Allvarlig", "2", "2", "1 mars 2025", "", "Fastställd"},
			[]any{"Ekonomisystem Agresso", "Johan Ek", "", "", "", "", "", "", "Planerad"},
			[]any{"Diariet W3D3", "Eva Sundberg", "2", "3", "2", "3", "2024-11-15", "2025-11-15", "Uppföljning krävs"},
			[]any{"E-tjänst bygglov", "Lars Holm", "", "", "", "", "", "", "Pågår"},
			[]any{},
			[]any{"Summa: 6 system"},
			[]any{"Not: listan gäller förvaltningens egna system; stadsgemensamma system finns i stadens register."})
		f.SetActiveSheet(1)
	},
	// A two-row header with "Skyddsbehov" merged above K R T S, a hidden
	// sheet, section titles, subtotals and a COUNTA total.
	"skyddsbehov-tva-rader.xlsx": func(f *excelize.File) {
		sh := "Klassningar"
		f.SetSheetName("Sheet1", sh)
		f.SetCellValue(sh, "A1", "Informationsklassning – Kultur- och fritidsförvaltningen")
		rows(f, sh, 3,
			[]any{"System/tjänst", "Ägare", "Förvaltningsobjekt", "Skyddsbehov", "", "", "", "Klassad", "Status"},
			[]any{"", "", "", "K", "R", "T", "S"},
			[]any{"Bibliotek"},
			[]any{"Biblioteksdatasystem Quria", "Sara Johansson", "Bibliotek", 3, 2, 2, 2, day(2024, 9, 10), "Fastställd"},
			[]any{"Meröppet", "Sara Johansson", "Bibliotek", 2, 2, 3, 2, day(2024, 9, 10), "Fastställd"},
			[]any{"", "", "", "", "", "", "", "", "2 st"},
			[]any{"Fritid"},
			[]any{"Bokningssystem Interbook", "Peter Lund", "Fritid", 2, 2, 2, 1, day(2025, 1, 20), "Fastställd"},
			[]any{"Föreningsregister", "Peter Lund", "Fritid", 3, 2, 1, 2, "", "Pågår"},
			[]any{"Kulturskolans elevregister", "Lena Ahmadi", "Fritid", 3, 3, 2, 3, "", "Pågående"},
			[]any{"3 st"},
		)
		f.MergeCell(sh, "D3", "G3")
		f.MergeCell(sh, "A5", "I5")
		f.MergeCell(sh, "A9", "I9")
		f.SetCellFormula(sh, "A14", "COUNTA(A6:A12)")
		f.SetCellValue(sh, "B14", "tillgångar totalt")
		date := dateStyle(f, "yyyy-mm-dd")
		f.SetCellStyle(sh, "H6", "H12", date)
		old := "Gammal lista 2019"
		f.NewSheet(old)
		rows(f, old, 1,
			[]any{"Namn", "Ägare", "K", "R", "T"},
			[]any{"Gamla bokningssystemet", "Peter Lund", 2, 2, 2})
		f.SetSheetVisible(old, false)
	},
	// English headers, the 1904 date system and a hidden row.
	"english-1904.xlsx": func(f *excelize.File) {
		t := true
		f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &t})
		sh := "Assets"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Asset", "Information owner", "Confidentiality", "Integrity", "Availability", "Traceability", "Last classified", "Next review", "Status", "Supplier"},
			[]any{"Visitor management", "Nils Ekström", 2, 2, 1, 2, day(2025, 4, 2), day(2026, 4, 2), "Approved", "Nordic Access AB"},
			[]any{"Parking permits", "Nils Ekström", 2, 3, 2, 2, day(2024, 12, 5), day(2025, 12, 5), "Approved", "Parkera Sverige AB"},
			[]any{"Old fax gateway", "Nils Ekström", 1, 1, 1, 1, "", "", "Cancelled", ""},
			[]any{"Recruitment portal", "Hanna Berg", 3, 2, 2, 2, "", "", "In progress", "Varbi"},
		)
		date := dateStyle(f, "yyyy-mm-dd")
		f.SetCellStyle(sh, "G2", "H5", date)
		f.SetRowVisible(sh, 4, false)
	},
	// A list exported by a KLASSA-style tool: a report title, who
	// exported it and when, levels in KLASSA's numbering 0–3 (0
	// Försumbar … 3 Allvarlig), most as numbers and a few retyped by
	// hand as text, a count below the table, the scale's legend, and a
	// sheet that explains the levels. Read in a KLASSA database every
	// level is as written; in MSB 1–4 the 0s are asked about.
	"klassa-export-0-3.xlsx": func(f *excelize.File) {
		sh := "Sammanställning"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Sammanställning av informationsklassningar"},
			[]any{"Sundsbo kommun – Samhällsbyggnadsförvaltningen"},
			[]any{"Exporterad 2025-04-22 av Maria Öberg, informationssäkerhetssamordnare"},
			[]any{},
			[]any{"Informationstillgång", "Beskrivning", "Informationsägare", "Konfidentialitet", "Riktighet", "Tillgänglighet", "Spårbarhet", "Klassad", "Nästa översyn", "Kommentar"},
			[]any{"Bygglovshandläggning (Castor)", "Ansökningar, ritningar och beslut om bygglov", "Annika Dahl", 1, 2, 1, 2, day(2025, 2, 14), day(2026, 2, 14), ""},
			[]any{"Färdtjänstbeställning", "Tillstånd och resor för färdtjänst", "Jonas Berg", 2, 2, 2, 1, day(2025, 3, 3), day(2026, 3, 3), "Hälsouppgifter i ansökan"},
			[]any{"Detaljplaner och planarkiv", "Antagna och pågående detaljplaner", "Annika Dahl", 0, 2, 1, 0, day(2024, 11, 20), day(2025, 11, 20), "Allmänna handlingar"},
			[]any{"Kart- och GIS-underlag", "Primärkarta, ortofoton och adressregister", "Tomas Lund", 0, 1, 1, 0, day(2024, 11, 20), "", ""},
			[]any{"Serveringstillstånd", "Ansökningar och tillsyn enligt alkohollagen", "Lena Nord", 2, 2, 1, 1, day(2025, 1, 28), day(2026, 1, 28), ""},
			[]any{"Felanmälan gata och park", "Medborgarnas felanmälningar via e-tjänst", "Tomas Lund", 0, 1, 1, 0, "", "", "Klassning pågår"},
			[]any{"Fastighetsregister med skyddade adresser", "Ägaruppgifter ur fastighetsregistret", "Lena Nord", 3, 2, 1, 2, day(2025, 4, 2), day(2026, 4, 2), "Sekretessmarkerade ägare förekommer"},
			[]any{"Miljötillsyn livsmedel", "Inspektioner och beslut om livsmedelsanläggningar", "Jonas Berg", "1", "2", "1", "1", day(2025, 3, 17), day(2026, 3, 17), "Nivåerna inskrivna för hand"},
			[]any{},
			[]any{"Antal informationstillgångar: 8"},
			[]any{"Nivåer enligt KLASSA: 0 Försumbar, 1 Måttlig, 2 Betydande, 3 Allvarlig."},
		)
		date := dateStyle(f, "yyyy-mm-dd")
		f.SetCellStyle(sh, "H6", "I13", date)
		f.NewSheet("Förklaring")
		rows(f, "Förklaring", 1,
			[]any{"Nivå", "Benämning", "Innebörd"},
			[]any{0, "Försumbar", "Ingen eller försumbar skada"},
			[]any{1, "Måttlig", "Måttlig skada"},
			[]any{2, "Betydande", "Betydande skada"},
			[]any{3, "Allvarlig", "Allvarlig skada"},
		)
	},
	// A scale of Låg/Medel/Hög and the status "Klar": neither is guessed.
	"lag-medel-hog.xlsx": func(f *excelize.File) {
		sh := "Blad1"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Namn", "Ansvarig", "K-nivå", "R-nivå", "T-nivå", "Status", "Datum"},
			[]any{"Hemtjänstplanering", "Birgitta Sandberg", "Hög", "Medel", "Hög", "Klar", "2025-02-01"},
			[]any{"Matsedel skolor", "Olof Strand", "Låg", "Låg", "Medel", "Klar", "2025-02-01"},
			[]any{"Tolkbeställning", "Birgitta Sandberg", "Medel", "Medel", "Medel", "Ej påbörjad", ""},
			[]any{"Antal: 3"},
		)
	},
	// Level columns under headers the import does not know: it stops and asks.
	"okanda-nivakolumner.xlsx": func(f *excelize.File) {
		sh := "Register"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Informationsmängd", "Ägare", "Skyddsnivå A", "Skyddsnivå B", "Skyddsnivå C"},
			[]any{"Bygglovsärenden", "Tomas Wik", 2, 3, 2},
			[]any{"Serveringstillstånd", "Tomas Wik", 2, 2, 1},
		)
	},
	// "Klassning K", "Nivå T", month and year dates, a legend under the
	// table after a blank row.
	"klassning-k-nivå-t.xlsx": func(f *excelize.File) {
		sh := "Förteckning"
		f.SetSheetName("Sheet1", sh)
		rows(f, sh, 1,
			[]any{"Förteckning över informationstillgångar, Miljöförvaltningen"},
			[]any{},
			[]any{"Informationsmängd", "Systemstöd", "Informationsägare", "Klassning K", "Klassning R", "Nivå T", "Nivå S", "Fastställd", "Nästa översyn", "Kommentar"},
			[]any{"Tillsynsärenden miljö", "Ecos", "Annika Falk", 2, 3, 2, 3, "mars 2025", "2026", ""},
			[]any{"Provtagningsresultat", "LIMS", "Annika Falk", 2, 3, 2, 2, "15.01.2025", "15.01.2026", "Labbet byter system 2026"},
			[]any{"Klagomål och tips", "Ecos", "Mikael Öberg", 3, 2, 2, 2, "2025-04-30", "", ""},
			[]any{},
			[]any{"Förklaring:"},
			[]any{"1", "Försumbar"},
			[]any{"2", "Måttlig"},
			[]any{"3", "Betydande"},
			[]any{"4", "Allvarlig"},
		)
		f.MergeCell(sh, "A1", "J1")
	},
}
