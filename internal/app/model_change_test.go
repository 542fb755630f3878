package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// modelChanged makes an MSB 1–4 database with asset "Bygglovshantering"
// decided at MSB K4 and asset "Ekonomisystem" ongoing, then changes the
// database's model to KLASSA.
func modelChanged(t *testing.T) (s *Service, decided, ongoing *domain.Classification, ch ModelChange) {
	t.Helper()
	msb, _ := domain.ShippedModel("msb")
	klassa, _ := domain.ShippedModel("klassa")
	s, err := NewDatabase(filepath.Join(t.TempDir(), "kommun.db"), msb, WithClock(FixedDay(domain.NewDate(2026, 11, 2))))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ws := undecided(t, s, true)
	must(t, s.Rate(ws.Classification.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 4, Motivation: "Allvarlig skada"}))
	if _, err := s.Decide(ws.Classification.ID, domain.OwnerDecision{By: "Lena Ek"}); err != nil {
		t.Fatal(err)
	}
	b := &domain.Asset{Name: "Ekonomisystem", OwnerName: "Per Ek"}
	must(t, s.CreateAsset(b))
	wb, err := s.OpenWorkshop(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.AddInfoType(wb.Classification.ID, &domain.InfoType{Name: "Fakturor", Ratings: map[domain.Aspect]domain.Rating{}}))
	if ch, err = s.ChangeModel(klassa); err != nil {
		t.Fatal(err)
	}
	decided, _ = s.Classification(ws.Classification.ID)
	ongoing, _ = s.Classification(wb.Classification.ID)
	return s, decided, ongoing, ch
}

// TestChangeModel: a change of the database's model to KLASSA records
// the new model with a history entry and leaves both past
// classifications in MSB 1–4: the decided one reads, exports and checks
// as MSB K4, the ongoing one takes MSB's levels 1–4 only, and a new
// classification takes KLASSA's five.
func TestChangeModel(t *testing.T) {
	msb, _ := domain.ShippedModel("msb")
	klassa, _ := domain.ShippedModel("klassa")
	s, decided, ongoing, ch := modelChanged(t)
	if ch.From.ID != msb.ID || ch.To.ID != klassa.ID || ch.Decided != 1 || ch.Ongoing != 1 {
		t.Errorf("change %s → %s, %d decided, %d ongoing", ch.From.ID, ch.To.ID, ch.Decided, ch.Ongoing)
	}
	if s.Model().ID != klassa.ID {
		t.Fatalf("the database's model is %s", s.Model().ID)
	}
	for _, c := range []*domain.Classification{decided, ongoing} {
		if m := s.ModelOf(c); m.ID != msb.ID || c.ModelID != msb.ID {
			t.Errorf("classification %d is now in %s (%s)", c.ID, m.ID, c.ModelID)
		}
	}
	m := s.ModelOf(decided)
	if got := m.LevelLabel(domain.Confidentiality, decided.Result(m).Aspect(domain.Confidentiality).Effective); got != "K4" {
		t.Errorf("the decided classification reads %s, want MSB's K4", got)
	}
	if n := len(s.Blockers(&domain.Asset{ID: decided.AssetID, Name: "Bygglovshantering"}, decided, nil)); n != 0 {
		t.Errorf("the decided classification has %d blockers in its own model", n)
	}
	path := filepath.Join(t.TempDir(), "protokoll.xlsx")
	if _, err := s.ExportProtocol(context.Background(), path, "Bygglovshantering"); err != nil {
		t.Fatal(err)
	}
	if rows, _ := protocol(t, path); !strings.Contains(rows, "K4") || strings.Contains(rows, "K3 ") {
		t.Errorf("the protocol does not read MSB's K4:\n%s", rows)
	}
	if probs, err := s.Check(); err != nil || len(probs) != 0 {
		t.Errorf("check after the change: %v %v", probs, err)
	}
	it := ongoing.InfoTypes[0].ID
	if err := s.Rate(it, domain.Confidentiality, domain.Rating{Level: 5, Motivation: "x"}); err == nil {
		t.Errorf("the ongoing MSB classification took a fifth level")
	}
	for l := domain.Level(1); l <= 4; l++ {
		if err := s.Rate(it, domain.Confidentiality, domain.Rating{Level: l, Motivation: "x"}); err != nil {
			t.Errorf("MSB level %d refused in the ongoing classification: %v", l, err)
		}
	}
	c := &domain.Asset{Name: "Skolwebben", OwnerName: "Eva Lund"}
	must(t, s.CreateAsset(c))
	wc, err := s.OpenWorkshop(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if wc.Classification.ModelID != klassa.ID {
		t.Errorf("a new classification is made in %s", wc.Classification.ModelID)
	}
	must(t, s.AddInfoType(wc.Classification.ID, &domain.InfoType{Name: "Nyheter", Ratings: map[domain.Aspect]domain.Rating{}}))
	wc, _ = s.OpenWorkshop(c.ID)
	for l := domain.Level(1); l <= 5; l++ {
		if err := s.Rate(wc.Classification.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: l, Motivation: "x"}); err != nil {
			t.Errorf("KLASSA level %d refused in a new classification: %v", l, err)
		}
	}
	sums, err := s.Register()
	if err != nil {
		t.Fatal(err)
	}
	for _, sum := range sums {
		want := msb.ID
		if sum.Asset.Name == "Skolwebben" {
			want = klassa.ID
		}
		if got := sum.ModelOr(s.Model()).ID; got != want {
			t.Errorf("register row %s in %s, want %s", sum.Asset.Name, got, want)
		}
	}
	hist, _ := s.db.AllHistory(context.Background())
	var entries []domain.Change
	for _, h := range hist {
		if h.Entity == "database" && h.Field == "model" {
			entries = append(entries, h)
		}
	}
	if len(entries) != 1 || !strings.Contains(entries[0].Old, msb.ID) || !strings.Contains(entries[0].New, klassa.ID) {
		t.Errorf("history entries of the change: %+v", entries)
	}
	if probs, err := s.Check(); err != nil || len(probs) != 0 {
		t.Errorf("check at the end: %v %v", probs, err)
	}
}

// TestFollowUpAfterModelChange: a follow-up of a KLASSA classification
// started after the database changed to MSB 1–4 is made in MSB; levels
// keep their place (KLASSA 3 Allvarlig is MSB 4 Allvarlig), and KLASSA's
// 4, which MSB cannot hold, is left unset with a parked note.
func TestFollowUpAfterModelChange(t *testing.T) {
	klassa, _ := domain.ShippedModel("klassa")
	msb, _ := domain.ShippedModel("msb")
	s, err := NewDatabase(filepath.Join(t.TempDir(), "kommun.db"), klassa, WithClock(FixedDay(domain.NewDate(2026, 11, 2))))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ws := undecided(t, s, true)
	types := ws.Classification.InfoTypes
	must(t, s.Rate(types[0].ID, domain.Confidentiality, domain.Rating{Level: 5, Motivation: "Synnerligen allvarlig"}))
	must(t, s.Rate(types[1].ID, domain.Confidentiality, domain.Rating{Level: 4, Motivation: "Allvarlig"}))
	if _, err := s.Decide(ws.Classification.ID, domain.OwnerDecision{By: "Lena Ek"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ChangeModel(msb); err != nil {
		t.Fatal(err)
	}
	c, _ := s.Classification(ws.Classification.ID)
	n, err := s.StartFollowUp(c)
	if err != nil {
		t.Fatal(err)
	}
	n, _ = s.Classification(n.ID)
	if n.ModelID != msb.ID {
		t.Errorf("the follow-up is made in %s", n.ModelID)
	}
	if r := n.InfoTypes[0].Ratings[domain.Confidentiality]; r.Level != domain.Unset || r.Motivation != "Synnerligen allvarlig" {
		t.Errorf("KLASSA 4 carried into MSB as %+v", r)
	}
	if r := n.InfoTypes[1].Ratings[domain.Confidentiality]; r.Level != 4 || msb.LevelLabel(domain.Confidentiality, r.Level) != "K4" {
		t.Errorf("KLASSA 3 Allvarlig carried as %+v", r)
	}
	parked, _ := s.ParkedQuestions(n.ID)
	if len(parked) != 1 || !strings.Contains(parked[0].Text, "K för \"Ansökningar\" var 4 (Synnerligen allvarlig) i KLASSA") {
		t.Errorf("parked notes %+v", parked)
	}
	if m := s.ModelOf(c); m.ID != klassa.ID {
		t.Errorf("the decided classification moved to %s", m.ID)
	}
	// The register's row follows the latest classification (the MSB
	// follow-up); the decided KLASSA one still needs its separate analysis.
	sums, err := s.Register()
	if err != nil || len(sums) != 1 || sums[0].ModelOr(s.Model()).ID != msb.ID {
		t.Fatalf("register %+v, %v", sums, err)
	}
	sums[0].Model, sums[0].Effective = klassa, map[domain.Aspect]domain.Level{domain.Confidentiality: 5}
	if _, as, err := s.Requirements(sums[0]); err != nil || len(as) != 1 {
		t.Errorf("KLASSA's K4 outside the catalogue in an MSB database: %d analyses, %v", len(as), err)
	}
	if probs, err := s.Check(); err != nil || len(probs) != 0 {
		t.Errorf("check: %v %v", probs, err)
	}
}
