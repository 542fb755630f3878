package ui

import (
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// sortLabels name the orders the Sortera select offers, and sortKeys
// the list column each sorts by ("" for the priority order). A click on
// a compact row's header sorts by any column.
var (
	sortLabels = []string{"Prioritet", "Status", "Högsta nivå", "Nästa uppföljning", "Upphandling/licens", "Namn"}
	sortKeys   = []string{"", "status", "overall", "review", "procurement", "name"}
)

// listFilter is what the list shows: search text, status, level, owner,
// only assets due this year, and the order.
type listFilter struct {
	query   string
	status  domain.Status // "" for all
	level   int           // -1 for all, 0 for not classified, 1–4
	owner   string        // "" for all
	dueYear int           // 0 for all
	sort    string        // a domain.ListColumn key, "" for the priority order
	reverse bool          // the column's order reversed
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
	domain.SortList(out, f.sort, f.reverse)
	return out
}
