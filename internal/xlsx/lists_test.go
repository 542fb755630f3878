package xlsx

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// want is one asset a hand-kept list holds: its levels as "KRTS" digits
// ("" for none, "-" for an aspect left blank), its dates and status.
type want struct {
	name, levels, classified, next string
	status                         domain.Status
}

// listCase is one list of testdata/lists and what it must give.
type listCase struct {
	file    string
	opt     Options
	sheet   string
	header  int
	assets  []want
	skipped map[int]string // row → part of the reason
}

var lists = []listCase{
	{file: "farsta-isam-lista.xlsx", sheet: "Tillgångar 2025", header: 4, assets: []want{
		{"Procapita äldreomsorg", "4333", "2025-03-01", "2026-03-01", domain.StatusDecided},
		{"Skolplattformen", "3222", "2025-02-12", "2026-02-12", domain.StatusDecided},
		{"Lönesystem Heroma", "3422", "2025-03-01", "", domain.StatusDecided},
		{"Ekonomisystem Agresso", "", "", "", domain.StatusPlanned},
		{"Diariet W3D3", "2323", "2024-11-15", "2025-11-15", domain.StatusReview},
		{"E-tjänst bygglov", "", "", "", domain.StatusOngoing},
	}, skipped: map[int]string{12: "summering", 13: "under tabellen"}},
	{file: "skyddsbehov-tva-rader.xlsx", sheet: "Klassningar", header: 4, assets: []want{
		{"Biblioteksdatasystem Quria", "3222", "2024-09-10", "", domain.StatusDecided},
		{"Meröppet", "2232", "2024-09-10", "", domain.StatusDecided},
		{"Bokningssystem Interbook", "2221", "2025-01-20", "", domain.StatusDecided},
		{"Föreningsregister", "3212", "", "", domain.StatusOngoing},
		{"Kulturskolans elevregister", "3323", "", "", domain.StatusOngoing},
	}, skipped: map[int]string{5: "rubrik i tabellen", 8: "delsumma", 9: "rubrik i tabellen", 13: "delsumma", 14: "formel"}},
	{file: "english-1904.xlsx", sheet: "Assets", header: 1, assets: []want{
		{"Visitor management", "2212", "2025-04-02", "2026-04-02", domain.StatusDecided},
		{"Parking permits", "2322", "2024-12-05", "2025-12-05", domain.StatusDecided},
		{"Recruitment portal", "3222", "", "", domain.StatusOngoing},
	}, skipped: map[int]string{4: "dold rad"}},
	// KLASSA's 0–3 read in a KLASSA database: KLASSA 2 (Betydande) is
	// the scale's third level.
	{file: "klassa-export-0-3.xlsx", sheet: "Sammanställning", header: 5, opt: Options{Model: shipped("klassa")}, assets: []want{
		{"Bygglovshandläggning (Castor)", "2323", "2025-02-14", "2026-02-14", ""},
		{"Färdtjänstbeställning", "3332", "2025-03-03", "2026-03-03", ""},
		{"Detaljplaner och planarkiv", "1321", "2024-11-20", "2025-11-20", ""},
		{"Kart- och GIS-underlag", "1221", "2024-11-20", "", ""},
		{"Serveringstillstånd", "3322", "2025-01-28", "2026-01-28", ""},
		{"Felanmälan gata och park", "1221", "", "", ""},
		{"Fastighetsregister med skyddade adresser", "4323", "2025-04-02", "2026-04-02", ""},
		{"Miljötillsyn livsmedel", "2322", "2025-03-17", "2026-03-17", ""},
	}, skipped: map[int]string{15: "summering", 16: "under tabellen"}},
	{file: "lag-medel-hog.xlsx", header: 1, sheet: "Blad1",
		opt: Options{Levels: map[string]domain.Level{"lag": 1, "medel": 2, "hog": 3}, Statuses: map[string]domain.Status{"klar": domain.StatusDecided}},
		assets: []want{
			{"Hemtjänstplanering", "323-", "2025-02-01", "", domain.StatusDecided},
			{"Matsedel skolor", "112-", "2025-02-01", "", domain.StatusDecided},
			{"Tolkbeställning", "222-", "", "", domain.StatusNotStarted},
		}, skipped: map[int]string{5: "summering"}},
	{file: "klassning-k-nivå-t.xlsx", sheet: "Förteckning", header: 3, assets: []want{
		{"Tillsynsärenden miljö", "2323", "2025-03-01", "2026-01-01", ""},
		{"Provtagningsresultat", "2322", "2025-01-15", "2026-01-15", ""},
		{"Klagomål och tips", "3222", "2025-04-30", "", ""},
	}, skipped: map[int]string{8: "anteckning", 9: "under tabellen", 10: "under tabellen", 11: "under tabellen", 12: "under tabellen"}},
	{file: "it-application-register.xlsx", sheet: "Applications", header: 1, assets: []want{
		{"Treserva", "433-", "2025-02-11", "2026-02-11", ""},
		{"GIS portal", "122-", "2024-10-03", "2025-10-03", ""},
		{"SCADA water treatment", "244-", "2025-05-20", "", ""},
		{"Intranet", "221-", "", "", ""},
	}},
	{file: "tjanster-tredje-bladet.xlsx", sheet: "Tjänster", header: 3, assets: []want{
		{"Lifecare utförare", "4333", "2025-03-14", "", ""},
		{"E-tjänst ansökan om bistånd", "3323", "2025-04-01", "", ""},
		{"Trygghetslarm", "3342", "", "", ""},
	}},
	{file: "verksamhetssystem-hakparentes.xlsx", sheet: "Blad1", header: 1, assets: []want{
		{"Ciceron diarium", "332-", "2024-12-01", "2025-12-01", ""},
		{"Visma Lön", "343-", "2025-01-20", "2026-01-20", ""},
		{"Bokningsportal lokaler", "122-", "", "", ""},
	}},
	{file: "okanda-rubriker.xlsx", sheet: "Lista", header: 3,
		opt: Options{Map: map[string]string{"Vad": "namn", "Hur känsligt": "K", "Hur viktigt att det stämmer": "R", "Hur länge klarar vi oss utan": "T"}},
		assets: []want{
			{"Elevhälsans journaler", "432-", "", "", ""},
			{"Schemaläggning", "123-", "", "", ""},
			{"Frånvarorapportering", "233-", "", "", ""},
		}},
	{file: "okanda-nivakolumner.xlsx", sheet: "Register", header: 1,
		opt: Options{Map: map[string]string{"Skyddsnivå A": "K", "Skyddsnivå B": "R", "Skyddsnivå C": "T"}},
		assets: []want{
			{"Bygglovsärenden", "232-", "", "", ""},
			{"Serveringstillstånd", "221-", "", "", ""},
		}},
}

// shipped returns the model shipped under name ("klassa", "msb").
func shipped(name string) *domain.Model {
	m, ok := domain.ShippedModel(name)
	if !ok {
		panic("no shipped model " + name)
	}
	return m
}

func readList(t *testing.T, file string, o Options) *Preview {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "lists", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if o.Model == nil {
		o.Model = domain.DefaultModel()
	}
	p, err := ReadOptions(f, o)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return p
}

func levelDigits(levels map[domain.Aspect]domain.Level) string {
	if len(levels) == 0 {
		return ""
	}
	var b strings.Builder
	for _, a := range domain.AllAspects {
		if l := levels[a]; l == domain.Unset {
			b.WriteByte('-')
		} else {
			fmt.Fprint(&b, int(l))
		}
	}
	return b.String()
}

// TestHandKeptLists reads every list of testdata/lists: each real asset
// comes once with its levels, dates and status, and every title, total,
// note, hidden or legend row is skipped with its reason.
func TestHandKeptLists(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "lists", "*.xlsx"))
	if len(files) != len(lists) {
		t.Errorf("%d lists in testdata/lists, %d tested", len(files), len(lists))
	}
	for _, c := range lists {
		t.Run(c.file, func(t *testing.T) {
			p := readList(t, c.file, c.opt)
			if !p.OK() {
				t.Fatalf("problems: %v", p.Problems)
			}
			if p.Sheet != c.sheet || p.HeaderRow != c.header {
				t.Errorf("sheet %q header %d, want %q %d", p.Sheet, p.HeaderRow, c.sheet, c.header)
			}
			if len(p.Items) != len(c.assets) {
				var names []string
				for _, it := range p.Items {
					names = append(names, it.Asset.Name)
				}
				t.Fatalf("%d assets %q, want %d", len(p.Items), names, len(c.assets))
			}
			for i, w := range c.assets {
				it := p.Items[i]
				got := want{it.Asset.Name, levelDigits(it.Levels), it.Classified.String(), it.NextReview.String(), it.Asset.Status}
				if got != w {
					t.Errorf("row %d:\n got %+v\nwant %+v", it.Row, got, w)
				}
			}
			var rows []int
			for _, s := range p.Skipped {
				rows = append(rows, s.Row)
				if !strings.Contains(s.Reason, c.skipped[s.Row]) || c.skipped[s.Row] == "" {
					t.Errorf("row %d skipped as %q, want %q", s.Row, s.Reason, c.skipped[s.Row])
				}
			}
			if len(rows) != len(c.skipped) {
				sort.Ints(rows)
				t.Errorf("skipped rows %v, want %v", rows, c.skipped)
			}
		})
	}
}

// TestListsAsk: a scale or status word that is not the model's, and
// level columns that are not recognised, stop the import with a message
// that says what to give.
func TestListsAsk(t *testing.T) {
	for file, wants := range map[string][]string{
		"lag-medel-hog.xlsx":       {`kolumn K-nivå, R-nivå, T-nivå: värdena "Hög", "Låg", "Medel"`, `-levels 'Låg=1,Medel=2,Hög=3'`, `okända statusar "Klar"`, `-status 'Klar=Fastställd'`},
		"okanda-nivakolumner.xlsx": {`kolumnerna "Skyddsnivå A", "Skyddsnivå B", "Skyddsnivå C" ser ut att vara nivåer`, `-map 'Skyddsnivå A=K'`},
		"okanda-rubriker.xlsx":     {"Bästa gissningen är ”Vad”", "-map 'Vad=namn'", `kolumnerna "Hur känsligt", "Hur viktigt att det stämmer", "Hur länge klarar vi oss utan" ser ut att vara nivåer`},
	} {
		p := readList(t, file, Options{})
		var all []string
		for _, pr := range p.Problems {
			all = append(all, pr.String())
		}
		text := strings.Join(all, "\n")
		for _, w := range wants {
			if !strings.Contains(text, w) {
				t.Errorf("%s: no %q in\n%s", file, w, text)
			}
		}
	}
	// Chosen by hand, a hidden row is read too.
	p := readList(t, "english-1904.xlsx", Options{Hidden: true})
	if len(p.Items) != 4 || p.Items[2].Asset.Name != "Old fax gateway" || p.Items[2].Asset.Status != domain.StatusCancelled {
		t.Errorf("hidden row not read when chosen: %d items", len(p.Items))
	}
	// And the hidden sheet when it is chosen.
	p = readList(t, "skyddsbehov-tva-rader.xlsx", Options{Sheet: "Gammal lista 2019"})
	if len(p.Items) != 1 || p.Items[0].Asset.Name != "Gamla bokningssystemet" {
		t.Errorf("hidden sheet chosen: %+v", p.Items)
	}
}

// TestStatusWithoutLevels: "Pågår" on a row without levels creates no
// classification, so the preview says the status is not applied.
func TestStatusWithoutLevels(t *testing.T) {
	p := readList(t, "farsta-isam-lista.xlsx", Options{})
	if err := matchDB(t, p, emptyDB(t), today); err != nil {
		t.Fatal(err)
	}
	for _, it := range p.Items {
		if it.Asset.Name != "E-tjänst bygglov" {
			continue
		}
		for _, c := range it.Changes {
			if c.Field == "Status" {
				t.Errorf("status shown as applied: %+v", c)
			}
		}
		if len(it.NotApplied) != 1 || it.NotApplied[0].Field != "Status" || !strings.Contains(it.NotApplied[0].Reason, "Ej påbörjad") {
			t.Errorf("not applied %+v", it.NotApplied)
		}
	}
}

// TestRepeatedHeader: a list printed with its header on every page has
// the header again among the rows; it is skipped, and an asset whose
// name only resembles a header word is not.
func TestRepeatedHeader(t *testing.T) {
	g := &grid{rows: [][]string{
		{"Namn", "Ägare", "K"},
		{"Lönesystem", "Johan Ek", "2"},
		{"Namn", "Ägare", "K"},
		{"Tillgång", "Eva Sundberg", "3"},
	}}
	p := &Preview{Sheet: "Blad1", opt: Options{Model: domain.DefaultModel()}}
	p.readList(g)
	if len(p.Items) != 2 || len(p.Skipped) != 1 || p.Skipped[0].Row != 3 || p.Skipped[0].Reason != "upprepad rubrikrad" {
		t.Errorf("items %d, skipped %+v", len(p.Items), p.Skipped)
	}
}

// TestKlassaListInMSB: KLASSA's numbers read in an MSB 1–4 database are
// not guessed. The 0s stop the import with a Swedish question that names
// them, their rows and the answer; answered, every level is as in a
// KLASSA database, the same labels (KLASSA 2 Betydande is MSB 3).
func TestKlassaListInMSB(t *testing.T) {
	msb := shipped("msb")
	p := readList(t, "klassa-export-0-3.xlsx", Options{Model: msb})
	if p.OK() {
		t.Fatal("a KLASSA list with 0s read in MSB 1–4 without a question")
	}
	var all []string
	for _, pr := range p.Problems {
		all = append(all, pr.String())
	}
	text := strings.Join(all, "\n")
	for _, w := range []string{`värdena "0" (rad 8, 9, 11) finns inte i modellen MSB 1–4`, "numrerar nivåerna 1–4", "gissas inte",
		"KLASSA:s 0–4", `-levels '0=1,1=2,2=3,3=4'`} {
		if !strings.Contains(text, w) {
			t.Errorf("no %q in\n%s", w, text)
		}
	}
	if len(p.Problems) != 1 {
		t.Errorf("%d problems, want the one question: %s", len(p.Problems), text)
	}
	scale, err := ParseLevelScale("0=1,1=2,2=3,3=4", msb)
	if err != nil {
		t.Fatal(err)
	}
	answered := readList(t, "klassa-export-0-3.xlsx", Options{Model: msb, Levels: scale})
	if !answered.OK() {
		t.Fatalf("answered: %v", answered.Problems)
	}
	inKlassa := readList(t, "klassa-export-0-3.xlsx", Options{Model: shipped("klassa")})
	for i, it := range answered.Items {
		if got, want := levelDigits(it.Levels), levelDigits(inKlassa.Items[i].Levels); got != want {
			t.Errorf("%s: %s in MSB, %s in KLASSA", it.Asset.Name, got, want)
		}
	}
	if len(answered.Items) != 8 {
		t.Errorf("%d assets, want 8", len(answered.Items))
	}
	// The scale is written back in MSB's numbers, as it is read.
	if got := ScaleText(scale, msb); got != "0=1, 1=2, 2=3, 3=4" {
		t.Errorf("scale text %q", got)
	}
}
