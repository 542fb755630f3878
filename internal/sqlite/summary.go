package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"github.com/infoklass/infoklass/internal/domain"
)

// Summary is one row of the register; see domain.AssetSummary.
type Summary = domain.AssetSummary

// refreshSummary recomputes the result columns of classification id
// inside tx, after an edit that may change them. The register reads
// these columns instead of every rating.
func (s *DB) refreshSummary(ctx context.Context, tx *sql.Tx, id int64) error {
	c, err := scanClassification(tx.QueryRowContext(ctx, "SELECT "+classificationColumns+" FROM classifications WHERE id = ?", id))
	if err != nil {
		return fmt.Errorf("summary of classification %d: %w", id, err)
	}
	if err := loadDetails(ctx, tx, c); err != nil {
		return fmt.Errorf("summary of classification %d: %w", id, err)
	}
	return s.writeSummary(ctx, tx, c)
}

// writeSummary stores the result columns of c, which holds its
// information types and raises.
func (s *DB) writeSummary(ctx context.Context, tx *sql.Tx, c *domain.Classification) error {
	m := s.model
	res := c.Result(m)
	problems := 0
	for _, p := range c.Problems(m) {
		if p.Blocking() {
			problems++
		}
	}
	eff := res.Effective()
	var flags []domain.Flag
	for _, t := range c.InfoTypes {
		for _, f := range t.Flags {
			if !domain.HasFlag(flags, f) {
				flags = append(flags, f)
			}
		}
	}
	_, err := s.execTx(ctx, tx, qWriteSummary, int(eff[domain.Confidentiality]), int(eff[domain.Integrity]), int(eff[domain.Availability]),
		int(eff[domain.Traceability]), int(res.Overall), problems, c.Started(), flagsText(flags), c.ID)
	if err != nil {
		return fmt.Errorf("summary of classification %d: %w", c.ID, err)
	}
	return nil
}

// Summaries returns the register: every asset with its status on day
// today, its latest classification's result, the dates of its latest
// decided classification, its threshold outcome and plan, in one query
// and in Swedish name order. Priority and rank are left to
// domain.Prioritize.
func (s *DB) Summaries(ctx context.Context, today domain.Date) ([]Summary, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]Summary, error) { return s.summaries(ctx, tx, today) })
}

func (s *DB) summaries(ctx context.Context, tx *sql.Tx, today domain.Date) ([]Summary, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+prefixed("a.", assetColumns)+`,
		coalesce(c.id, 0), coalesce(c.decided_on, ''), coalesce(c.next_review, ''),
		coalesce(c.eff_k, 0), coalesce(c.eff_r, 0), coalesce(c.eff_t, 0), coalesce(c.eff_s, 0),
		coalesce(c.overall, 0), coalesce(c.problems, 0), coalesce(c.started, 0), coalesce(c.flags, ''),
		coalesce(d.decided_at, ''), coalesce(d.next_review, ''),
		coalesce(t.outcome, ''), coalesce(t.dpia_status, ''),
		coalesce((SELECT p.year || ' Q' || p.quarter FROM plan_items p WHERE p.asset_id = a.id
			AND p.state = 'accepterad' AND p.quarter > 0 ORDER BY p.year DESC LIMIT 1), ''),
		coalesce(e.classified_at, ''), coalesce(e.next_review, ''),
		coalesce(e.level_k, 0), coalesce(e.level_r, 0), coalesce(e.level_t, 0), coalesce(e.level_s, 0)
		FROM assets a
		LEFT JOIN earlier_classifications e ON e.asset_id = a.id
		LEFT JOIN classifications c ON c.id = (SELECT id FROM classifications c2
			WHERE c2.asset_id = a.id ORDER BY c2.date DESC, c2.id DESC LIMIT 1)
		LEFT JOIN classifications d ON d.id = (SELECT id FROM classifications d2
			WHERE d2.asset_id = a.id AND d2.decided_on <> '' ORDER BY d2.decided_at DESC, d2.id DESC LIMIT 1)
		LEFT JOIN threshold_analyses t ON t.id = (SELECT id FROM threshold_analyses t2
			WHERE t2.asset_id = a.id AND t2.current = 1 ORDER BY t2.id DESC LIMIT 1)`)
	if err != nil {
		return nil, fmt.Errorf("register: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var a domain.Asset
		var kind, proc, status, created, updated string
		var sum Summary
		var state domain.ClassificationState
		var decidedOn, next, flags, lastDecided, lastNext, outcome, dpia string
		var k, r, t, sl, overall int
		var early earlierRow
		err := rows.Scan(&a.ID, &a.Name, &a.Description, &kind, &a.OwnerName, &a.OwnerRole, &a.ManagementObject,
			&a.System, &a.Supplier, &a.PersonalData, &a.RSACritical, &a.NIS2, &proc, &a.Notes, &status,
			&a.StatusReason, &a.PriorityAdjust, &a.PriorityReason, &created, &updated,
			&sum.ClassificationID, &decidedOn, &next, &k, &r, &t, &sl, &overall, &sum.Problems, &state.Started,
			&flags, &lastDecided, &lastNext, &outcome, &dpia, &sum.PlannedQuarter,
			&early.at, &early.next, &early.levels[0], &early.levels[1], &early.levels[2], &early.levels[3])
		if err != nil {
			return nil, fmt.Errorf("register: %w", err)
		}
		a.Kind, a.Status = domain.AssetKind(kind), domain.Status(status)
		a.ProcurementDate, _ = domain.ParseDate(proc)
		a.CreatedAt, a.UpdatedAt = parseTimestamp(created), parseTimestamp(updated)
		sum.Asset = a
		sum.Adjustment, sum.AdjustmentReason = a.PriorityAdjust, a.PriorityReason
		sum.Threshold, sum.DPIA = domain.Outcome(outcome), domain.DPIAStatus(dpia)
		sum.Effective = map[domain.Aspect]domain.Level{}
		sum.DecidedAt, _ = domain.ParseDate(lastDecided)
		sum.NextReview, _ = domain.ParseDate(lastNext)
		if sum.ClassificationID != 0 {
			state.Exists = true
			state.Decided = decidedOn != ""
			state.NextReview, _ = domain.ParseDate(next)
			sum.Overall = domain.Level(overall)
			sum.Flags = parseFlags(flags)
			for i, l := range []int{k, r, t, sl} {
				sum.Effective[domain.AllAspects[i]] = domain.Level(l)
			}
		}
		early.apply(&sum, &state)
		sum.Status = domain.DeriveStatus(a.Status, state, today)
		out = append(out, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := processingDPIAs(ctx, tx, out); err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool { return domain.NameLess(out[i].Asset.Name, out[j].Asset.Name) })
	return out, nil
}

// processingDPIAs sets the DPIA of each asset that serves processings
// from theirs (domain.AssetDPIA): the DPIA is followed per processing.
func processingDPIAs(ctx context.Context, tx *sql.Tx, sums []Summary) error {
	rows, err := tx.QueryContext(ctx, `SELECT ap.asset_id, p.dpia_status FROM asset_processings ap
		JOIN processings p ON p.id = ap.processing_id`)
	if err != nil {
		return fmt.Errorf("register: processings: %w", err)
	}
	defer rows.Close()
	statuses := map[int64][]domain.DPIAStatus{}
	for rows.Next() {
		var id int64
		var st string
		if err := rows.Scan(&id, &st); err != nil {
			return fmt.Errorf("register: processings: %w", err)
		}
		statuses[id] = append(statuses[id], domain.DPIAStatus(st))
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i := range sums {
		if st, ok := domain.AssetDPIA(statuses[sums[i].Asset.ID]); ok {
			sums[i].DPIA = st
		}
	}
	return nil
}

// prefixed puts prefix before each column of a comma-separated list.
func prefixed(prefix, columns string) string {
	var out []byte
	start := true
	for i := 0; i < len(columns); i++ {
		ch := columns[i]
		if start && ch != ' ' && ch != '\t' && ch != '\n' {
			out = append(out, prefix...)
			start = false
		}
		out = append(out, ch)
		if ch == ',' {
			start = true
		}
	}
	return string(out)
}

// earlierRow is the register's columns of an asset's classification from
// a hand-kept list.
type earlierRow struct {
	at, next string
	levels   [4]int
}

// apply counts the earlier classification where Infoklass has decided
// none: the asset is classified on its date, and with no classification
// of its own its levels are the list's.
func (e earlierRow) apply(sum *Summary, state *domain.ClassificationState) {
	if e.at == "" || !sum.DecidedAt.IsZero() {
		return
	}
	sum.Earlier = true
	sum.DecidedAt, _ = domain.ParseDate(e.at)
	sum.NextReview, _ = domain.ParseDate(e.next)
	if sum.ClassificationID != 0 && state.Started {
		return // a follow-up is under way: its state counts
	}
	state.Exists, state.Decided, state.NextReview = true, true, sum.NextReview
	for i, l := range e.levels {
		sum.Effective[domain.AllAspects[i]] = domain.Level(l)
		if domain.Level(l) > sum.Overall {
			sum.Overall = domain.Level(l)
		}
	}
}
