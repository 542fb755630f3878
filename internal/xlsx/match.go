package xlsx

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// What an item writes, decided by Match; Apply writes exactly this.
type plan struct {
	asset      bool // create or update the asset
	class      bool // create the classification the file brings
	threshold  bool // create the threshold analysis
	parked     bool // add the parked questions (with a new classification)
	decide     bool // decide the new classification through the decision rule
	exclusions []string
	fulfil     []string // requirement IDs whose fulfilment is written
}

// Why edits of the file are not applied.
const (
	whyDecided   = "klassningen är fastställd; en nivå eller ett datum ändras bara i en uppföljning (Workshop › Ny uppföljning)"
	whyOngoing   = "klassningen pågår i Infoklass; ändra den i workshopen"
	whyDerived   = "statusen följer av klassningen och sätts inte för hand"
	whyComputed  = "beräknas av Infoklass och läses inte tillbaka"
	whyThreshold = "tröskelanalysen finns redan i Infoklass; ändra den i workshopen"
)

// Register is what an import is matched against, as plain data: the
// register as the use cases rank it (app.Register), and by asset ID each
// asset's latest classification, current threshold analysis,
// requirement exclusions and fulfilments.
type Register struct {
	Summaries []domain.AssetSummary
	Latest    map[int64]*domain.Classification
	Current   map[int64]*domain.ThresholdAnalysis
	Excluded  map[int64]map[string]string
	Fulfilled map[int64]map[string]domain.Fulfilment
	// Processings are the register's processings with their assets.
	Processings []domain.Processing
}

// MatchOn decides, against the register r on day today, what each item
// creates or updates, field by field, and what the file changes that
// will not be applied, with the reason; it lists the assets that only
// the register has. Assets are matched by name, ignoring case and space.
// The computed columns are compared with r's ranking, so the preview and
// the register never disagree.
func (p *Preview) MatchOn(r Register, m *domain.Model, today domain.Date) {
	byName := map[string]*domain.AssetSummary{}
	for i := range r.Summaries {
		byName[nameKey(r.Summaries[i].Asset.Name)] = &r.Summaries[i]
	}
	inFile := map[string]bool{}
	p.today = today
	for _, it := range p.Items {
		inFile[nameKey(it.Asset.Name)] = true
		s := byName[nameKey(it.Asset.Name)]
		it.Changes, it.NotApplied, it.plan = nil, nil, plan{}
		if s == nil {
			p.matchNew(it, m)
			it.matchFulfilments(nil)
			continue
		}
		var c *domain.Classification
		if s.ClassificationID != 0 {
			c = r.Latest[s.Asset.ID]
		}
		p.matchOld(it, s, c, r.Current[s.Asset.ID], r.Excluded[s.Asset.ID], m)
		it.matchFulfilments(r.Fulfilled[s.Asset.ID])
		switch {
		case it.plan.asset || it.plan.class || it.plan.threshold || len(it.plan.exclusions) > 0 || len(it.plan.fulfil) > 0:
			it.Action = Update
		default:
			it.Action = Unchanged
		}
	}
	p.OnlyInDB = nil
	for _, s := range r.Summaries {
		if !inFile[nameKey(s.Asset.Name)] {
			p.OnlyInDB = append(p.OnlyInDB, s.Asset.Name)
		}
	}
	sort.Slice(p.OnlyInDB, func(i, j int) bool { return domain.NameLess(p.OnlyInDB[i], p.OnlyInDB[j]) })
	p.matchProcessings(r)
	p.matched = true
}

func nameKey(s string) string { return strings.ToLower(domain.NormalizeName(s)) }

// assetFields are the asset's fields as the preview names them, with
// their text.
var assetFields = []struct {
	f    field
	text func(a domain.Asset) string
}{
	{fDescription, func(a domain.Asset) string { return a.Description }},
	{fKind, func(a domain.Asset) string { return a.Kind.Label() }},
	{fOwner, func(a domain.Asset) string { return a.OwnerName }},
	{fOwnerRole, func(a domain.Asset) string { return a.OwnerRole }},
	{fObject, func(a domain.Asset) string { return a.ManagementObject }},
	{fSystem, func(a domain.Asset) string { return a.System }},
	{fSupplier, func(a domain.Asset) string { return a.Supplier }},
	{fStatus, func(a domain.Asset) string { return a.Status.Label() }},
	{fStatusReason, func(a domain.Asset) string { return a.StatusReason }},
	{fProcurement, func(a domain.Asset) string { return a.ProcurementDate.String() }},
	{fComment, func(a domain.Asset) string { return a.Notes }},
	{fPersonal, func(a domain.Asset) string { return yesNo(a.PersonalData) }},
	{fRSA, func(a domain.Asset) string { return yesNo(a.RSACritical) }},
	{fNIS2, func(a domain.Asset) string { return yesNo(a.NIS2) }},
	{fAdjust, func(a domain.Asset) string { return adjustText(a.PriorityAdjust) }},
	{fAdjustReason, func(a domain.Asset) string { return a.PriorityReason }},
}

func adjustText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func (f field) label() string {
	if i := f.info(); i.label != "" {
		return i.label
	}
	return fmt.Sprint(int(f))
}

// manual reports whether a status is set by hand rather than following
// from the classification.
func manual(s domain.Status) bool {
	return s == domain.StatusNotStarted || s == domain.StatusPlanned || s == domain.StatusCancelled
}

// matchNew lists what a new asset gets: every field the file gives.
func (p *Preview) matchNew(it *Item, m *domain.Model) {
	it.Action = Create
	it.plan.asset = true
	a := it.merge(domain.Asset{Name: it.Asset.Name, Kind: domain.KindSystem, Status: domain.StatusNotStarted})
	for _, af := range assetFields {
		if it.has[af.f] || af.f == fStatusReason && a.StatusReason != "" {
			if v := af.text(a); v != "" && !(af.f == fStatus && !manual(it.Asset.Status)) {
				it.Changes = append(it.Changes, Change{Field: af.f.label(), New: v})
			}
		}
	}
	if it.has[fStatus] && !manual(it.Asset.Status) {
		if len(it.Types) > 0 || len(it.Levels) > 0 {
			it.Changes = append(it.Changes, Change{Field: "Status", New: it.Asset.Status.Label() + " (följer av klassningen)"})
		} else {
			it.NotApplied = append(it.NotApplied, Change{Field: "Status", Old: domain.StatusNotStarted.Label(), New: it.Asset.Status.Label(),
				Reason: "statusen följer av klassningen, och raden har inga nivåer; tillgången blir Ej påbörjad"})
		}
	}
	if len(it.Types) > 0 || len(it.Levels) > 0 {
		it.plan.class = true
		it.planNew(a, m, p.today)
	} else if !it.Classified.IsZero() || !it.NextReview.IsZero() {
		it.NotApplied = append(it.NotApplied, Change{Field: "Fastställd", New: it.Classified.String(), Reason: "ett datum utan nivåer ger ingen klassning"})
	}
	if it.Threshold != nil {
		it.plan.threshold = true
		it.Changes = append(it.Changes, Change{Field: "Tröskelanalys", New: it.Threshold.FinalDecision().Label()})
	}
	for id := range it.Exclusions {
		it.plan.exclusions = append(it.plan.exclusions, id)
	}
	sort.Strings(it.plan.exclusions)
	for _, id := range it.plan.exclusions {
		it.Changes = append(it.Changes, Change{Field: id + " ej tillämpligt", New: it.Exclusions[id]})
	}
}

// matchOld compares an item with the asset s of the database, its latest
// classification c and current threshold analysis t.
func (p *Preview) matchOld(it *Item, s *domain.AssetSummary, c *domain.Classification, t *domain.ThresholdAnalysis, excluded map[string]string, m *domain.Model) {
	old := s.Asset
	it.matchBlanks(old, p.Full)
	a := it.merge(old)
	for _, af := range assetFields {
		if af.f == fStatus {
			continue
		}
		if o, n := af.text(old), af.text(a); o != n {
			it.Changes = append(it.Changes, Change{Field: af.f.label(), Old: o, New: n})
		}
	}
	if it.has[fStatus] {
		v := it.Asset.Status
		switch {
		case manual(v) && v != old.Status:
			it.Changes = append(it.Changes, Change{Field: "Status", Old: s.Status.Label(), New: v.Label()})
		case !manual(v) && v != s.Status:
			it.NotApplied = append(it.NotApplied, Change{Field: "Status", Old: s.Status.Label(), New: v.Label(), Reason: whyDerived})
		}
	}
	it.plan.asset = len(it.Changes) > 0
	why := whyOngoing
	if c != nil && c.Decided() {
		why = whyDecided
	}
	// Levels: the list states effective levels.
	if len(it.Levels) > 0 || len(it.Types) > 0 {
		var file map[domain.Aspect]domain.Level
		if len(it.Levels) > 0 {
			file = it.Levels
		} else {
			file = it.classification(m, "", "", p.today).Result(m).Effective()
		}
		if c == nil {
			it.matchEarlier(a, s, file, m, p.today)
		} else {
			for _, asp := range domain.AllAspects {
				if l, ok := file[asp]; ok && l != s.Effective[asp] {
					it.NotApplied = append(it.NotApplied, Change{Field: string(asp), Old: levelCell(s.Effective[asp], m), New: levelCell(l, m), Reason: why})
				}
			}
			if len(it.Types) > 0 && !sameTypes(c, it) {
				it.NotApplied = append(it.NotApplied, typeEdits(c, it, m, why)...)
			}
			it.matchDecision(c, m, why)
		}
	}
	if c != nil && !s.Earlier {
		if it.has[fClassified] && !it.Classified.Equal(s.DecidedAt) {
			it.NotApplied = append(it.NotApplied, Change{Field: "Fastställd", Old: s.DecidedAt.String(), New: it.Classified.String(), Reason: why})
		}
		if it.has[fNextReview] && !it.NextReview.Equal(s.NextReview) {
			it.NotApplied = append(it.NotApplied, Change{Field: "Nästa uppföljning", Old: s.NextReview.String(), New: it.NextReview.String(), Reason: why})
		}
	} else if c == nil && len(it.Levels) == 0 && len(it.Types) == 0 && (it.has[fClassified] || it.has[fNextReview]) {
		it.NotApplied = append(it.NotApplied, Change{Field: "Fastställd", New: it.Classified.String(), Reason: "ett datum utan nivåer ger ingen klassning"})
	}
	// The computed columns of an export.
	for _, col := range listTable {
		if v, ok := it.Computed[col.name]; ok && col.text != nil {
			if o := col.text(s, m); v != o {
				it.NotApplied = append(it.NotApplied, Change{Field: col.name, Old: o, New: v, Reason: whyComputed})
			}
		}
	}
	if it.Threshold != nil {
		switch {
		case t == nil:
			it.plan.threshold = true
			it.Changes = append(it.Changes, Change{Field: "Tröskelanalys", New: it.Threshold.FinalDecision().Label()})
		default: // every cell of the sheet Tröskelanalyser that differs, by question
			it.NotApplied = append(it.NotApplied, thresholdEdits(t, it.Threshold)...)
		}
	}
	if len(it.Types) > 0 {
		var ids []string
		for id := range it.Exclusions {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if _, ok := excluded[id]; !ok {
				it.plan.exclusions = append(it.plan.exclusions, id)
				it.Changes = append(it.Changes, Change{Field: id + " ej tillämpligt", New: it.Exclusions[id]})
			}
		}
		for id, why := range excluded {
			if _, ok := it.Exclusions[id]; !ok {
				it.NotApplied = append(it.NotApplied, Change{Field: id + " ej tillämpligt", Old: why, Reason: "ett krav görs tillämpligt igen i Infoklass, inte genom importen"})
			}
		}
	}
}

// levelCell is level l as its cell reads in model m's numbering; "" when unset.
func levelCell(l domain.Level, m *domain.Model) string {
	if l == domain.Unset {
		return ""
	}
	return m.NumberText(l)
}

// sameTypes reports whether the file's information types are c's.
func sameTypes(c *domain.Classification, it *Item) bool {
	if len(c.InfoTypes) != len(it.Types) {
		return false
	}
	for i, t := range c.InfoTypes {
		u := it.Types[i]
		if !domain.SameName(t.Name, u.Name) || t.Description != u.Description || !reflect.DeepEqual(t.Flags, u.Flags) && len(t.Flags)+len(u.Flags) > 0 {
			return false
		}
		for _, a := range domain.AllAspects {
			if t.Ratings[a] != u.Ratings[a] {
				return false
			}
		}
	}
	return true
}

// participantsText writes participants as "Namn (Roll); Namn (Roll)".
func participantsText(ps []domain.Participant) string {
	var out []string
	for _, x := range ps {
		out = append(out, x.Name+" ("+x.Role.Label()+")")
	}
	return strings.Join(out, "; ")
}

// parseParticipants reads what participantsText wrote.
func parseParticipants(s string) ([]domain.Participant, error) {
	var out []domain.Participant
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, role, found := part, domain.RoleOther, !strings.HasSuffix(part, ")")
		for _, r := range domain.Roles {
			for _, label := range []string{r.Label(), string(r)} {
				if suffix := " (" + label + ")"; !found && len(part) > len(suffix) && strings.EqualFold(part[len(part)-len(suffix):], suffix) {
					name, role, found = strings.TrimSpace(part[:len(part)-len(suffix)]), r, true
				}
			}
		}
		if !found {
			return out, fmt.Errorf("okänd roll i %q; rollerna är %s", part, roleNames())
		}
		out = append(out, domain.Participant{Name: name, Role: role})
	}
	return out, nil
}

func roleNames() string {
	var out []string
	for _, r := range domain.Roles {
		out = append(out, r.Label())
	}
	return strings.Join(out, ", ")
}

// matchFulfilments compares how the file says each requirement is met
// with the database's record, old: a new or changed one is written; one
// the file no longer has is not removed.
func (it *Item) matchFulfilments(old map[string]domain.Fulfilment) {
	var ids []string
	for id := range it.Fulfilments {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	text := func(f domain.Fulfilment) string {
		if f.How == "" {
			return f.Status.Label()
		}
		return f.Status.Label() + ": " + f.How
	}
	for _, id := range ids {
		f := it.Fulfilments[id]
		o, had := old[id]
		if had && o.Status == f.Status && o.How == f.How {
			continue
		}
		c := Change{Field: "Krav " + id, New: text(f)}
		if had && o.Status != domain.FulfilNotApplicable {
			c.Old = text(o)
		}
		if had && o.Status == domain.FulfilNotApplicable {
			c.Reason = "kravet är markerat ej tillämpligt i Infoklass; ändra det i kravvyn"
			it.NotApplied = append(it.NotApplied, c)
			continue
		}
		it.plan.fulfil = append(it.plan.fulfil, id)
		it.Changes = append(it.Changes, c)
	}
	if len(it.Types) == 0 {
		return // a list without the Krav sheet says nothing about them
	}
	var gone []string
	for id, o := range old {
		if _, ok := it.Fulfilments[id]; !ok && o.Status != domain.FulfilNotApplicable {
			gone = append(gone, id)
		}
	}
	sort.Strings(gone)
	for _, id := range gone {
		it.NotApplied = append(it.NotApplied, Change{Field: "Krav " + id, Old: text(old[id]),
			Reason: "hur ett krav uppfylls tas inte bort genom importen; ändra det i kravvyn"})
	}
}

// raisesText writes the classification's raises one a line, as
// "K3 – Aggregering (sammanställd data avslöjar mer) – explanation", in
// model m's numbering.
func raisesText(raises map[domain.Aspect]domain.Raise, m *domain.Model) string {
	var lines []string
	for _, a := range domain.AllAspects {
		if r, ok := raises[a]; ok {
			lines = append(lines, m.LevelLabel(a, r.Level)+" – "+r.Reason.Label()+" – "+r.Explanation)
		}
	}
	return strings.Join(lines, "\n")
}

// parseRaises reads what raisesText wrote.
func parseRaises(s string, m *domain.Model) (map[domain.Aspect]domain.Raise, error) {
	out := map[domain.Aspect]domain.Raise{}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		parts := strings.SplitN(line, " – ", 3)
		if len(parts) < 2 || len(parts[0]) < 2 {
			return nil, fmt.Errorf("höjningen %q går inte att läsa; skriv till exempel K3 – Aggregering – skälet", line)
		}
		a := domain.Aspect(strings.ToUpper(parts[0][:1]))
		l, err := domain.ParseLevelLoose(parts[0][1:], m)
		if !a.Valid() || err != nil || l == domain.Unset {
			return nil, fmt.Errorf("höjningen %q: %q är ingen aspekt och nivå", line, parts[0])
		}
		r := domain.Raise{Level: l, Reason: domain.RaiseOther}
		found := false
		for _, x := range domain.RaiseReasons {
			if strings.EqualFold(parts[1], x.Label()) || strings.EqualFold(parts[1], string(x)) {
				r.Reason, found = x, true
			}
		}
		if !found {
			return nil, fmt.Errorf("höjningen %q: okänt skäl %q", line, parts[1])
		}
		if len(parts) == 3 {
			r.Explanation = parts[2]
		}
		out[a] = r
	}
	return out, nil
}

// newClassification lists the changes of a classification the item
// brings where the asset has none: its levels, the number of types, the
// decision date, the next review (when next is set), scope, participants
// and parked questions.
func (it *Item) newClassification(levels map[domain.Aspect]domain.Level, next domain.Date, m *domain.Model) {
	for _, asp := range domain.AllAspects {
		if l := levels[asp]; l != domain.Unset {
			it.Changes = append(it.Changes, Change{Field: string(asp), New: levelCell(l, m)})
		}
	}
	if len(it.Types) > 0 {
		it.Changes = append(it.Changes, Change{Field: "Informationstyper", New: strconv.Itoa(len(it.Types))})
	}
	if it.plan.decide {
		it.Changes = append(it.Changes, Change{Field: "Fastställd", New: it.DecidedAt.String()})
	}
	if !next.IsZero() {
		it.Changes = append(it.Changes, Change{Field: "Nästa uppföljning", New: next.String()})
	}
	if it.Scope != "" {
		it.Changes = append(it.Changes, Change{Field: "Avgränsning", New: it.Scope})
	}
	if len(it.Participants) > 0 {
		it.Changes = append(it.Changes, Change{Field: "Deltagare", New: participantsText(it.Participants)})
	}
	if len(it.Parked) > 0 {
		it.plan.parked = true
		it.Changes = append(it.Changes, Change{Field: "Parkerade frågor", New: strconv.Itoa(len(it.Parked))})
	}
}
