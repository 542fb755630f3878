package ui

import (
	"sort"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// sortKey is an order the prioritised list can be shown in.
type sortKey int

const (
	byRank sortKey = iota
	byStatus
	byLevel
	byReview
	byProcurement
	byName
)

var sortLabels = []string{"Prioritet", "Status", "Högsta nivå", "Nästa uppföljning", "Upphandling/licens", "Namn"}

// listFilter is what the list shows: search text, status, level, owner,
// only assets due this year, and the order.
type listFilter struct {
	query   string
	status  domain.Status // "" for all
	level   int           // -1 for all, 0 for not classified, 1–4
	owner   string        // "" for all
	dueYear int           // 0 for all
	order   sortKey
}

func (f listFilter) keep(s domain.AssetSummary) bool {
	if f.status != "" && s.Status != f.status {
		return false
	}
	if f.level >= 0 && int(s.Overall) != f.level {
		return false
	}
	if f.owner != "" && !domain.SameName(s.Asset.OwnerName, f.owner) {
		return false
	}
	if f.dueYear != 0 && !domain.DueIn(s, f.dueYear) {
		return false
	}
	if q := strings.ToLower(strings.TrimSpace(f.query)); q != "" {
		a := s.Asset
		for _, field := range []string{a.Name, a.OwnerName, a.System, a.Supplier, a.ManagementObject, a.Description} {
			if strings.Contains(strings.ToLower(field), q) {
				return true
			}
		}
		return false
	}
	return true
}

// apply returns the summaries that pass the filter, in its order. The
// input is in rank order.
func (f listFilter) apply(all []domain.AssetSummary) []domain.AssetSummary {
	out := make([]domain.AssetSummary, 0, len(all))
	for _, s := range all {
		if f.keep(s) {
			out = append(out, s)
		}
	}
	less := map[sortKey]func(a, b domain.AssetSummary) bool{
		byStatus: func(a, b domain.AssetSummary) bool { return statusOrder(a.Status) < statusOrder(b.Status) },
		byLevel:  func(a, b domain.AssetSummary) bool { return a.Overall > b.Overall },
		byReview: func(a, b domain.AssetSummary) bool { return dateLess(a.NextReview, b.NextReview) },
		byProcurement: func(a, b domain.AssetSummary) bool {
			return dateLess(a.Asset.ProcurementDate, b.Asset.ProcurementDate)
		},
		byName: func(a, b domain.AssetSummary) bool { return domain.NameLess(a.Asset.Name, b.Asset.Name) },
	}[f.order]
	if less != nil {
		sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	}
	return out
}

// dateLess orders dates with unset ones last.
func dateLess(a, b domain.Date) bool {
	switch {
	case a.IsZero():
		return false
	case b.IsZero():
		return true
	}
	return a.Before(b)
}

func statusOrder(s domain.Status) int {
	for i, x := range []domain.Status{domain.StatusReview, domain.StatusOngoing, domain.StatusPlanned,
		domain.StatusNotStarted, domain.StatusDecided, domain.StatusCancelled} {
		if s == x {
			return i
		}
	}
	return 99
}
