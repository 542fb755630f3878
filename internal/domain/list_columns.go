package domain

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/collate"
)

// ListColumn is one column of the prioritised list: the one place its
// key, header and width are described, for the Excel list and for the
// compact register on screen, with the text a cell shows and the order
// a sort by it gives.
type ListColumn struct {
	Key      string // stable name, kept in the settings
	Header   string // Swedish, as the Excel list heads it
	HeaderEN string
	Width    int  // in characters
	Label    bool // the text is a fixed Swedish label, which a screen translates
	// DescFirst makes a first sort by the column put the highest first:
	// levels, scores, yes before no.
	DescFirst bool
	text      func(x *AssetSummary, m *Model) string
	value     func(x *AssetSummary) sortValue
}

// sortValue is what a column sorts by: empty values last in either
// direction, then the number, then the text's collation key.
type sortValue struct {
	empty bool
	n     int64
	s     string
}

// Text is the cell's text for x, levels numbered as model m numbers them.
func (c ListColumn) Text(x *AssetSummary, m *Model) string { return c.text(x, m) }

func textColumn(key, header, headerEN string, width int, label bool, get func(x *AssetSummary) string) ListColumn {
	return ListColumn{Key: key, Header: header, HeaderEN: headerEN, Width: width, Label: label,
		text: func(x *AssetSummary, _ *Model) string { return get(x) },
		value: func(x *AssetSummary) sortValue {
			s := get(x)
			return sortValue{empty: strings.TrimSpace(s) == "", s: nameKey(s)}
		}}
}

func levelColumn(key, header, headerEN string, get func(x *AssetSummary) Level) ListColumn {
	return ListColumn{Key: key, Header: header, HeaderEN: headerEN, Width: 5, DescFirst: true,
		text: func(x *AssetSummary, m *Model) string {
			if get(x) == Unset {
				return ""
			}
			return m.NumberText(get(x))
		},
		value: func(x *AssetSummary) sortValue { return sortValue{empty: get(x) == Unset, n: int64(get(x))} }}
}

func dateColumn(key, header, headerEN string, get func(x *AssetSummary) Date) ListColumn {
	return ListColumn{Key: key, Header: header, HeaderEN: headerEN, Width: 12,
		text: func(x *AssetSummary, _ *Model) string { return get(x).String() },
		value: func(x *AssetSummary) sortValue {
			d := get(x)
			return sortValue{empty: d.IsZero(), n: d.Time().Unix()}
		}}
}

func numberColumn(key, header, headerEN string, width int, desc bool, get func(x *AssetSummary) int) ListColumn {
	return ListColumn{Key: key, Header: header, HeaderEN: headerEN, Width: width, DescFirst: desc,
		text:  func(x *AssetSummary, _ *Model) string { return strconv.Itoa(get(x)) },
		value: func(x *AssetSummary) sortValue { return sortValue{n: int64(get(x))} }}
}

func yesNoColumn(key, header, headerEN string, get func(x *AssetSummary) bool) ListColumn {
	return ListColumn{Key: key, Header: header, HeaderEN: headerEN, Width: 10, Label: true, DescFirst: true,
		text: func(x *AssetSummary, _ *Model) string {
			if get(x) {
				return "Ja"
			}
			return "Nej"
		},
		value: func(x *AssetSummary) sortValue {
			if get(x) {
				return sortValue{n: 1}
			}
			return sortValue{}
		}}
}

// statusColumn sorts by what needs attention first: due for review,
// ongoing, planned, not started, decided, cancelled.
func statusColumn() ListColumn {
	c := textColumn("status", "Status", "Status", 18, true, func(x *AssetSummary) string { return x.Status.Label() })
	c.value = func(x *AssetSummary) sortValue { return sortValue{n: int64(StatusOrder(x.Status))} }
	return c
}

func thresholdText(x *AssetSummary) string {
	if x.Threshold == OutcomeNone {
		return ""
	}
	return x.Threshold.Label()
}

func dpiaText(x *AssetSummary) string {
	if !x.Threshold.RequiresDPIA() {
		return ""
	}
	return x.DPIA.Label()
}

// ListColumns are the prioritised list's columns, in the Excel list's order.
var ListColumns = []ListColumn{
	numberColumn("rank", "Rang", "Rank", 7, false, func(x *AssetSummary) int { return x.Rank }),
	numberColumn("score", "Poäng", "Score", 8, true, func(x *AssetSummary) int { return x.Priority.Score }),
	textColumn("reasons", "Skäl", "Reasons", 50, false, func(x *AssetSummary) string { return x.Priority.Text() }),
	textColumn("name", "Informationstillgång", "Information asset", 34, false, func(x *AssetSummary) string { return x.Asset.Name }),
	textColumn("description", "Beskrivning", "Description", 40, false, func(x *AssetSummary) string { return x.Asset.Description }),
	textColumn("kind", "Typ", "Kind", 16, true, func(x *AssetSummary) string { return x.Asset.Kind.Label() }),
	textColumn("owner", "Informationsägare", "Information owner", 22, false, func(x *AssetSummary) string { return x.Asset.OwnerName }),
	textColumn("owner_role", "Ägarens roll", "Owner's role", 24, false, func(x *AssetSummary) string { return x.Asset.OwnerRole }),
	textColumn("object", "Förvaltningsobjekt", "Management object", 22, false, func(x *AssetSummary) string { return x.Asset.ManagementObject }),
	textColumn("system", "System", "System", 20, false, func(x *AssetSummary) string { return x.Asset.System }),
	textColumn("supplier", "Leverantör", "Supplier", 22, false, func(x *AssetSummary) string { return x.Asset.Supplier }),
	statusColumn(),
	textColumn("status_reason", "Statusskäl", "Status reason", 30, false, func(x *AssetSummary) string { return x.Asset.StatusReason }),
	levelColumn("K", "K", "C", func(x *AssetSummary) Level { return x.Effective[Confidentiality] }),
	levelColumn("R", "R", "I", func(x *AssetSummary) Level { return x.Effective[Integrity] }),
	levelColumn("T", "T", "A", func(x *AssetSummary) Level { return x.Effective[Availability] }),
	levelColumn("S", "S", "T", func(x *AssetSummary) Level { return x.Effective[Traceability] }),
	levelColumn("overall", "Högsta nivå", "Highest level", func(x *AssetSummary) Level { return x.Overall }),
	textColumn("threshold", "Tröskelanalys", "Threshold analysis", 26, true, thresholdText),
	textColumn("dpia", "DPIA-status", "DPIA status", 14, true, dpiaText),
	dateColumn("decided", "Fastställd", "Decided", func(x *AssetSummary) Date { return x.DecidedAt }),
	dateColumn("review", "Nästa uppföljning", "Next review", func(x *AssetSummary) Date { return x.NextReview }),
	textColumn("quarter", "Planerat kvartal", "Planned quarter", 12, false, func(x *AssetSummary) string { return x.PlannedQuarter }),
	dateColumn("procurement", "Upphandling/licens", "Procurement/licence", func(x *AssetSummary) Date { return x.Asset.ProcurementDate }),
	yesNoColumn("personal", "Personuppgifter", "Personal data", func(x *AssetSummary) bool { return x.Asset.PersonalData }),
	yesNoColumn("rsa", "Samhällsviktig (RSA)", "Critical (RSA)", func(x *AssetSummary) bool { return x.Asset.RSACritical }),
	yesNoColumn("nis2", "NIS2", "NIS2", func(x *AssetSummary) bool { return x.Asset.NIS2 }),
	numberColumn("adjust", "Manuell justering", "Manual adjustment", 10, true, func(x *AssetSummary) int { return x.Asset.PriorityAdjust }),
	textColumn("adjust_reason", "Skäl för justering", "Reason for adjustment", 30, false, func(x *AssetSummary) string { return x.Asset.PriorityReason }),
	textColumn("notes", "Anteckningar", "Notes", 40, false, func(x *AssetSummary) string { return x.Asset.Notes }),
}

// ListColumnByKey returns the column named key, and whether there is one.
func ListColumnByKey(key string) (ListColumn, bool) {
	for _, c := range ListColumns {
		if c.Key == key {
			return c, true
		}
	}
	return ListColumn{}, false
}

// StatusOrder is a status's place when the list is sorted by status:
// what needs attention first.
func StatusOrder(s Status) int {
	for i, x := range []Status{StatusReview, StatusOngoing, StatusPlanned, StatusNotStarted, StatusDecided, StatusCancelled} {
		if s == x {
			return i
		}
	}
	return 99
}

// SortList orders xs, which Prioritize ranked, by column key: in the
// column's first order, or reversed when reverse is set. Empty cells go
// last either way, and ties keep the priority order. An unknown key (or
// "rank") keeps the priority order.
func SortList(xs []AssetSummary, key string, reverse bool) {
	c, ok := ListColumnByKey(key)
	if !ok {
		c, _ = ListColumnByKey("rank")
	}
	desc := c.DescFirst != reverse
	vals := make([]sortValue, len(xs))
	idx := make([]int, len(xs))
	for i := range xs {
		vals[i], idx[i] = c.value(&xs[i]), i
	}
	// The indices are sorted, not the summaries, and the order is total
	// (rank, then place), so an unstable sort keeps ties as they were.
	slices.SortFunc(idx, func(i, j int) int {
		a, b := vals[i], vals[j]
		if a.empty != b.empty {
			if a.empty {
				return 1
			}
			return -1
		}
		d := cmp.Or(cmp.Compare(a.n, b.n), strings.Compare(a.s, b.s))
		if desc {
			d = -d
		}
		return cmp.Or(d, cmp.Compare(xs[i].Rank, xs[j].Rank), cmp.Compare(i, j))
	})
	sorted := make([]AssetSummary, len(xs))
	for k, i := range idx {
		sorted[k] = xs[i]
	}
	copy(xs, sorted)
}

// nameKey is the collation key that sorts s as NameLess does.
func nameKey(s string) string {
	s = NormalizeName(s)
	if s == "" {
		return ""
	}
	collatorMu.Lock()
	defer collatorMu.Unlock()
	var buf collate.Buffer
	return string(collator.KeyFromString(&buf, s))
}
