package domain

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func d(y, m, day int) Date { return NewDate(y, time.Month(m), day) }

// reviewInput is a small district: events placed on the first and last
// days of 2025 and just outside them.
func reviewInput(year int) YearInput {
	return YearInput{Model: DefaultModel(),
		Year: year,
		AsOf: d(year, 12, 31),
		Assets: []YearAsset{
			{ID: 1, Name: "Hemtjänst", RSACritical: true, NIS2: true, ProcurementDates: []Date{d(2025, 6, 1)}},
			{ID: 2, Name: "Förskoleapp"},
			{ID: 3, Name: "Säkra meddelanden", Status: StatusCancelled, StatusReason: "Osäkra förhållanden"},
			{ID: 4, Name: "Bemanning", RSACritical: true},
			{ID: 5, Name: "Ekonomi"},
			{ID: 6, Name: "Webb"},
		},
		Classifications: []YearClassification{
			// decided on 1 January 2025, due 1 January 2026
			{ID: 10, AssetID: 1, Kind: KindLocal, Date: d(2024, 12, 31), Decided: true, DecidedAt: d(2025, 1, 1), NextReview: d(2026, 1, 1), Overall: 4},
			// started 31 December 2025, in progress at year end
			{ID: 11, AssetID: 2, Kind: KindNormative, Date: d(2025, 12, 31)},
			// cancelled asset's classification: not in progress
			{ID: 12, AssetID: 3, Kind: KindLocal, Date: d(2025, 3, 1)},
			// decided 2024, due 31 December 2025, followed up that day
			{ID: 13, AssetID: 5, Kind: KindLocal, Date: d(2024, 2, 1), Decided: true, DecidedAt: d(2024, 2, 1), NextReview: d(2025, 12, 31), Overall: 2},
			{ID: 14, AssetID: 5, Kind: KindFollowUp, Date: d(2025, 12, 1), Decided: true, DecidedAt: d(2025, 12, 31), NextReview: d(2026, 12, 31), Overall: 3},
			// decided 2024, due 2025-06-30, not followed up
			{ID: 15, AssetID: 6, Kind: KindLocal, Date: d(2024, 6, 30), Decided: true, DecidedAt: d(2024, 6, 30), NextReview: d(2025, 6, 30), Overall: 1},
		},
		Thresholds: []YearThreshold{
			{ID: 20, AssetID: 1, Date: d(2025, 1, 1), Outcome: OutcomeRequired, Current: true, DPIAStatus: DPIAOngoing},
			{ID: 21, AssetID: 2, Date: d(2025, 12, 31), Outcome: OutcomeAssess, Current: true},
			{ID: 22, AssetID: 5, Date: d(2024, 12, 31), Outcome: OutcomeRequired, Current: true, DPIAStatus: DPIADone, DPIADate: d(2025, 1, 1), DPIAReference: "Dnr 1"},
			{ID: 23, AssetID: 6, Date: d(2026, 1, 1), Outcome: OutcomeNotRequired, Current: true},
		},
		Processings: []YearProcessing{
			{ID: 30, Name: "Hemtjänstens dokumentation", AssetIDs: []int64{1}, DPIA: ProcessingDPIA{Status: DPIAOngoing}},
			{ID: 31, Name: "Ekonomins reskontra", AssetIDs: []int64{5},
				DPIA: ProcessingDPIA{Status: DPIADone, Date: d(2025, 1, 1), Reference: "Dnr 1", RiskAnalysis: d(2025, 12, 31)}},
			// one processing of two assets, done on the last day
			{ID: 32, Name: "Barnomsorgsavgifter", AssetIDs: []int64{2, 5},
				DPIA: ProcessingDPIA{Status: DPIADone, Date: d(2025, 12, 31), Reference: "Dnr 2"}},
			{ID: 33, Name: "Webbformulär", AssetIDs: []int64{6}, DPIA: ProcessingDPIA{Status: DPIANotRequired, Reason: "Inga känsliga uppgifter"}},
		},
		Events: []StatusEvent{
			{AssetID: 3, Date: d(2025, 12, 31), Old: StatusOngoing, New: StatusCancelled, Reason: "Osäkra förhållanden"},
			{AssetID: 4, Date: d(2024, 12, 31), Old: StatusOngoing, New: StatusCancelled},
			{AssetID: 4, Date: d(2025, 1, 1), Old: StatusCancelled, New: StatusPlanned},
		},
		Requirements: []AssetRequirements{
			{AssetID: 1, Met: 10, NotMet: 2, NotAssessed: 3},
			{AssetID: 4, NotAssessed: 5}, // not classified: not counted
			{AssetID: 5, Met: 4, NotAssessed: 1},
			{AssetID: 6, Met: 6},
		},
	}
}

func ids(f Figure) []int64 {
	out := []int64{}
	for _, it := range f.Items {
		out = append(out, it.AssetID)
	}
	return out
}

func TestComputeYear(t *testing.T) {
	cases := []struct {
		year int
		name string
		get  func(*YearFigures) Figure
		want []int64
	}{
		{2025, "started local", func(y *YearFigures) Figure { return y.Started.Local }, []int64{3}},
		{2025, "started normative on 31 Dec", func(y *YearFigures) Figure { return y.Started.Normative }, []int64{2}},
		{2025, "started follow-up", func(y *YearFigures) Figure { return y.Started.FollowUp }, []int64{5}},
		{2024, "started 2024", func(y *YearFigures) Figure { return y.Started.All() }, []int64{5, 1, 6}},
		{2025, "decided on 1 Jan and 31 Dec", func(y *YearFigures) Figure { return y.Decided.All() }, []int64{5, 1}},
		{2025, "decided local", func(y *YearFigures) Figure { return y.Decided.Local }, []int64{1}},
		{2024, "in progress end of 2024", func(y *YearFigures) Figure { return y.InProgress.All() }, []int64{1}},
		{2025, "in progress end of 2025", func(y *YearFigures) Figure { return y.InProgress.All() }, []int64{2}},
		{2025, "handled, of every kind", func(y *YearFigures) Figure { return y.Handled }, []int64{5, 2, 1}},
		{2025, "handled follow-ups", func(y *YearFigures) Figure { return y.HandledFollowUps }, []int64{5}},
		{2024, "handled 2024: in progress on 31 Dec", func(y *YearFigures) Figure { return y.Handled }, []int64{5, 1, 6}},
		{2025, "due 2026: unclassified, due 31 Dec 2026, in progress, due 1 Jan, overdue", func(y *YearFigures) Figure { return y.Due[0] }, []int64{4, 5, 2, 1, 6}},
		{2025, "nothing due 2027", func(y *YearFigures) Figure { return y.Due[1] }, []int64{}},
		{2024, "due 2025: unclassified, due 31 Dec, not started, in progress, due in June", func(y *YearFigures) Figure { return y.Due[0] }, []int64{4, 5, 2, 1, 6}},
		{2023, "due 2024 with nothing decided", func(y *YearFigures) Figure { return y.Due[0] }, []int64{4, 5, 2, 1, 6}},
		{2025, "requirements met", func(y *YearFigures) Figure { return y.RequirementsMet }, []int64{6}},
		{2025, "requirements not met", func(y *YearFigures) Figure { return y.RequirementsNotMet }, []int64{1}},
		{2025, "requirements not assessed", func(y *YearFigures) Figure { return y.RequirementsNotAssessed }, []int64{5}},
		{2024, "requirements of assets unclassified then", func(y *YearFigures) Figure { return y.RequirementsNotMet }, []int64{}},
		{2025, "cancelled on 31 Dec", func(y *YearFigures) Figure { return y.Cancelled }, []int64{3}},
		{2024, "cancelled on 31 Dec 2024", func(y *YearFigures) Figure { return y.Cancelled }, []int64{4}},
		{2025, "follow-ups due", func(y *YearFigures) Figure { return y.FollowUpsDue }, []int64{5, 6}},
		{2025, "follow-ups done", func(y *YearFigures) Figure { return y.FollowUpsDone }, []int64{5}},
		{2025, "followed up", func(y *YearFigures) Figure { return y.FollowedUp }, []int64{5}},
		{2024, "followed up 2024", func(y *YearFigures) Figure { return y.FollowedUp }, []int64{}},
		{2025, "follow-ups overdue", func(y *YearFigures) Figure { return y.FollowUpsOverdue }, []int64{6}},
		{2026, "due on 1 Jan 2026", func(y *YearFigures) Figure { return y.FollowUpsDue }, []int64{5, 1}},
		{2025, "thresholds 1 Jan and 31 Dec", func(y *YearFigures) Figure { return y.Thresholds }, []int64{2, 1}},
		{2025, "thresholds without a final decision", func(y *YearFigures) Figure { m, _ := MeasureByID(DefaultModel(), "thresholds_open"); return m.Get(y) }, []int64{2}},
		{2026, "thresholds not required", func(y *YearFigures) Figure {
			m, _ := MeasureByID(DefaultModel(), "thresholds_not_required")
			return m.Get(y)
		}, []int64{6}},
		{2025, "DPIA required", func(y *YearFigures) Figure { return y.DPIARequired }, []int64{1}},
		{2025, "level 4", func(y *YearFigures) Figure { return y.Levels[4] }, []int64{1}},
		{2025, "level 3 after follow-up", func(y *YearFigures) Figure { return y.Levels[3] }, []int64{5}},
		{2025, "unclassified", func(y *YearFigures) Figure { return y.Levels[0] }, []int64{4, 2}},
		{2024, "level 2 before follow-up", func(y *YearFigures) Figure { return y.Levels[2] }, []int64{5}},
		{2025, "critical unclassified", func(y *YearFigures) Figure { return y.CriticalUnclassified }, []int64{4}},
		{2024, "critical unclassified 2024", func(y *YearFigures) Figure { return y.CriticalUnclassified }, []int64{4, 1}},
		{2025, "ahead of procurement", func(y *YearFigures) Figure { return y.AheadOfProcurement }, []int64{1}},
	}
	for _, c := range cases {
		y := ComputeYear(reviewInput(c.year))
		if got := ids(c.get(&y)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%d %s: %v, want %v", c.year, c.name, got, c.want)
		}
	}
}

func itemTexts(f Figure) string {
	var out []string
	for _, it := range f.Items {
		out = append(out, it.Asset+" "+it.Detail)
	}
	return strings.Join(out, "; ")
}

// TestDPIAPerProcessing counts the DPIAs per processing: one processing
// of two assets is one DPIA, one done on 1 January and one on 31
// December count in the year, a risk analysis counts by its own date,
// and an asset whose processing found no DPIA required is not open.
func TestDPIAPerProcessing(t *testing.T) {
	cases := []struct {
		year int
		name string
		get  func(*YearFigures) Figure
		want string
	}{
		{2025, "done", func(y *YearFigures) Figure { return y.DPIADone }, "Barnomsorgsavgifter Dnr 2; Ekonomins reskontra Dnr 1"},
		{2025, "with risk analysis", func(y *YearFigures) Figure { return y.DPIAWithRiskAnalysis }, "Ekonomins reskontra Dnr 1 riskanalys 2025-12-31"},
		{2024, "none done in 2024", func(y *YearFigures) Figure { return y.DPIADone }, ""},
		{2025, "ongoing", func(y *YearFigures) Figure { return y.DPIAOngoing }, "Hemtjänstens dokumentation "},
		{2025, "open: required, not done", func(y *YearFigures) Figure { return y.DPIAOpen }, "Hemtjänst konsekvensbedömning pågående"},
	}
	for _, c := range cases {
		y := ComputeYear(reviewInput(c.year))
		if got := itemTexts(c.get(&y)); got != c.want {
			t.Errorf("%d %s: %q, want %q", c.year, c.name, got, c.want)
		}
	}
	y := ComputeYear(reviewInput(2025))
	if n := len(y.Processings); n != 4 || y.Processings[0].Name != "Barnomsorgsavgifter" ||
		strings.Join(y.Processings[0].Assets, ", ") != "Ekonomi, Förskoleapp" {
		t.Errorf("processings of the year: %+v", y.Processings)
	}
	in := reviewInput(2025)
	in.AsOf = d(2025, 12, 30)
	if y := ComputeYear(in); itemTexts(y.DPIADone) != "Ekonomins reskontra Dnr 1" || y.DPIAWithRiskAnalysis.Count() != 0 {
		t.Errorf("on 30 December: done %q, %d with risk analysis", itemTexts(y.DPIADone), y.DPIAWithRiskAnalysis.Count())
	}
	in = reviewInput(2025)
	in.Processings[0].DPIA = ProcessingDPIA{Status: DPIANotRequired, Reason: "C1: omfattas av Procapitas DPIA"}
	if y := ComputeYear(in); y.DPIAOpen.Count() != 0 {
		t.Errorf("a DPIA found not required is still open: %+v", y.DPIAOpen.Items)
	}
}

func TestComputeYearAsOf(t *testing.T) {
	in := reviewInput(2025)
	in.AsOf = d(2025, 6, 30)
	y := ComputeYear(in)
	if got := ids(y.Decided.All()); !reflect.DeepEqual(got, []int64{1}) {
		t.Errorf("decided by 30 June: %v", got)
	}
	if got := ids(y.FollowUpsOverdue); len(got) != 0 {
		t.Errorf("due 30 June is not overdue that day: %v", got)
	}
	if got := ids(y.Started.Normative); len(got) != 0 {
		t.Errorf("started after AsOf: %v", got)
	}
}

func TestSentences(t *testing.T) {
	y := ComputeYear(reviewInput(2025))
	got := strings.Join(Sentences(&y), "\n")
	for _, want := range []string{
		"Under 2025 har 3 informationsklassningar hanterats eller är i slutfasen, varav 1 normerande och 1 uppföljning av en tidigare genomförd klassning. Av dessa har 2 fastställts under året och 1 pågår vid årets slut.",
		"1 klassning har avbrutits – osäkra förhållanden (Säkra meddelanden).",
		"1 tidigare genomförd klassning har följts upp och fastställts under året.",
		"2 konsekvensbedömningar har genomförts under året, varav 1 med tillhörande riskanalys.",
		"Av de 26 krav som följer av de fastställda klassningarna är 20 uppfyllda, 2 inte eller bara delvis uppfyllda och 4 ännu inte bedömda; 1 informationstillgång har krav som inte är uppfyllda (Hemtjänst).",
		"2 klassningar skulle följas upp under året, och 1 av dem har följts upp.",
		"Vid årets slut är 1 uppföljning försenad (Webb).",
		"Behovet av konsekvensbedömning enligt dataskyddsförordningen har bedömts i 2 klassningar, och i 1 av dem krävs en konsekvensbedömning.",
		"Vid årets slut pågår 1 konsekvensbedömning.",
		"Av 5 informationstillgångar har 3 en fastställd klassning vid årets slut: 1 på nivå 4, 1 på nivå 3 och 1 på nivå 1.",
		"1 informationstillgång som stöder samhällsviktig verksamhet enligt RSA eller omfattas av cybersäkerhetslagen (NIS2) saknar fastställd klassning: Bemanning.",
		"1 klassning har fastställts inför en upphandling eller licensförnyelse.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestSentencesZeroAndPlural(t *testing.T) {
	empty := ComputeYear(YearInput{Year: 2023, Model: DefaultModel()})
	got := strings.Join(Sentences(&empty), "\n")
	for _, want := range []string{
		"Under 2023 har inga informationsklassningar hanterats.",
		"Inga klassningar har avbrutits.",
		"Ingen tidigare genomförd klassning har följts upp under året.",
		"Ingen klassning skulle följas upp under året.",
		"Vid årets slut är ingen uppföljning försenad.",
		"Ingen konsekvensbedömning har genomförts under året.",
		"Ingen klassning har fastställts inför en upphandling eller licensförnyelse.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	in := YearInput{Year: 2025, AsOf: d(2025, 12, 1), Model: DefaultModel()}
	for i := int64(1); i <= 3; i++ {
		in.Assets = append(in.Assets, YearAsset{ID: i, Name: string(rune('A' + i - 1)), Status: StatusCancelled, StatusReason: map[int64]string{2: "Avbruten på grund av osäkra förutsättningar."}[i]})
		in.Events = append(in.Events, StatusEvent{AssetID: i, Date: d(2025, 5, int(i)), Old: StatusOngoing, New: StatusCancelled})
		in.Thresholds = append(in.Thresholds, YearThreshold{ID: i, AssetID: i, Date: d(2025, 2, 1), Outcome: OutcomeRequired, Current: true})
		in.Processings = append(in.Processings, YearProcessing{ID: i, Name: "Behandling " + string(rune('A'+i-1)), AssetIDs: []int64{i},
			DPIA: ProcessingDPIA{Status: DPIAPlanned}})
	}
	y := ComputeYear(in)
	got = strings.Join(Sentences(&y), "\n")
	for _, want := range []string{
		"3 klassningar har avbrutits: A, B (på grund av osäkra förutsättningar) och C.",
		"i samtliga fall krävs en konsekvensbedömning.",
		"Per den 1 december 2025 är 3 konsekvensbedömningar planerade.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestRisks(t *testing.T) {
	y := ComputeYear(reviewInput(2025))
	rs := Risks(&y)
	if len(rs) != 3 {
		t.Fatalf("%d risks: %+v", len(rs), rs)
	}
	want := []string{
		"1 informationstillgång på nivå 4 saknar genomförd konsekvensbedömning trots att en sådan krävs.",
		"1 klassning har inte följts upp i tid.",
		"1 informationstillgång som stöder samhällsviktig verksamhet (RSA) eller omfattas av NIS2 saknar fastställd klassning.",
	}
	for i, r := range rs {
		if r.Text != want[i] {
			t.Errorf("risk %d: %q, want %q", i, r.Text, want[i])
		}
	}
	if rs[0].Items[0].Asset != "Hemtjänst" || rs[0].Items[0].Detail != "konsekvensbedömning pågående" {
		t.Errorf("level-4 risk: %+v", rs[0].Items)
	}
}

func TestNewReview(t *testing.T) {
	ys := []YearFigures{ComputeYear(reviewInput(2023)), ComputeYear(reviewInput(2024)), ComputeYear(reviewInput(2025))}
	r := NewReview(ys, nil)
	if r.Year != 2025 || len(r.Previous) != 2 || r.Previous[0].Year != 2023 || len(r.Years()) != 3 {
		t.Fatalf("review: %d, %d previous", r.Year, len(r.Previous))
	}
	for _, m := range r.Measures() {
		if _, ok := MeasureByID(r.Figures.Model, m.ID); !ok || m.Label == "" {
			t.Errorf("measure %q", m.ID)
		}
	}
}

// TestCancelledSentenceHasOneColon is the seeds' case: the reason as the
// ISAM typed it, "Avbruten: på grund av …: …", shared by two assets, is
// said once, after the verb, without "avbruten" twice or a doubled colon.
func TestCancelledSentenceHasOneColon(t *testing.T) {
	in := YearInput{Year: 2025, Model: DefaultModel()}
	for i, n := range []string{"Säkra digitala möten", "Säkra meddelanden"} {
		id := int64(i + 1)
		in.Assets = append(in.Assets, YearAsset{ID: id, Name: n, Status: StatusCancelled})
		in.Events = append(in.Events, StatusEvent{AssetID: id, Date: d(2025, 3, 1), Old: StatusOngoing, New: StatusCancelled,
			Reason: "Avbruten: På grund av osäkra förutsättningar: leverantören saknar avtal."})
	}
	y := ComputeYear(in)
	got := cancelledSentences(&y)[0]
	want := "2 klassningar har avbrutits på grund av osäkra förutsättningar: leverantören saknar avtal (Säkra digitala möten och Säkra meddelanden)."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, r := range []struct{ in, want string }{
		{"Avbruten – saknar budget.", "saknar budget"},
		{"avbröts, Verksamheten lades ned", "Verksamheten lades ned"},
		{"RSA-arbetet pausat", "RSA-arbetet pausat"},
		{"", ""},
	} {
		if got := CancelReason(r.in); got != r.want {
			t.Errorf("CancelReason(%q) = %q, want %q", r.in, got, r.want)
		}
	}
}
