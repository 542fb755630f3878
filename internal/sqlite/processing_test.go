package sqlite

import (
	"database/sql"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

func day(y int, m time.Month, d int) func() time.Time {
	return func() time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
}

// TestProcessings stores processings that span assets, refuses what the
// rules forbid without writing, and records every change.
func TestProcessings(t *testing.T) {
	db, _ := openTemp(t)
	db.now = day(2025, 3, 1)
	home := &domain.Asset{Name: "Hemtjänst", PersonalData: true}
	care := &domain.Asset{Name: "Äldreomsorgens journal", PersonalData: true}
	for _, a := range []*domain.Asset{home, care} {
		if err := db.CreateAsset(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	p := &domain.Processing{Name: " Dokumentation  i hemtjänsten ", Purpose: "Social dokumentation enligt SoL",
		RecordRef: "RF-2024-017", Unit: "Äldreförvaltningen", AssetIDs: []int64{home.ID, care.ID},
		DPIA: domain.ProcessingDPIA{Status: domain.DPIAOngoing}}
	if err := db.CreateProcessing(ctx, p); err != nil {
		t.Fatal(err)
	}
	if p.Name != "Dokumentation i hemtjänsten" {
		t.Errorf("name stored as %q", p.Name)
	}
	for _, bad := range []struct {
		p    domain.Processing
		want error
	}{
		{domain.Processing{Name: "dokumentation I HEMTJÄNSTEN"}, domain.ErrProcessingExists},
		{domain.Processing{Name: ""}, domain.ErrNameRequired},
		{domain.Processing{Name: "Larm\u202e"}, domain.ErrNameCharacter},
		{domain.Processing{Name: "Trygghetslarm", DPIA: domain.ProcessingDPIA{Status: domain.DPIADone}}, domain.ErrProcessingDoneUndated},
	} {
		if err := db.CreateProcessing(ctx, &bad.p); !errors.Is(err, bad.want) {
			t.Errorf("%q: %v, want %v", bad.p.Name, err, bad.want)
		}
	}
	future := &domain.Processing{Name: "Trygghetslarm", DPIA: domain.ProcessingDPIA{Status: domain.DPIADone, Date: domain.NewDate(2025, 3, 2)}}
	if err := db.CreateProcessing(ctx, future); !errors.Is(err, domain.ErrProcessingFutureDate) {
		t.Errorf("a DPIA dated tomorrow: %v", err)
	}
	all, err := db.Processings(ctx)
	if err != nil || len(all) != 1 || !reflect.DeepEqual(all[0].AssetIDs, []int64{home.ID, care.ID}) {
		t.Fatalf("processings: %+v, %v", all, err)
	}

	db.now = day(2025, 6, 2)
	p.DPIA = domain.ProcessingDPIA{Status: domain.DPIADone, Date: domain.NewDate(2025, 6, 1), Reference: "Dnr 2025/88",
		RiskAnalysis: domain.NewDate(2025, 6, 1)}
	if err := db.UpdateProcessing(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := db.UnlinkProcessing(ctx, care.ID, p.ID); err != nil {
		t.Fatal(err)
	}
	got, err := db.AssetProcessings(ctx, care.ID)
	if err != nil || len(got) != 0 {
		t.Errorf("unlinked asset's processings: %+v, %v", got, err)
	}
	got, _ = db.AssetProcessings(ctx, home.ID)
	if len(got) != 1 || got[0].DPIA != p.DPIA || got[0].RecordRef != "RF-2024-017" {
		t.Fatalf("home's processings: %+v", got)
	}
	if err := db.LinkProcessing(ctx, 999, p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("link to no asset: %v", err)
	}
	if err := db.UpdateProcessing(ctx, &domain.Processing{ID: 999, Name: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of no processing: %v", err)
	}

	var fields []string
	rows, _ := db.db.Query("SELECT asset_id, entity, field FROM changes WHERE entity IN ('processing') OR field = 'processing_linked' ORDER BY id")
	for rows.Next() {
		var a int64
		var e, f string
		rows.Scan(&a, &e, &f)
		fields = append(fields, e+"."+f)
		if _, ok := domain.ChangeLabels[e+"."+f]; !ok {
			t.Errorf("no label for %s.%s", e, f)
		}
	}
	rows.Close()
	want := "processing.created processing.name processing.purpose processing.record_ref processing.unit processing.dpia_status asset.processing_linked asset.processing_linked " +
		"processing.dpia_status processing.dpia_date processing.dpia_reference processing.risk_analysis_on asset.processing_linked"
	if strings.Join(fields, " ") != want {
		t.Errorf("history:\n%s\nwant\n%s", strings.Join(fields, " "), want)
	}
}

// TestProcessingDPIAInReview: the review counts the DPIA per processing
// as it stood at the end of the year, whatever was edited after.
func TestProcessingDPIAInReview(t *testing.T) {
	db, _ := openTemp(t)
	db.now = day(2025, 3, 1)
	a := &domain.Asset{Name: "Hemtjänst", PersonalData: true}
	b := &domain.Asset{Name: "Bemanning", PersonalData: true}
	for _, x := range []*domain.Asset{a, b} {
		if err := db.CreateAsset(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	p := &domain.Processing{Name: "Schemaläggning", AssetIDs: []int64{a.ID, b.ID}, DPIA: domain.ProcessingDPIA{Status: domain.DPIAOngoing}}
	if err := db.CreateProcessing(ctx, p); err != nil {
		t.Fatal(err)
	}
	db.now = day(2025, 12, 31)
	p.DPIA = domain.ProcessingDPIA{Status: domain.DPIADone, Date: domain.NewDate(2025, 12, 31), Reference: "Dnr 2025/9", RiskAnalysis: domain.NewDate(2025, 12, 31)}
	if err := db.UpdateProcessing(ctx, p); err != nil {
		t.Fatal(err)
	}
	db.now = day(2026, 2, 1)
	p.DPIA.RiskAnalysis = domain.Date{}
	p.DPIA.Reference = "Dnr 2026/1"
	if err := db.UpdateProcessing(ctx, p); err != nil {
		t.Fatal(err)
	}
	figures := func(year int) domain.YearFigures {
		in, err := db.ReviewInput(ctx, year, time.UTC)
		if err != nil {
			t.Fatal(err)
		}
		return domain.ComputeYear(in)
	}
	y := figures(2025)
	if y.DPIADone.Count() != 1 || y.DPIAWithRiskAnalysis.Count() != 1 || y.DPIADone.Items[0].Detail != "Dnr 2025/9" {
		t.Errorf("2025: done %+v, %d with risk analysis", y.DPIADone.Items, y.DPIAWithRiskAnalysis.Count())
	}
	if y := figures(2024); len(y.DPIADone.Items)+len(y.DPIAOngoing.Items) != 0 {
		t.Errorf("2024 sees a processing made in 2025: %+v", y)
	}
	if y := figures(2026); y.DPIADone.Count() != 0 || y.DPIAWithRiskAnalysis.Count() != 0 {
		t.Errorf("2026: %d done, %d with risk analysis", y.DPIADone.Count(), y.DPIAWithRiskAnalysis.Count())
	}
}

// TestProcessingsFromV10 upgrades a database of schema 10 (the demo,
// plus a risk analysis): every asset that had a DPIA gets one processing
// named after it with the DPIA of its current analysis, and the review of
// each earlier year counts the DPIAs as schema 10 counted them: in 2024
// försörjningsstöd's DPIA planned, in 2025 hemtjänst's earlier DPIA and
// försörjningsstöd's done, the latter with its risk analysis.
func TestProcessingsFromV10(t *testing.T) {
	path := copySchema(t, "v10.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`INSERT INTO dpia_risk_analyses (threshold_id, done_on, reference) VALUES (3, '2025-12-10', 'Dnr 2025/1201')`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ps, err := db.Processings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Name+": "+p.DPIA.Text())
		if len(p.AssetIDs) != 1 {
			t.Fatalf("%s serves %v", p.Name, p.AssetIDs)
		}
		if as, _ := db.AssetProcessings(ctx, p.AssetIDs[0]); len(as) != 1 || as[0].ID != p.ID {
			t.Errorf("asset %d's processings: %+v", p.AssetIDs[0], as)
		}
	}
	want := []string{
		"Förskolans närvaroapp: Planerad",
		"Verksamhetssystem för hemtjänst: Pågående, Dnr 2026/0412",
		"Ärendehantering försörjningsstöd: Genomförd, 2025-12-04, Dnr 2024/1187, med riskanalys",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("processings:\n%q\nwant\n%q", got, want)
	}
	figures := func(year int) domain.YearFigures {
		in, err := db.ReviewInput(ctx, year, time.UTC)
		if err != nil {
			t.Fatal(err)
		}
		return domain.ComputeYear(in)
	}
	y := figures(2024)
	if itemNames(y.DPIAPlanned) != "Ärendehantering försörjningsstöd" || y.DPIADone.Count()+y.DPIAOngoing.Count() != 0 {
		t.Errorf("2024: planned %q, done %q, ongoing %q", itemNames(y.DPIAPlanned), itemNames(y.DPIADone), itemNames(y.DPIAOngoing))
	}
	y = figures(2025)
	if itemNames(y.DPIADone) != "Verksamhetssystem för hemtjänst, Ärendehantering försörjningsstöd" ||
		itemNames(y.DPIAWithRiskAnalysis) != "Ärendehantering försörjningsstöd" || y.DPIADone.Items[0].Detail != "Dnr 2024/0733" {
		t.Errorf("2025: done %+v, with risk analysis %q", y.DPIADone.Items, itemNames(y.DPIAWithRiskAnalysis))
	}
	if y.DPIAPlanned.Count()+y.DPIAOngoing.Count() != 0 {
		t.Errorf("end of 2025: planned %q, ongoing %q", itemNames(y.DPIAPlanned), itemNames(y.DPIAOngoing))
	}
	if problems, err := db.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("check after the upgrade: %q, %v", problems, err)
	}
}

// TestRegisterDPIAFromProcessings: the register's DPIA of an asset is
// that of the processings it serves, the least advanced first; a
// processing found to need none leaves the asset's DPIA not missing.
func TestRegisterDPIAFromProcessings(t *testing.T) {
	db, _ := openTemp(t)
	db.now = day(2026, 3, 1)
	a := &domain.Asset{Name: "Hemtjänst", PersonalData: true}
	if err := db.CreateAsset(ctx, a); err != nil {
		t.Fatal(err)
	}
	th := domain.NewThresholdAnalysis(a.ID, 0, domain.NewDate(2026, 3, 1))
	th.Responses["A2"] = domain.Response{Answer: domain.AnswerYes, Comment: "hälsodata"}
	th.DPIAStatus = domain.DPIAPlanned // as an old analysis held it
	if err := db.CreateThreshold(ctx, th); err != nil {
		t.Fatal(err)
	}
	dpia := func() (domain.DPIAStatus, bool) {
		sums, err := db.Summaries(ctx, domain.NewDate(2026, 3, 1))
		if err != nil || len(sums) != 1 {
			t.Fatalf("register: %v", err)
		}
		return sums[0].DPIA, sums[0].DPIAMissing()
	}
	if st, missing := dpia(); st != domain.DPIAPlanned || !missing {
		t.Errorf("no processing: %q, missing %v", st, missing)
	}
	done := &domain.Processing{Name: "Social dokumentation", AssetIDs: []int64{a.ID},
		DPIA: domain.ProcessingDPIA{Status: domain.DPIADone, Date: domain.NewDate(2026, 2, 1)}}
	if err := db.CreateProcessing(ctx, done); err != nil {
		t.Fatal(err)
	}
	if st, missing := dpia(); st != domain.DPIADone || missing {
		t.Errorf("done processing: %q, missing %v", st, missing)
	}
	ongoing := &domain.Processing{Name: "Larmhantering", AssetIDs: []int64{a.ID}, DPIA: domain.ProcessingDPIA{Status: domain.DPIAOngoing}}
	if err := db.CreateProcessing(ctx, ongoing); err != nil {
		t.Fatal(err)
	}
	if st, missing := dpia(); st != domain.DPIAOngoing || !missing {
		t.Errorf("a second, ongoing processing: %q, missing %v", st, missing)
	}
	ongoing.DPIA = domain.ProcessingDPIA{Status: domain.DPIANotRequired, Reason: "Omfattas av DPIA:n för social dokumentation"}
	if err := db.UpdateProcessing(ctx, ongoing); err != nil {
		t.Fatal(err)
	}
	if st, missing := dpia(); st != domain.DPIADone || missing {
		t.Errorf("the second found not to need one: %q, missing %v", st, missing)
	}
}

// TestCheckProcessings: check reports a processing changed behind the
// store's back: a done DPIA without a date, a name with an invisible
// character, an unreadable date.
func TestCheckProcessings(t *testing.T) {
	db, _ := openTemp(t)
	p := &domain.Processing{Name: "Elevregister", DPIA: domain.ProcessingDPIA{Status: domain.DPIAOngoing}}
	if err := db.CreateProcessing(ctx, p); err != nil {
		t.Fatal(err)
	}
	if problems, err := db.Check(ctx); err != nil || len(problems) != 0 {
		t.Fatalf("a sound processing: %q, %v", problems, err)
	}
	for _, q := range []string{
		"UPDATE processings SET dpia_status = 'genomford'",
		"INSERT INTO processings (name, name_key, dpia_date, created_at, updated_at) VALUES ('Lön' || char(8203), 'lön2', '2025-13-40', '', '')",
	} {
		if _, err := db.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	problems, err := db.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(problems, "\n")
	for _, want := range []string{"Behandling 1 (Elevregister): en genomförd konsekvensbedömning behöver ett datum", "Behandling 2", "inte kan läsas"} {
		if !strings.Contains(got, want) {
			t.Errorf("check lacks %q in\n%s", want, got)
		}
	}
}
