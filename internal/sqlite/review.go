package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// ReviewInput returns what the figures of Ledningens genomgång for year
// are computed from, as it stood at the end of the year in loc (nil:
// local time), or now for a year not yet over. Assets, classifications
// and threshold analyses are read from the tables and rewound past every
// later edit in the history; the status events are those recorded up to
// then. Edits made after the year therefore never change its figures.
func (s *DB) ReviewInput(ctx context.Context, year int, loc *time.Location) (domain.YearInput, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (domain.YearInput, error) { return s.reviewInput(ctx, tx, year, loc) })
}

func (s *DB) reviewInput(ctx context.Context, tx *sql.Tx, year int, loc *time.Location) (domain.YearInput, error) {
	if loc == nil {
		loc = time.Local
	}
	cutoff := time.Date(year+1, 1, 1, 0, 0, 0, 0, loc)
	if now := s.now(); now.Before(cutoff) {
		cutoff = now.Add(time.Nanosecond) // what is recorded now counts
	}
	in := domain.YearInput{Year: year, AsOf: domain.DateOf(cutoff.Add(-time.Nanosecond).In(loc)), Model: s.model}
	h, err := reviewHistory(ctx, tx, cutoff)
	if err != nil {
		return in, err
	}
	r := &rewinder{h: h, cutoff: cutoff, loc: loc}
	if in.Assets, in.Events, err = r.assets(ctx, tx); err != nil {
		return in, err
	}
	exists := map[int64]bool{}
	for _, a := range in.Assets {
		exists[a.ID] = true
	}
	if in.Classifications, err = r.classifications(ctx, tx, exists); err != nil {
		return in, err
	}
	if in.Thresholds, err = r.thresholds(ctx, tx, exists); err != nil {
		return in, err
	}
	if in.Processings, err = r.processings(ctx, tx, exists); err != nil {
		return in, err
	}
	return in, nil
}

// reviewChange is one row of the history, its field in canonical form.
type reviewChange struct {
	id       int64
	at       time.Time
	assetID  int64
	entity   string
	entityID int64
	field    string
	old, new string
}

type changeKey struct {
	entity string
	id     int64
	field  string
}

// reviewHist is the history split at the cutoff.
type reviewHist struct {
	before []reviewChange              // in the order made
	later  map[changeKey]*reviewChange // the first change of each field at or after the cutoff
}

// reviewFields maps the history's field names, Swedish labels today and
// codes tomorrow, to one name.
var reviewFields = map[string]string{
	"skapad": "created", "created": "created", "borttagen": "deleted", "deleted": "deleted",
	"namn": "name", "name": "name",
	"status": "status", "statusskäl": "status_reason", "status_reason": "status_reason",
	"samhällsviktig (RSA)": "rsa_critical", "rsa_critical": "rsa_critical", "NIS2": "nis2", "nis2": "nis2",
	"upphandling": "procurement_date", "procurement_date": "procurement_date",
	"klassning skapad": "created", "klassning borttagen": "deleted",
	"datum": "date", "date": "date", "typ": "kind", "kind": "kind",
	"beslutat av": "decided_by", "decided_by": "decided_by", "beslutsdatum": "decided_at", "decided_at": "decided_at",
	"nästa uppföljning": "next_review", "next_review": "next_review", "fastställd": "decided", "decided": "decided",
	"tröskelanalys skapad": "created",
	"ej tillämplig":        "not_applicable", "not_applicable": "not_applicable", "beslut": "decision", "decision": "decision",
	"DPIA-status": "dpia_status", "dpia_status": "dpia_status", "DPIA-datum": "dpia_date", "dpia_date": "dpia_date",
	"DPIA-referens": "dpia_reference", "dpia_reference": "dpia_reference",
}

// canonicalField returns the one name of a history field; the answer to
// question Q is "Q.answer" (recorded as "Q svar").
func canonicalField(f string) string {
	if c, ok := reviewFields[f]; ok {
		return c
	}
	if q, ok := strings.CutSuffix(f, " svar"); ok {
		return q + ".answer"
	}
	return f
}

func reviewHistory(ctx context.Context, tx *sql.Tx, cutoff time.Time) (*reviewHist, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, at, asset_id, entity, entity_id, field, args, old, new FROM changes
		WHERE entity IN ('asset', 'classification', 'threshold', 'processing') ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("history for the review: %w", err)
	}
	defer rows.Close()
	h := &reviewHist{later: map[changeKey]*reviewChange{}}
	for rows.Next() {
		var c reviewChange
		var at, args string
		if err := rows.Scan(&c.id, &at, &c.assetID, &c.entity, &c.entityID, &c.field, &args, &c.old, &c.new); err != nil {
			return nil, fmt.Errorf("history for the review: %w", err)
		}
		if a := parseArgs(args); c.field == "answer" && len(a) == 1 {
			c.field = a[0] + " svar" // the answer to question a[0]
		}
		c.at, c.field = parseTimestamp(at), canonicalField(c.field)
		if c.at.Before(cutoff) {
			h.before = append(h.before, c)
			continue
		}
		k := changeKey{c.entity, c.entityID, c.field}
		if h.later[k] == nil {
			cc := c
			h.later[k] = &cc
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history for the review: %w", err)
	}
	return h, nil
}

// rewinder gives the values fields had at the cutoff.
type rewinder struct {
	h      *reviewHist
	cutoff time.Time
	loc    *time.Location
}

// value returns what field of the entity held at the cutoff, given what
// it holds now.
func (r *rewinder) value(entity string, id int64, field, now string) string {
	if c := r.h.later[changeKey{entity, id, field}]; c != nil {
		return c.old
	}
	return now
}

func (r *rewinder) date(t time.Time) domain.Date { return domain.DateOf(t.In(r.loc)) }

// replay returns the fields of an entity no longer in its table, from
// the changes recorded before the cutoff; ok is false when it was not
// created by then or was deleted before it.
func (r *rewinder) replay(entity string, id int64) (fields map[string]string, created time.Time, ok bool) {
	for _, c := range r.h.before {
		if c.entity != entity || c.entityID != id {
			continue
		}
		switch c.field {
		case "created":
			fields, created, ok = map[string]string{"created": c.new}, c.at, true
		case "deleted":
			fields, ok = nil, false
		default:
			if fields != nil {
				fields[c.field] = c.new
			}
		}
	}
	return fields, created, ok
}

// deletedIDs returns the IDs of entities created before the cutoff that
// are not in present.
func (r *rewinder) deletedIDs(entity string, present map[int64]bool) []int64 {
	var out []int64
	seen := map[int64]bool{}
	for _, c := range r.h.before {
		if c.entity == entity && c.field == "created" && !present[c.entityID] && !seen[c.entityID] {
			seen[c.entityID] = true
			out = append(out, c.entityID)
		}
	}
	return out
}

// reviewAsset is an asset row as the review reads it.
type reviewAsset struct {
	id                         int64
	name, proc, status, reason string
	rsa, nis2                  bool
	created                    time.Time
}

// assets returns the assets as they stood at the cutoff, deleted ones
// included, and their status events.
func (r *rewinder) assets(ctx context.Context, tx *sql.Tx) ([]domain.YearAsset, []domain.StatusEvent, error) {
	all, present, err := r.assetRows(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	var out []domain.YearAsset
	for _, a := range all {
		if !a.created.Before(r.cutoff) {
			continue
		}
		v := func(field, now string) string { return r.value("asset", a.id, field, now) }
		out = append(out, domain.YearAsset{
			ID: a.id, Name: v("name", a.name),
			RSACritical:  v("rsa_critical", boolText(a.rsa)) == "ja",
			NIS2:         v("nis2", boolText(a.nis2)) == "ja",
			Status:       domain.Status(v("status", a.status)),
			StatusReason: v("status_reason", a.reason),
		})
		out[len(out)-1].ProcurementDates = r.procurementDates(a.id, v("procurement_date", a.proc))
	}
	created := map[int64]time.Time{}
	for _, a := range all {
		created[a.id] = a.created
	}
	for _, id := range r.deletedIDs("asset", present) {
		f, at, ok := r.replay("asset", id)
		if !ok {
			continue
		}
		created[id] = at
		name := f["name"]
		if name == "" {
			name = f["created"]
		}
		out = append(out, domain.YearAsset{
			ID: id, Name: name, RSACritical: f["rsa_critical"] == "ja", NIS2: f["nis2"] == "ja",
			Status: domain.Status(f["status"]), StatusReason: f["status_reason"],
			ProcurementDates: r.procurementDates(id, f["procurement_date"]),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, r.statusEvents(out, created), nil
}

// assetRows reads the asset table, and which IDs stood at the cutoff.
func (r *rewinder) assetRows(ctx context.Context, tx *sql.Tx) ([]reviewAsset, map[int64]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, rsa_critical, nis2, procurement_date, status, status_reason, created_at FROM assets`)
	if err != nil {
		return nil, nil, fmt.Errorf("assets for the review: %w", err)
	}
	defer rows.Close()
	var all []reviewAsset
	present := map[int64]bool{}
	for rows.Next() {
		var a reviewAsset
		var created string
		if err := rows.Scan(&a.id, &a.name, &a.rsa, &a.nis2, &a.proc, &a.status, &a.reason, &created); err != nil {
			return nil, nil, fmt.Errorf("assets for the review: %w", err)
		}
		a.created = parseTimestamp(created)
		// A row created after the cutoff may reuse the ID of one deleted
		// since: the history tells what stood under that ID then.
		present[a.id] = a.created.Before(r.cutoff)
		all = append(all, a)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("assets for the review: %w", err)
	}
	return all, present, nil
}

// statusEvents returns each recorded change of status, with the reason
// given in the same edit. An asset created cancelled was cancelled when
// it was registered.
func (r *rewinder) statusEvents(out []domain.YearAsset, created map[int64]time.Time) []domain.StatusEvent {
	var events []domain.StatusEvent
	type reasonKey struct {
		id int64
		at int64
	}
	reasons := map[reasonKey]string{}
	for _, c := range r.h.before {
		if c.entity == "asset" && c.field == "status_reason" {
			reasons[reasonKey{c.entityID, c.at.UnixNano()}] = c.new
		}
	}
	firstOld := map[int64]string{}
	for _, c := range r.h.before {
		if c.entity != "asset" || c.field != "status" {
			continue
		}
		if _, ok := firstOld[c.entityID]; !ok {
			firstOld[c.entityID] = c.old
		}
		e := domain.StatusEvent{AssetID: c.entityID, Date: r.date(c.at), Old: domain.Status(c.old), New: domain.Status(c.new)}
		e.Reason = reasons[reasonKey{c.entityID, c.at.UnixNano()}]
		events = append(events, e)
	}
	for _, a := range out {
		initial, ok := firstOld[a.ID]
		if !ok {
			if c := r.h.later[changeKey{"asset", a.ID, "status"}]; c != nil {
				initial = c.old
			} else {
				initial = string(a.Status)
			}
		}
		if domain.Status(initial) == domain.StatusCancelled {
			reason := a.StatusReason
			if c := r.h.later[changeKey{"asset", a.ID, "status_reason"}]; c != nil {
				reason = c.old
			}
			events = append(events, domain.StatusEvent{AssetID: a.ID, Date: r.date(created[a.ID]),
				Old: domain.StatusNotStarted, New: domain.StatusCancelled, Reason: reason})
		}
	}
	return events
}

// procurementDates returns every procurement date the asset held up to
// the cutoff, ending with atCutoff.
func (r *rewinder) procurementDates(id int64, atCutoff string) []domain.Date {
	var out []domain.Date
	add := func(s string) {
		if d, err := domain.ParseDate(s); err == nil && !d.IsZero() {
			for _, x := range out {
				if x.Equal(d) {
					return
				}
			}
			out = append(out, d)
		}
	}
	for _, c := range r.h.before {
		if c.entity == "asset" && c.entityID == id && c.field == "procurement_date" {
			add(c.old)
			add(c.new)
		}
	}
	add(atCutoff)
	return out
}

// hasColumn reports whether table has the column.
func hasColumn(ctx context.Context, tx *sql.Tx, table, column string) bool {
	var n int
	tx.QueryRowContext(ctx, "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?", table, column).Scan(&n)
	return n > 0
}

func (r *rewinder) classifications(ctx context.Context, tx *sql.Tx, exists map[int64]bool) ([]domain.YearClassification, error) {
	// decided_on, when the schema has it, is when the decision was
	// recorded; without it a classification is decided when its
	// decision's fields are filled in.
	decidedOn := "''"
	if hasColumn(ctx, tx, "classifications", "decided_on") {
		decidedOn = "decided_on"
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, asset_id, date, kind, decided_by, decided_at, next_review, overall, created_at, `+
		decidedOn+` FROM classifications`)
	if err != nil {
		return nil, fmt.Errorf("classifications for the review: %w", err)
	}
	defer rows.Close()
	var out []domain.YearClassification
	present := map[int64]bool{}
	for rows.Next() {
		var c domain.YearClassification
		var date, kind, by, at, next, created, on string
		var overall int
		if err := rows.Scan(&c.ID, &c.AssetID, &date, &kind, &by, &at, &next, &overall, &created, &on); err != nil {
			return nil, fmt.Errorf("classifications for the review: %w", err)
		}
		present[c.ID] = parseTimestamp(created).Before(r.cutoff)
		if !exists[c.AssetID] || !present[c.ID] {
			continue
		}
		v := func(field, now string) string { return r.value("classification", c.ID, field, now) }
		c.Kind = domain.ClassificationKind(v("kind", kind))
		c.Date, _ = domain.ParseDate(v("date", date))
		c.DecidedAt, _ = domain.ParseDate(v("decided_at", at))
		c.NextReview, _ = domain.ParseDate(v("next_review", next))
		c.Overall = domain.Level(overall)
		if decidedOn != "''" {
			t := parseTimestamp(on)
			c.Decided = on != "" && (t.IsZero() || t.Before(r.cutoff))
		} else {
			c.Decided = v("decided_by", by) != "" && !c.DecidedAt.IsZero()
		}
		if c.Date.IsZero() {
			c.Date = r.date(parseTimestamp(created))
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("classifications for the review: %w", err)
	}
	// Classifications deleted since were undecided: rebuild them from
	// the history.
	for _, id := range r.deletedIDs("classification", present) {
		f, at, ok := r.replay("classification", id)
		if !ok {
			continue
		}
		var assetID int64
		for _, c := range r.h.before {
			if c.entity == "classification" && c.entityID == id {
				assetID = c.assetID
				break
			}
		}
		if !exists[assetID] {
			continue
		}
		kind, date, found := strings.Cut(f["created"], " ") // "kind date" before history codes
		if !found {
			kind, date = "", f["created"] // the date; the kind is recorded as its own field
		}
		if k, ok := f["kind"]; ok {
			kind = k
		}
		if d, ok := f["date"]; ok {
			date = d
		}
		c := domain.YearClassification{ID: id, AssetID: assetID, Kind: domain.ClassificationKind(kind)}
		c.Date, _ = domain.ParseDate(date)
		if c.Date.IsZero() {
			c.Date = r.date(at)
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (r *rewinder) thresholds(ctx context.Context, tx *sql.Tx, exists map[int64]bool) ([]domain.YearThreshold, error) {
	answers := map[int64]map[string]string{}
	arows, err := tx.QueryContext(ctx, "SELECT analysis_id, question_id, answer FROM threshold_answers")
	if err != nil {
		return nil, fmt.Errorf("threshold answers for the review: %w", err)
	}
	for arows.Next() {
		var id int64
		var q, a string
		if err := arows.Scan(&id, &q, &a); err != nil {
			arows.Close()
			return nil, fmt.Errorf("threshold answers for the review: %w", err)
		}
		if answers[id] == nil {
			answers[id] = map[string]string{}
		}
		answers[id][q] = a
	}
	arows.Close()

	laterAnswers := map[int64][]*reviewChange{}
	for k, c := range r.h.later {
		if k.entity == "threshold" && strings.HasSuffix(k.field, ".answer") {
			laterAnswers[k.id] = append(laterAnswers[k.id], c)
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, asset_id, date, not_applicable, decision, dpia_status, dpia_date, dpia_reference,
		created_at FROM threshold_analyses ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("threshold analyses for the review: %w", err)
	}
	defer rows.Close()
	var out []domain.YearThreshold
	// The asset's current analysis at the cutoff is the one made last
	// before it.
	latest := map[int64]int{} // asset → index in out
	made := map[int64]time.Time{}
	for rows.Next() {
		var t domain.YearThreshold
		var date, decision, status, dpiaDate, ref, created string
		var na bool
		if err := rows.Scan(&t.ID, &t.AssetID, &date, &na, &decision, &status, &dpiaDate, &ref, &created); err != nil {
			return nil, fmt.Errorf("threshold analyses for the review: %w", err)
		}
		createdAt := parseTimestamp(created)
		if !exists[t.AssetID] || !createdAt.Before(r.cutoff) {
			continue
		}
		v := func(field, now string) string { return r.value("threshold", t.ID, field, now) }
		a := domain.ThresholdAnalysis{
			NotApplicable: v("not_applicable", boolText(na)) == "ja",
			Decision:      domain.Decision(v("decision", decision)),
			Responses:     map[string]domain.Response{},
		}
		questions := map[string]string{}
		for q, ans := range answers[t.ID] {
			questions[q] = ans
		}
		for _, c := range laterAnswers[t.ID] {
			q, _ := strings.CutSuffix(c.field, ".answer")
			questions[q] = c.old
		}
		for q, ans := range questions {
			if ans != "" {
				a.Responses[q] = domain.Response{Answer: domain.Answer(ans)}
			}
		}
		t.Outcome = a.FinalDecision()
		if len(a.Responses) == 0 && !a.NotApplicable && a.Decision == domain.DecisionNone {
			t.Outcome = domain.OutcomeNone // nothing answered yet
		}
		t.Date, _ = domain.ParseDate(date)
		t.DPIAStatus = domain.DPIAStatus(v("dpia_status", status))
		t.DPIADate, _ = domain.ParseDate(v("dpia_date", dpiaDate))
		t.DPIAReference = v("dpia_reference", ref)
		if t.DPIAStatus == domain.DPIADone && t.DPIADate.IsZero() {
			t.DPIADate = r.dpiaDoneDate(t.ID, t.Date)
		}
		if m, ok := made[t.AssetID]; !ok || !createdAt.Before(m) {
			latest[t.AssetID], made[t.AssetID] = len(out), createdAt
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("threshold analyses for the review: %w", err)
	}
	for _, i := range latest {
		out[i].Current = true
	}
	return out, nil
}

// dpiaDoneDate is the day the DPIA of analysis id was marked done, when
// no date was given: the day of the change, else the analysis's date.
func (r *rewinder) dpiaDoneDate(id int64, analysis domain.Date) domain.Date {
	for _, c := range r.h.before {
		if c.entity == "threshold" && c.entityID == id && c.field == "dpia_status" && domain.DPIAStatus(c.new) == domain.DPIADone {
			return r.date(c.at)
		}
	}
	return analysis
}
