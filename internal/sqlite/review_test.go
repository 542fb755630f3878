package sqlite

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// reviewDB returns a database whose clock is set by the returned func
// (RFC 3339 times).
func reviewDB(t *testing.T) (*DB, func(string)) {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "review.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	at := func(s string) {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		db.now = func() time.Time { return tm }
	}
	return db, at
}

func mustR(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func rd(s string) domain.Date {
	d, err := domain.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// decided stores a classification of asset assetID started on date and
// decides it that day, at the store's clock, through Decide.
func decided(t *testing.T, db *DB, assetID int64, kind domain.ClassificationKind, date string, overall domain.Level) {
	t.Helper()
	c := pastDecidable(assetID, kind, date, overall)
	mustR(t, db.CreateClassification(ctx, c))
	mustR(t, db.Decide(ctx, c.ID, domain.OwnerDecision{By: "Ägaren", At: rd(date), NextReview: rd(date).AddMonths(12)}, db.Model()))
}

// pastDecidable is a classification on date that nothing blocks.
func pastDecidable(assetID int64, kind domain.ClassificationKind, date string, overall domain.Level) *domain.Classification {
	c := domain.NewClassification(assetID, domain.DefaultModel(), rd(date))
	c.Kind, c.Scope = kind, "Hela systemet"
	c.InfoTypes = []domain.InfoType{{Name: "Uppgifter", Ratings: map[domain.Aspect]domain.Rating{
		domain.Confidentiality: {Level: overall, Motivation: "m"}, domain.Integrity: {Level: 1, Motivation: "m"},
		domain.Availability: {Level: 1, Motivation: "m"}, domain.Traceability: {Level: 1, Motivation: "m"}}}}
	return c
}

func TestReviewInputAsItStood(t *testing.T) {
	db, at := reviewDB(t)
	utc := time.UTC

	at("2024-03-01T09:00:00Z")
	a := &domain.Asset{Name: "Hemtjänst", RSACritical: true, ProcurementDate: rd("2025-06-01")}
	mustR(t, db.CreateAsset(ctx, a))
	local := domain.NewClassification(a.ID, domain.DefaultModel(), rd("2024-03-01"))
	local.Scope = "Hela systemet"
	mustR(t, db.CreateClassification(ctx, local))
	at("2024-05-10T09:00:00Z")
	local.Kind = domain.KindNormative
	mustR(t, db.UpdateClassification(ctx, local))

	at("2025-01-01T00:00:00Z") // on 1 January
	b := &domain.Asset{Name: "Säkra meddelanden", Status: domain.StatusOngoing}
	mustR(t, db.CreateAsset(ctx, b))
	at("2025-02-01T10:00:00Z")
	decided(t, db, a.ID, domain.KindFollowUp, "2025-02-01", 4)
	at("2025-03-01T10:00:00Z")
	th := domain.NewThresholdAnalysis(a.ID, 0, rd("2025-03-01"))
	th.Responses["A2"] = domain.Response{Answer: domain.AnswerYes, Comment: "hälsodata"}
	mustR(t, db.CreateThreshold(ctx, th))
	proc := &domain.Processing{Name: "Social dokumentation", AssetIDs: []int64{a.ID}, DPIA: domain.ProcessingDPIA{Status: domain.DPIAPlanned}}
	mustR(t, db.CreateProcessing(ctx, proc))
	at("2025-06-01T10:00:00Z")
	draft := domain.NewClassification(b.ID, domain.DefaultModel(), rd("2025-06-01"))
	mustR(t, db.CreateClassification(ctx, draft))
	at("2025-11-01T10:00:00Z")
	proc.DPIA.Status = domain.DPIAOngoing
	mustR(t, db.UpdateProcessing(ctx, proc))
	at("2025-12-31T23:59:59Z") // on 31 December
	mustR(t, db.SetStatus(ctx, b.ID, domain.StatusCancelled, "Osäkra förhållanden"))

	compute := func(year int) domain.YearFigures {
		in, err := db.ReviewInput(ctx, year, utc)
		if err != nil {
			t.Fatal(err)
		}
		return domain.ComputeYear(in)
	}
	at("2026-01-15T08:00:00Z")
	y2024, y2025 := compute(2024), compute(2025)

	cases := []struct {
		name string
		got  int
		want int
	}{
		{"2024 started normative (kind as edited in 2024)", y2024.Started.Normative.Count(), 1},
		{"2024 in progress", y2024.InProgress.Total(), 1},
		{"2024 decided", y2024.Decided.Total(), 0},
		{"2024 critical unclassified", y2024.CriticalUnclassified.Count(), 1},
		{"2024 assets", len(y2024.Levels[0].Items), 1},
		{"2025 started (1 Jan asset's draft, follow-up)", y2025.Started.Total(), 2},
		{"2025 decided follow-up", y2025.Decided.FollowUp.Count(), 1},
		{"2025 cancelled on 31 Dec", y2025.Cancelled.Count(), 1},
		{"2025 in progress (cancelled draft left out)", y2025.InProgress.Total(), 1},
		{"2025 thresholds", y2025.Thresholds.Count(), 1},
		{"2025 DPIA required", y2025.DPIARequired.Count(), 1},
		{"2025 DPIA ongoing", y2025.DPIAOngoing.Count(), 1},
		{"2025 level 4", y2025.Levels[4].Count(), 1},
		{"2025 ahead of procurement", y2025.AheadOfProcurement.Count(), 1},
		{"2025 critical unclassified", y2025.CriticalUnclassified.Count(), 0},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.name, c.got, c.want)
		}
	}
	if r := y2025.Cancelled.Items[0].Detail; r != "Osäkra förhållanden" {
		t.Errorf("cancel reason %q", r)
	}

	// Later years' edits: renames, a new status, the DPIA done, a new
	// classification, a draft deleted, a new answer.
	at("2026-02-01T10:00:00Z")
	a.Name, a.RSACritical, a.ProcurementDate = "Hemtjänst Plus", false, rd("2027-01-01")
	mustR(t, db.UpdateAsset(ctx, a))
	mustR(t, db.SetStatus(ctx, b.ID, domain.StatusPlanned, ""))
	proc.DPIA = domain.ProcessingDPIA{Status: domain.DPIADone, Date: rd("2026-02-01"), Reference: "Dnr 2026/1"}
	mustR(t, db.UpdateProcessing(ctx, proc))
	mustR(t, db.SetThresholdAnswer(ctx, th.ID, "A2", domain.Response{Answer: domain.AnswerNo}))
	mustR(t, db.DeleteClassification(ctx, draft.ID))
	local.Kind = domain.KindLocal
	mustR(t, db.UpdateClassification(ctx, local))
	decided(t, db, b.ID, domain.KindLocal, "2026-02-01", 2)
	at("2026-12-31T12:00:00Z")

	if got := compute(2025); !reflect.DeepEqual(got, y2025) {
		t.Errorf("2025 changed by 2026's edits:\n%+v\nwas\n%+v", got, y2025)
	}
	if got := compute(2024); !reflect.DeepEqual(got, y2024) {
		t.Errorf("2024 changed by later edits:\n%+v\nwas\n%+v", got, y2024)
	}
	y2026 := compute(2026)
	if y2026.AsOf != rd("2026-12-31") || y2026.DPIADone.Count() != 1 || y2026.Decided.Local.Count() != 1 || y2026.Cancelled.Count() != 0 {
		t.Errorf("2026: %+v", y2026)
	}
	if n := y2026.Thresholds.Count(); n != 0 {
		t.Errorf("2026 thresholds %d", n)
	}
}

func TestReviewInputYearBoundaryInLocalTime(t *testing.T) {
	db, at := reviewDB(t)
	cet := time.FixedZone("CET", 3600)
	at("2025-12-31T23:30:00Z") // 00:30 on 1 January 2026 in Stockholm
	a := &domain.Asset{Name: "Nyårsappen", Status: domain.StatusCancelled, StatusReason: "Tjänsten byts ut"}
	mustR(t, db.CreateAsset(ctx, a))
	at("2026-03-01T00:00:00Z")
	in, err := db.ReviewInput(ctx, 2025, cet)
	mustR(t, err)
	if len(in.Assets) != 0 {
		t.Errorf("2025 in CET holds %+v", in.Assets)
	}
	in, err = db.ReviewInput(ctx, 2025, time.UTC)
	mustR(t, err)
	y := domain.ComputeYear(in)
	if y.Cancelled.Count() != 1 || y.Cancelled.Items[0].Detail != "Tjänsten byts ut" {
		t.Errorf("created cancelled on 31 December (UTC): %+v", y.Cancelled)
	}
	in, err = db.ReviewInput(ctx, 2026, cet)
	mustR(t, err)
	if y := domain.ComputeYear(in); y.Cancelled.Count() != 1 || y.AsOf != rd("2026-03-01") {
		t.Errorf("2026 in CET: %+v as of %s", y.Cancelled, y.AsOf)
	}
}

func TestCanonicalField(t *testing.T) {
	for in, want := range map[string]string{"statusskäl": "status_reason", "status_reason": "status_reason",
		"B4 svar": "B4.answer", "beslutsdatum": "decided_at", "okänt": "okänt"} {
		if got := canonicalField(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// TestReviewInputCodesAndDeletedAssets reads history fields written as
// codes (status_reason), and an asset cancelled in 2025 and deleted in
// 2026 still counts in 2025.
func TestReviewInputCodesAndDeletedAssets(t *testing.T) {
	db, at := reviewDB(t)
	at("2025-02-01T10:00:00Z")
	a := &domain.Asset{Name: "Gammalt system"}
	mustR(t, db.CreateAsset(ctx, a))
	at("2025-03-01T10:00:00Z")
	mustR(t, db.SetStatus(ctx, a.ID, domain.StatusOngoing, ""))
	at("2025-05-01T10:00:00Z")
	mustR(t, db.SetStatus(ctx, a.ID, domain.StatusCancelled, "Ersätts av e-tjänst"))
	at("2026-03-01T10:00:00Z")
	mustR(t, db.DeleteAsset(ctx, a.ID))
	at("2026-03-02T10:00:00Z")
	b := &domain.Asset{Name: "Nytt system"} // may take the deleted asset's ID
	mustR(t, db.CreateAsset(ctx, b))

	in, err := db.ReviewInput(ctx, 2025, time.UTC)
	mustR(t, err)
	y := domain.ComputeYear(in)
	if len(y.Cancelled.Items) != 1 || y.Cancelled.Items[0].Asset != "Gammalt system" || y.Cancelled.Items[0].Detail != "Ersätts av e-tjänst" {
		t.Errorf("cancelled %+v", y.Cancelled.Items)
	}
	if len(in.Assets) != 1 || in.Assets[0].Name != "Gammalt system" || in.Assets[0].Status != domain.StatusCancelled {
		t.Errorf("assets at the end of 2025: %+v", in.Assets)
	}
	in, err = db.ReviewInput(ctx, 2026, time.UTC)
	mustR(t, err)
	if len(in.Assets) != 1 || in.Assets[0].Name != "Nytt system" {
		t.Errorf("assets in 2026: %+v", in.Assets)
	}
}
