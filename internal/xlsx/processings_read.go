package xlsx

import (
	"fmt"
	"sort"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// ProcessingRow is one row of the Behandlingar sheet of an Infoklass
// export: a processing of personal data with its DPIA and the names of
// the assets it serves. MatchOn decides what it creates or updates.
type ProcessingRow struct {
	Row        int
	Processing domain.Processing // as the file gives it; AssetIDs empty, the assets are by name
	Assets     []string          // the assets it serves, as the list or the register names them (MatchOn fills it)
	assetsText string            // the cell as written, asset names joined by ", "
	Action     Action
	Changes    []Change // field by field, as the sheet's header names them
}

// readProcessings reads the Behandlingar sheet of an Infoklass export
// strictly: every cell that cannot be stored is a problem named by
// sheet, row and column.
func (p *Preview) readProcessings(rows [][]string) {
	if len(rows) == 0 {
		return
	}
	cols := columnsOf(rows[0])
	seen := map[string]int{}
	for i := 1; i < len(rows); i++ {
		if blank(rows[i]) {
			continue
		}
		r := exportRow{p: p, sheet: SheetProcessings, row: i + 1, cells: rows[i], cols: cols}
		pr := &ProcessingRow{Row: r.row, assetsText: r.get("Informationstillgångar")}
		pr.Processing = readProcessing(r)
		key := nameKey(pr.Processing.Name)
		if key == "" {
			r.bad("Behandling", "behandlingen saknar namn")
			continue
		}
		if first, ok := seen[key]; ok {
			r.bad("Behandling", "%q står redan på rad %d", pr.Processing.Name, first)
			continue
		}
		seen[key] = r.row
		p.Processings = append(p.Processings, pr)
	}
}

// readProcessing reads the processing of row r, naming each bad cell.
func readProcessing(r exportRow) domain.Processing {
	pr := domain.Processing{Name: domain.NormalizeName(r.get("Behandling")), Purpose: r.get("Ändamål"),
		RecordRef: r.get("Registerförteckning"), Unit: r.get("Ansvarig enhet")}
	d := &pr.DPIA
	d.Reason, d.Reference = r.get("Skäl"), r.get("DPIA-referens")
	for _, c := range []struct{ col, text string }{{"Behandling", pr.Name}, {"Ändamål", pr.Purpose},
		{"Registerförteckning", pr.RecordRef}, {"Ansvarig enhet", pr.Unit}, {"Skäl", d.Reason}, {"DPIA-referens", d.Reference}} {
		if err := domain.ValidateText(c.col, c.text); err != nil {
			r.bad(c.col, "%s", err)
		}
	}
	status, ok := parseProcessingStatus(r.get("DPIA-status"))
	if !ok {
		labels := make([]string, 0, len(domain.ProcessingStatuses))
		for _, s := range domain.ProcessingStatuses {
			labels = append(labels, domain.ProcessingLabel(s))
		}
		r.bad("DPIA-status", "%q är ingen status för konsekvensbedömningen; ange %s", r.get("DPIA-status"), strings.Join(labels, ", "))
	}
	d.Status = status
	for _, c := range []struct {
		col string
		d   *domain.Date
	}{{"DPIA-datum", &d.Date}, {"Riskanalys", &d.RiskAnalysis}} {
		if v := r.get(c.col); v != "" {
			t, err := domain.ParseDateLoose(v)
			if err != nil {
				r.bad(c.col, "%s", err)
			}
			*c.d = t
		}
	}
	return pr
}

// parseProcessingStatus reads a DPIA status written as its label or its
// key; an empty cell is DPIANone.
func parseProcessingStatus(s string) (domain.DPIAStatus, bool) {
	s = strings.TrimSpace(s)
	for _, x := range domain.ProcessingStatuses {
		if strings.EqualFold(s, domain.ProcessingLabel(x)) || (s != "" && s == string(x)) {
			return x, true
		}
	}
	return domain.DPIANone, s == ""
}

// splitAssets splits a cell of asset names joined by ", " into the names
// known (by nameKey → name as to be shown), taking the longest run of
// parts that is a known name so that a name holding ", " is kept whole.
// A part that starts no known name is returned as unknown.
func splitAssets(cell string, known map[string]string) (names, unknown []string) {
	parts := strings.Split(cell, ", ")
	for i := 0; i < len(parts); {
		if strings.TrimSpace(parts[i]) == "" {
			i++
			continue
		}
		found := 0
		for j := len(parts); j > i; j-- {
			if _, ok := known[nameKey(strings.Join(parts[i:j], ", "))]; ok {
				found = j
				break
			}
		}
		if found == 0 {
			unknown = append(unknown, domain.NormalizeName(parts[i]))
			i++
			continue
		}
		names = append(names, known[nameKey(strings.Join(parts[i:found], ", "))])
		i = found
	}
	return names, unknown
}

// matchProcessings decides what each processing row creates or updates
// against the register's processings, field by field, and records an
// asset the list and the register do not have as a problem. The row's
// assets replace the processing's links to the assets of the file's
// list; its links to assets the file does not have are kept, as those
// assets are.
func (p *Preview) matchProcessings(r Register) {
	known := map[string]string{}
	idName := map[int64]string{}
	for _, s := range r.Summaries {
		known[nameKey(s.Asset.Name)] = s.Asset.Name
		idName[s.Asset.ID] = s.Asset.Name
	}
	inFile := map[string]bool{}
	for _, it := range p.Items {
		inFile[nameKey(it.Asset.Name)] = true
		if _, ok := known[nameKey(it.Asset.Name)]; !ok {
			known[nameKey(it.Asset.Name)] = domain.NormalizeName(it.Asset.Name)
		}
	}
	old := map[string]*domain.Processing{}
	for i := range r.Processings {
		old[nameKey(r.Processings[i].Name)] = &r.Processings[i]
	}
	kept := p.Problems[:0] // a second MatchOn finds the unknown assets again
	for _, pr := range p.Problems {
		if pr.Sheet != SheetProcessings || pr.Column != "Informationstillgångar" {
			kept = append(kept, pr)
		}
	}
	p.Problems = kept
	for _, pr := range p.Processings {
		names, unknown := splitAssets(pr.assetsText, known)
		for _, u := range unknown {
			p.Problems = append(p.Problems, Problem{SheetProcessings, pr.Row, "Informationstillgångar",
				fmt.Sprintf("%q finns inte på bladet %s eller i databasen", u, SheetList)})
		}
		was := old[nameKey(pr.Processing.Name)]
		var before []string
		if was != nil {
			for _, id := range was.AssetIDs {
				before = append(before, idName[id])
				if !inFile[nameKey(idName[id])] { // the file does not speak for an asset it lacks
					names = append(names, idName[id])
				}
			}
		}
		pr.Assets = uniqueNames(names)
		pr.Changes = processingChanges(was, before, pr)
		switch {
		case was == nil:
			pr.Action = Create
		case len(pr.Changes) > 0:
			pr.Action = Update
		default:
			pr.Action = Unchanged
		}
	}
}

// uniqueNames returns names without repeats (ignoring case and space),
// in the order the file gives them.
func uniqueNames(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !seen[nameKey(n)] {
			seen[nameKey(n)] = true
			out = append(out, n)
		}
	}
	return out
}

// processingFields are a processing's cells as the sheet's header names
// them, with their text.
var processingFields = []struct {
	col  string
	text func(p domain.Processing) string
}{
	{"Behandling", func(p domain.Processing) string { return p.Name }},
	{"Ändamål", func(p domain.Processing) string { return p.Purpose }},
	{"Registerförteckning", func(p domain.Processing) string { return p.RecordRef }},
	{"Ansvarig enhet", func(p domain.Processing) string { return p.Unit }},
	{"DPIA-status", func(p domain.Processing) string { return domain.ProcessingLabel(p.DPIA.Status) }},
	{"Skäl", func(p domain.Processing) string { return p.DPIA.Reason }},
	{"DPIA-datum", func(p domain.Processing) string { return p.DPIA.Date.String() }},
	{"DPIA-referens", func(p domain.Processing) string { return p.DPIA.Reference }},
	{"Riskanalys", func(p domain.Processing) string { return p.DPIA.RiskAnalysis.String() }},
}

// processingChanges lists every cell of pr that differs from the stored
// processing was (nil for a new one) with the names of its assets before.
func processingChanges(was *domain.Processing, before []string, pr *ProcessingRow) []Change {
	var old domain.Processing
	if was != nil {
		old = *was
	}
	var out []Change
	for _, f := range processingFields {
		if o, n := f.text(old), f.text(pr.Processing); o != n {
			out = append(out, Change{Field: f.col, Old: o, New: n})
		}
	}
	if o, n := assetsText(before), assetsText(pr.Assets); !sameNames(before, pr.Assets) {
		out = append(out, Change{Field: "Informationstillgångar", Old: o, New: n})
	}
	return out
}

// assetsText returns names sorted and joined as the sheet writes them.
func assetsText(names []string) string {
	s := append([]string(nil), names...)
	sort.Slice(s, func(i, j int) bool { return domain.NameLess(s[i], s[j]) })
	return strings.Join(s, ", ")
}

// sameNames reports whether a and b hold the same names, ignoring order,
// case and space.
func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	in := map[string]bool{}
	for _, n := range a {
		in[nameKey(n)] = true
	}
	for _, n := range b {
		if !in[nameKey(n)] {
			return false
		}
	}
	return true
}

// ProcessingCounts returns how many processings each action has.
func (p *Preview) ProcessingCounts() (create, update, unchanged int) {
	for _, pr := range p.Processings {
		switch pr.Action {
		case Create:
			create++
		case Update:
			update++
		default:
			unchanged++
		}
	}
	return
}

// PlannedProcessings returns the processing rows that create or update
// something, in file order: what Apply writes of the Behandlingar sheet,
// exactly as MatchOn found it.
func (p *Preview) PlannedProcessings() ([]ProcessingRow, error) {
	if !p.OK() {
		return nil, ErrProblems
	}
	if !p.matched {
		return nil, ErrNotMatched
	}
	var out []ProcessingRow
	for _, pr := range p.Processings {
		if pr.Action != Unchanged {
			out = append(out, *pr)
		}
	}
	return out, nil
}
