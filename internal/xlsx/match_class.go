package xlsx

import (
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// whyEarlier is why a list's date and levels are no decision.
const whyEarlier = "klassad enligt tidigare förteckning: klassningen gjordes utanför Infoklass och är inget beslut här; starta en uppföljning i workshopen"

// reviewAt is the next review of the decision an export brings.
func (it *Item) reviewAt() domain.Date {
	if !it.ReviewAt.IsZero() {
		return it.ReviewAt
	}
	return domain.DefaultNextReview(it.DecidedAt)
}

// planNew lists the classification a row brings to an asset that has
// none: a hand-kept list's date and levels as an earlier classification,
// or the classification of an export (decided only when the decision
// rule lets it be), or a list's levels to be worked on.
func (it *Item) planNew(a domain.Asset, m *domain.Model, today domain.Date) {
	if len(it.Types) == 0 && !it.Classified.IsZero() {
		if it.Classified.After(today) {
			it.plan.class = false
			it.NotApplied = append(it.NotApplied, Change{Field: "Klassad enligt tidigare förteckning", New: it.Classified.String(),
				Reason: "datumet ligger efter i dag (" + today.String() + "); en klassning kan inte vara gjord i framtiden. Rätta datumet i listan"})
			return
		}
		for _, asp := range domain.AllAspects {
			if l := it.Levels[asp]; l != domain.Unset {
				it.Changes = append(it.Changes, Change{Field: string(asp), New: levelCell(l, m)})
			}
		}
		it.Changes = append(it.Changes, Change{Field: "Klassad enligt tidigare förteckning", New: it.Classified.String()})
		if !it.NextReview.IsZero() {
			it.Changes = append(it.Changes, Change{Field: "Nästa uppföljning", New: it.NextReview.String()})
		}
		return
	}
	c := it.classification(m, "", "", today)
	var next domain.Date
	if len(it.Types) > 0 && it.DecidedBy != "" && !it.DecidedAt.IsZero() {
		if bs := domain.DecisionBlockers(&a, c, it.Threshold, m); len(bs) > 0 {
			it.NotApplied = append(it.NotApplied, Change{Field: "Fastställd", New: it.DecidedAt.String(),
				Reason: "klassningen importeras som pågående, eftersom beslutet inte kan fattas: " + blockerText(bs)})
		} else if err := domain.ValidateDecisionDate(it.DecidedAt, c.Date, today); err != nil {
			it.NotApplied = append(it.NotApplied, Change{Field: "Fastställd", New: it.DecidedAt.String(),
				Reason: "klassningen importeras som pågående, eftersom beslutet inte kan fattas: " + err.Error()})
		} else {
			it.plan.decide = true
			next = it.reviewAt()
		}
	}
	it.newClassification(c.Result(m).Effective(), next, m)
}

// matchEarlier compares a row with an asset that has no classification
// in Infoklass, perhaps one from a hand-kept list.
func (it *Item) matchEarlier(a domain.Asset, s *domain.AssetSummary, file map[domain.Aspect]domain.Level, m *domain.Model, today domain.Date) {
	if s.Earlier && len(it.Types) == 0 && it.Classified.Equal(s.DecidedAt) && sameLevels(file, s.Effective) &&
		(it.NextReview.IsZero() || it.NextReview.Equal(s.NextReview)) {
		return // the same earlier classification
	}
	if s.Earlier && len(it.Types) == 0 && it.Classified.IsZero() {
		for _, asp := range domain.AllAspects {
			if l, ok := file[asp]; ok && l != s.Effective[asp] {
				it.NotApplied = append(it.NotApplied, Change{Field: string(asp), Old: levelCell(s.Effective[asp], m), New: levelCell(l, m), Reason: whyEarlier})
			}
		}
		return
	}
	it.plan.class = true
	n := len(it.Changes)
	it.planNew(a, m, today)
	if s.Earlier {
		for i := n; i < len(it.Changes); i++ {
			ch := &it.Changes[i]
			switch {
			case ch.Field == "Klassad enligt tidigare förteckning":
				ch.Old = s.DecidedAt.String()
			case len(ch.Field) == 1:
				ch.Old = levelCell(s.Effective[domain.Aspect(ch.Field)], m)
			}
		}
	}
}

func sameLevels(a, b map[domain.Aspect]domain.Level) bool {
	for _, asp := range domain.AllAspects {
		if a[asp] != b[asp] {
			return false
		}
	}
	return true
}

// blockerText lists the first blockers in a sentence.
func blockerText(bs []domain.Problem) string {
	var ms []string
	for i, b := range bs {
		if i == 3 {
			ms = append(ms, "…")
			break
		}
		ms = append(ms, strings.TrimSuffix(b.Message, "."))
	}
	return strings.Join(ms, "; ")
}
