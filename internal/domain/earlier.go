package domain

import "strconv"

// EarlierClassification is a classification made before Infoklass and
// read from a hand-kept list: klassad enligt tidigare förteckning. It is
// no decision made in Infoklass: it names no decider and no motivation,
// and its levels are the list's. The register counts the asset as
// classified on Date; a follow-up in Infoklass starts from it.
type EarlierClassification struct {
	Date       Date
	Levels     map[Aspect]Level
	NextReview Date   // the list's next review, or DefaultNextReview(Date)
	Source     string // the workbook's file name
	Row        int    // the row of the workbook
	Scale      string // the level scale the list was read with, "Hög=3"; "" for plain numbers
}

// Overall is the highest of the earlier levels.
func (e *EarlierClassification) Overall() Level {
	var top Level
	for _, l := range e.Levels {
		if l > top {
			top = l
		}
	}
	return top
}

// FromEarlier returns a follow-up of the earlier classification e of an
// asset: one information type holding e's levels without motivation,
// described by where they came from.
func FromEarlier(e *EarlierClassification, assetID int64, m *Model, today Date) *Classification {
	c := NewClassification(assetID, m, today)
	c.Kind = KindFollowUp
	desc := "Nivåerna är klassningen enligt tidigare förteckning " + e.Date.String() + " (" + e.Source + ", rad " + strconv.Itoa(e.Row) + "); motivera dem."
	if e.Scale != "" {
		desc += " Nivåskalan i förteckningen översattes så: " + e.Scale + "."
	}
	t := InfoType{Name: "Hela tillgången (tidigare förteckning)", Description: desc, Ratings: map[Aspect]Rating{}}
	for a, l := range e.Levels {
		if l != Unset {
			t.Ratings[a] = Rating{Level: l}
		}
	}
	c.InfoTypes = []InfoType{t}
	return c
}
