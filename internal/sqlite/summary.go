package sqlite

import (
	"database/sql"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// Summary is one row of the register: an asset with where its latest
// classification stands.
type Summary struct {
	Asset            domain.Asset
	Status           domain.Status
	ClassificationID int64 // the latest classification, 0 if none
	Effective        map[domain.Aspect]domain.Level
	Overall          domain.Level
	DecidedAt        domain.Date
	NextReview       domain.Date
	Problems         int               // blocking problems in the latest classification
	Threshold        domain.Outcome    // final decision of the current threshold analysis
	DPIA             domain.DPIAStatus // status of the DPIA that follows
}

// DPIAMissing reports whether a DPIA is required but not done.
func (s Summary) DPIAMissing() bool {
	return s.Threshold.RequiresDPIA() && s.DPIA != domain.DPIADone
}

// refreshSummary recomputes the result columns of classification id
// inside tx, after an edit that may change them. The register reads
// these columns instead of every rating.
func refreshSummary(tx *sql.Tx, id int64) error {
	c, err := scanClassification(tx.QueryRow("SELECT "+classificationColumns+" FROM classifications WHERE id = ?", id))
	if err != nil {
		return fmt.Errorf("summary of classification %d: %w", id, err)
	}
	if err := loadDetails(tx, c); err != nil {
		return fmt.Errorf("summary of classification %d: %w", id, err)
	}
	m := domain.DefaultModel()
	res := c.Result(m)
	problems := 0
	for _, p := range c.Problems(m) {
		if p.Blocking() {
			problems++
		}
	}
	eff := res.Effective()
	_, err = tx.Exec(`UPDATE classifications SET eff_k = ?, eff_r = ?, eff_t = ?, eff_s = ?, overall = ?, problems = ?, started = ?
		WHERE id = ?`, int(eff[domain.Confidentiality]), int(eff[domain.Integrity]), int(eff[domain.Availability]),
		int(eff[domain.Traceability]), int(res.Overall), problems, c.Started(), id)
	if err != nil {
		return fmt.Errorf("summary of classification %d: %w", id, err)
	}
	return nil
}

// Summaries returns the register: every asset, ordered by name, with its
// status on day today and its latest classification's result, in one query.
func (s *DB) Summaries(today domain.Date) ([]Summary, error) {
	rows, err := s.db.Query(`SELECT ` + prefixed("a.", assetColumns) + `,
		coalesce(c.id, 0), coalesce(c.decided_by, ''), coalesce(c.decided_at, ''), coalesce(c.next_review, ''),
		coalesce(c.eff_k, 0), coalesce(c.eff_r, 0), coalesce(c.eff_t, 0), coalesce(c.eff_s, 0),
		coalesce(c.overall, 0), coalesce(c.problems, 0), coalesce(c.started, 0),
		coalesce(t.outcome, ''), coalesce(t.dpia_status, '')
		FROM assets a LEFT JOIN classifications c ON c.id = (SELECT id FROM classifications c2
			WHERE c2.asset_id = a.id ORDER BY c2.date DESC, c2.id DESC LIMIT 1)
		LEFT JOIN threshold_analyses t ON t.id = (SELECT id FROM threshold_analyses t2
			WHERE t2.asset_id = a.id AND t2.current = 1 ORDER BY t2.id DESC LIMIT 1)
		ORDER BY a.name_key`)
	if err != nil {
		return nil, fmt.Errorf("register: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var a domain.Asset
		var kind, proc, status, created, updated string
		var sum Summary
		var c domain.Classification
		var state domain.ClassificationState
		var decidedAt, next, outcome, dpia string
		var k, r, t, sl, overall int
		err := rows.Scan(&a.ID, &a.Name, &a.Description, &kind, &a.OwnerName, &a.OwnerRole, &a.ManagementObject,
			&a.System, &a.Supplier, &a.PersonalData, &a.RSACritical, &a.NIS2, &proc, &a.Notes, &status,
			&a.StatusReason, &created, &updated,
			&c.ID, &c.DecidedBy, &decidedAt, &next, &k, &r, &t, &sl, &overall, &sum.Problems, &state.Started, &outcome, &dpia)
		if err != nil {
			return nil, fmt.Errorf("register: %w", err)
		}
		a.Kind, a.Status = domain.AssetKind(kind), domain.Status(status)
		a.ProcurementDate, _ = domain.ParseDate(proc)
		a.CreatedAt, a.UpdatedAt = parseTimestamp(created), parseTimestamp(updated)
		sum.Asset = a
		sum.Threshold, sum.DPIA = domain.Outcome(outcome), domain.DPIAStatus(dpia)
		sum.Effective = map[domain.Aspect]domain.Level{}
		if c.ID != 0 {
			c.DecidedAt, _ = domain.ParseDate(decidedAt)
			c.NextReview, _ = domain.ParseDate(next)
			state.Exists, state.Decided, state.NextReview = true, c.Decided(), c.NextReview
			sum.ClassificationID = c.ID
			sum.DecidedAt, sum.NextReview = c.DecidedAt, c.NextReview
			sum.Overall = domain.Level(overall)
			for i, l := range []int{k, r, t, sl} {
				sum.Effective[domain.AllAspects[i]] = domain.Level(l)
			}
		}
		sum.Status = domain.DeriveStatus(a.Status, state, today)
		out = append(out, sum)
	}
	return out, rows.Err()
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
