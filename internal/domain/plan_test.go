package domain

import "testing"

func TestDueInAndProposePlan(t *testing.T) {
	sum := func(id int64, st Status, decided, next, proc Date) AssetSummary {
		return AssetSummary{Asset: Asset{ID: id, Status: st, ProcurementDate: proc}, Status: st, DecidedAt: decided, NextReview: next}
	}
	d := NewDate
	sums := []AssetSummary{
		sum(1, StatusDecided, d(2026, 3, 1), d(2027, 3, 1), Date{}),        // review in 2027
		sum(2, StatusDecided, d(2026, 3, 1), d(2028, 3, 1), Date{}),        // review later
		sum(3, StatusNotStarted, Date{}, Date{}, Date{}),                   // never classified
		sum(4, StatusCancelled, Date{}, Date{}, Date{}),                    // cancelled
		sum(5, StatusDecided, d(2026, 3, 1), d(2028, 3, 1), d(2027, 9, 1)), // procurement in 2027
		sum(6, StatusReview, d(2024, 3, 1), d(2025, 3, 1), Date{}),         // overdue
	}
	want := map[int64]bool{1: true, 3: true, 5: true, 6: true}
	for _, s := range sums {
		if DueIn(s, 2027) != want[s.Asset.ID] {
			t.Errorf("asset %d due in 2027: %v", s.Asset.ID, !want[s.Asset.ID])
		}
	}
	items := ProposePlan(sums, []PlanItem{{Year: 2027, AssetID: 1, State: PlanAccepted, Quarter: 1}}, 2027)
	if len(items) != 3 || items[0].AssetID != 3 || items[0].State != PlanProposed {
		t.Errorf("proposal %+v", items)
	}
	if (PlanItem{Year: 2027, State: PlanAccepted, Quarter: 5}).Validate() == nil {
		t.Error("quarter 5")
	}
}

func TestQuarterEndAndDueReason(t *testing.T) {
	for q, want := range map[int]string{0: "", 1: "2027-03-31", 2: "2027-06-30", 3: "2027-09-30", 4: "2027-12-31", 5: ""} {
		if got := QuarterEnd(2027, q).String(); got != want {
			t.Errorf("QuarterEnd(2027, %d) = %q, want %q", q, got, want)
		}
	}
	review := NewDate(2027, 5, 14)
	for _, c := range []struct {
		s    AssetSummary
		want string
		date Date
	}{
		{AssetSummary{NextReview: review, DecidedAt: NewDate(2025, 5, 14)}, "Uppföljning", review},
		{AssetSummary{Asset: Asset{ProcurementDate: NewDate(2027, 9, 1)}, DecidedAt: NewDate(2026, 1, 1)}, "Upphandling/licens", NewDate(2027, 9, 1)},
		{AssetSummary{Status: StatusNotStarted}, "Aldrig klassad", Date{}},
		{AssetSummary{Status: StatusOngoing, DecidedAt: NewDate(2026, 1, 1)}, StatusOngoing.Label(), Date{}},
	} {
		if got, d := DueReason(c.s, 2027); got != c.want || !d.Equal(c.date) {
			t.Errorf("DueReason(%+v) = %q %v, want %q %v", c.s, got, d, c.want, c.date)
		}
	}
}
