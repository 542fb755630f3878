package sqlite

import (
	"errors"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestVoteRound(t *testing.T) {
	db, _ := openTemp(t)
	_, c := decidable(t, db)
	must(t, db.AddParticipant(ctx, c.ID, &domain.Participant{Name: "Per Ås", Role: domain.RoleISAM}))
	must(t, db.AddParticipant(ctx, c.ID, &domain.Participant{Name: "Li Berg", Role: domain.RoleDSO}))
	c, _ = db.Classification(ctx, c.ID)
	it := c.InfoTypes[0]
	v, err := db.StartVote(ctx, it.ID, domain.Confidentiality)
	must(t, err)
	for i, l := range []domain.Level{2, 4, 3} {
		must(t, db.CastVote(ctx, v.ID, c.Participants[i].ID, l))
	}
	must(t, db.CastVote(ctx, v.ID, c.Participants[2].ID, 2)) // corrected before Visa
	got, err := db.VoteRound(ctx, v.ID)
	must(t, err)
	if got.Revealed || len(got.Votes) != 3 || got.Votes[2].Level != 2 || got.Votes[0].Name != "Karin Lund" || got.Spread() != 2 || !got.Discuss() {
		t.Fatalf("round %+v", got)
	}
	if err := db.CastVote(ctx, v.ID, c.Participants[0].ID, 5); err == nil {
		t.Error("vote 5 stored")
	}
	must(t, db.RevealVote(ctx, v.ID))
	if err := db.CastVote(ctx, v.ID, c.Participants[0].ID, 3); !errors.Is(err, domain.ErrVoteRevealed) {
		t.Errorf("vote after Visa: %v", err)
	}
	// Another participant's classification is refused.
	_, other := decidable2(t, db)
	if err := db.CastVote(ctx, v.ID, other.Participants[0].ID, 3); err == nil {
		t.Error("a stranger voted")
	}
	// A second round on T, and the list of the classification's rounds.
	v2, _ := db.StartVote(ctx, it.ID, domain.Availability)
	must(t, db.CastVote(ctx, v2.ID, c.Participants[1].ID, 1))
	all, err := db.Votes(ctx, c.ID)
	must(t, err)
	if len(all) != 2 || all[0].Aspect != domain.Confidentiality || !all[0].Revealed || all[1].Aspect != domain.Availability || len(all[1].Votes) != 1 {
		t.Errorf("rounds %+v", all)
	}
	if l, _ := db.LatestVote(ctx, it.ID, domain.Availability); l == nil || l.ID != v2.ID {
		t.Errorf("latest %+v", l)
	}
	if l, _ := db.LatestVote(ctx, it.ID, domain.Integrity); l != nil {
		t.Errorf("latest R %+v", l)
	}
	// The history holds every vote and the reveal with the spread.
	hist, _ := db.History(ctx, c.AssetID)
	var fields []string
	for _, h := range hist {
		if h.Entity == "vote" {
			fields = append(fields, h.Field+"="+h.New)
		}
	}
	joined := strings.Join(fields, "|")
	for _, want := range []string{"vote_started=Leverantörsfakturor: K", "vote=Li Berg: 2", "vote_revealed=3 röster: 2, 4, 2; spridning 2 – diskutera"} {
		if !strings.Contains(joined, want) {
			t.Errorf("history %s lacks %s", joined, want)
		}
	}
	byAsset, err := db.AllVotes(ctx)
	must(t, err)
	if len(byAsset) != 1 || len(byAsset[c.AssetID]) != 2 || byAsset[c.AssetID][0].ID != v.ID {
		t.Errorf("all votes %+v", byAsset)
	}
	// A decided classification takes no votes.
	must(t, db.Decide(ctx, c.ID, decision, domain.DefaultModel()))
	if _, err := db.StartVote(ctx, it.ID, domain.Integrity); !errors.Is(err, domain.ErrDecided) {
		t.Errorf("start on decided: %v", err)
	}
	if err := db.CastVote(ctx, v2.ID, c.Participants[0].ID, 2); !errors.Is(err, domain.ErrDecided) {
		t.Errorf("vote on decided: %v", err)
	}
	// Votes survive a reopen.
	db = reopen(t, db)
	if all, _ := db.Votes(ctx, c.ID); len(all) != 2 {
		t.Errorf("after reopen %d rounds", len(all))
	}
}

// decidable2 is decidable for a second asset.
func decidable2(t *testing.T, db *DB) (*domain.Asset, *domain.Classification) {
	t.Helper()
	a := &domain.Asset{Name: "Lönesystem"}
	must(t, db.CreateAsset(ctx, a))
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.NewDate(2026, 3, 1))
	c.Participants = []domain.Participant{{Name: "Olle Ny", Role: domain.RoleOwner}}
	must(t, db.CreateClassification(ctx, c))
	return a, c
}
