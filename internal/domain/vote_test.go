package domain

import (
	"errors"
	"testing"
)

func TestVoteSpread(t *testing.T) {
	tests := []struct {
		name    string
		levels  []Level
		spread  int
		discuss bool
		summary string
	}{
		{"no votes", nil, 0, false, "0 röster: ; spridning 0"},
		{"one vote", []Level{3}, 0, false, "1 röster: 3; spridning 0"},
		{"all agree", []Level{2, 2, 2}, 0, false, "3 röster: 2, 2, 2; spridning 0"},
		{"neighbours", []Level{2, 3, 3, 2}, 1, false, "4 röster: 2, 3, 3, 2; spridning 1"},
		{"two apart", []Level{2, 3, 4}, 2, true, "3 röster: 2, 3, 4; spridning 2 – diskutera"},
		{"whole scale", []Level{4, 1}, 3, true, "2 röster: 4, 1; spridning 3 – diskutera"},
	}
	for _, tt := range tests {
		var r VoteRound
		for i, l := range tt.levels {
			if err := r.Cast(Participant{ID: int64(i + 1), Name: "P"}, l, DefaultModel()); err != nil {
				t.Fatalf("%s: cast %s: %v", tt.name, l, err)
			}
		}
		if got := r.Spread(); got != tt.spread {
			t.Errorf("%s: spread %d, want %d", tt.name, got, tt.spread)
		}
		if r.Discuss() != tt.discuss {
			t.Errorf("%s: discuss %v, want %v", tt.name, r.Discuss(), tt.discuss)
		}
		if r.Summary(DefaultModel()) != "0 röster, inte visade" && len(tt.levels) == 0 {
			t.Errorf("%s: hidden summary %q", tt.name, r.Summary(DefaultModel()))
		}
		r.Revealed = true
		if got := r.Summary(DefaultModel()); got != tt.summary {
			t.Errorf("%s: summary %q, want %q", tt.name, got, tt.summary)
		}
	}
}

func TestVoteCast(t *testing.T) {
	var r VoteRound
	eva, per := Participant{ID: 1, Name: "Eva Ek"}, Participant{ID: 2, Name: "Per Ås"}
	for _, l := range []Level{0, 5, -1} {
		if r.Cast(eva, l, DefaultModel()) == nil {
			t.Errorf("vote %d accepted", l)
		}
	}
	r.Cast(eva, 1, DefaultModel())
	r.Cast(per, 4, DefaultModel())
	r.Cast(eva, 3, DefaultModel()) // Eva corrects her vote
	if len(r.Votes) != 2 || r.Votes[0].Level != 3 || r.Spread() != 1 {
		t.Errorf("votes %+v, spread %d; want Eva 3 and Per 4, spread 1", r.Votes, r.Spread())
	}
	if min, max := r.Range(); min != 3 || max != 4 {
		t.Errorf("range %s–%s", min, max)
	}
	if c := r.Counts(DefaultModel().MaxLevel()); c[3] != 1 || c[4] != 1 || c[1] != 0 {
		t.Errorf("counts %v", c)
	}
	if r.Summary(DefaultModel()) != "2 röster, inte visade" {
		t.Errorf("hidden summary %q tells the votes", r.Summary(DefaultModel()))
	}
	r.Revealed = true
	if err := r.Cast(per, 2, DefaultModel()); !errors.Is(err, ErrVoteRevealed) {
		t.Errorf("vote after reveal: %v", err)
	}
	if r.VotesText(DefaultModel()) != "Eva Ek 3, Per Ås 4" {
		t.Errorf("votes text %q", r.VotesText(DefaultModel()))
	}
}
