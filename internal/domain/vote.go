package domain

import (
	"fmt"
	"strings"
	"time"
)

// SpreadDiscuss is the spread of a silent vote, in levels, from which the
// group is asked to discuss before it settles on a level.
const SpreadDiscuss = 2

// Vote is one participant's level in a silent vote.
type Vote struct {
	ParticipantID int64
	Name          string // the participant's name, for the protocol
	Level         Level
}

// VoteRound is a silent vote (tyst röstning) on one aspect of one
// information type: every participant shows a level at the same moment,
// the facilitator enters them, and they stay hidden until revealed. The
// level the group settles on is then chosen as an ordinary rating; the
// round only records the votes and their spread.
type VoteRound struct {
	ID         int64
	InfoTypeID int64
	Aspect     Aspect
	Votes      []Vote // in the order they were entered
	Revealed   bool
	CreatedAt  time.Time
}

// Cast records participant p's level l on model m's scale, replacing an
// earlier vote of p. A revealed round takes no more votes.
func (r *VoteRound) Cast(p Participant, l Level, m *Model) error {
	if r.Revealed {
		return ErrVoteRevealed
	}
	if l < 1 || l > m.MaxLevel() {
		return Refuse("vote.out_of_scale", "rösten %s ligger utanför skalan %s", m.NumberText(l), m.Range())
	}
	for i := range r.Votes {
		if r.Votes[i].ParticipantID == p.ID {
			r.Votes[i].Level, r.Votes[i].Name = l, p.Name
			return nil
		}
	}
	r.Votes = append(r.Votes, Vote{ParticipantID: p.ID, Name: p.Name, Level: l})
	return nil
}

// ErrVoteRevealed is returned for a vote cast after the votes were shown.
var ErrVoteRevealed = fmt.Errorf("rösterna är redan visade; starta en ny röstning för att rösta igen")

// Range returns the lowest and highest level voted, Unset when no one voted.
func (r VoteRound) Range() (min, max Level) {
	for i, v := range r.Votes {
		if i == 0 || v.Level < min {
			min = v.Level
		}
		if v.Level > max {
			max = v.Level
		}
	}
	return min, max
}

// Spread returns the highest level voted minus the lowest: 0 with fewer
// than two votes.
func (r VoteRound) Spread() int {
	min, max := r.Range()
	return int(max - min)
}

// Discuss reports whether the spread is wide enough, SpreadDiscuss levels
// or more, for the group to discuss before it chooses.
func (r VoteRound) Discuss() bool { return r.Spread() >= SpreadDiscuss }

// Counts returns how many voted each level, indexed by level.
func (r VoteRound) Counts(max Level) []int {
	out := make([]int, int(max)+1)
	for _, v := range r.Votes {
		if v.Level >= 1 && v.Level <= max {
			out[v.Level]++
		}
	}
	return out
}

// Summary describes the round in Swedish for the protocol and the
// export, as in "4 röster: 2, 3, 3, 4; spridning 2 – diskutera". An
// unrevealed round says only how many have voted.
func (r VoteRound) Summary(m *Model) string {
	if !r.Revealed {
		return fmt.Sprintf("%d röster, inte visade", len(r.Votes))
	}
	ls := make([]string, len(r.Votes))
	for i, v := range r.Votes {
		ls[i] = m.NumberText(v.Level)
	}
	s := fmt.Sprintf("%d röster: %s; spridning %d", len(r.Votes), strings.Join(ls, ", "), r.Spread())
	if r.Discuss() {
		s += " – diskutera"
	}
	return s
}

// VotesText lists the votes with names, as in "Eva Ek 3, Per Ås 4".
func (r VoteRound) VotesText(m *Model) string {
	ls := make([]string, len(r.Votes))
	for i, v := range r.Votes {
		ls[i] = v.Name + " " + m.NumberText(v.Level)
	}
	return strings.Join(ls, ", ")
}
