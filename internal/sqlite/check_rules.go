package sqlite

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// ruleProblems checks again, in Swedish, the rules the store enforces on
// every write, for a file changed behind its back: valid names and
// statuses, dates that parse, and every decided classification complete
// (decided by, on a date between its start and the day it was recorded,
// with a next review) and still decided where the history recorded the
// decision.
func ruleProblems(db *sql.DB) ([]string, error) {
	var out []string
	rows, err := db.Query("SELECT id, name, status, procurement_date FROM assets ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("check assets: %w", err)
	}
	for rows.Next() {
		var id int64
		var name, status, proc string
		if err := rows.Scan(&id, &name, &status, &proc); err != nil {
			rows.Close()
			return nil, fmt.Errorf("check assets: %w", err)
		}
		if err := domain.ValidateName(name); err != nil || domain.NormalizeName(name) != name {
			out = append(out, fmt.Sprintf("Tillgång %d: namnet %q är ogiltigt (%v).", id, name, err))
		}
		if !domain.Status(status).Valid() {
			out = append(out, fmt.Sprintf("Tillgång %d (%s): okänd status %q.", id, name, status))
		}
		if _, err := domain.ParseDate(proc); err != nil {
			out = append(out, fmt.Sprintf("Tillgång %d (%s): upphandlingsdatumet: %v.", id, name, err))
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	more, err := decisionProblems(db)
	if err != nil {
		return nil, err
	}
	out = append(out, more...)
	more, err = processingProblems(db)
	return append(out, more...), err
}

// decisionProblems checks the dates and decisions of every classification.
func decisionProblems(db *sql.DB) ([]string, error) {
	rows, err := db.Query(`SELECT c.id, a.name, c.date, c.decided_by, c.decided_at, c.next_review, c.decided_on,
		EXISTS (SELECT 1 FROM changes h WHERE h.entity = 'classification' AND h.entity_id = c.id AND h.field = 'decided' AND h.new <> '')
		FROM classifications c JOIN assets a ON a.id = c.asset_id ORDER BY c.id`)
	if err != nil {
		return nil, fmt.Errorf("check classifications: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id int64
		var name, date, by, at, next, on string
		var recorded bool
		if err := rows.Scan(&id, &name, &date, &by, &at, &next, &on, &recorded); err != nil {
			return nil, fmt.Errorf("check classifications: %w", err)
		}
		where := fmt.Sprintf("%s (klassning %d)", name, id)
		start, err1 := domain.ParseDate(date)
		decidedAt, err2 := domain.ParseDate(at)
		_, err3 := domain.ParseDate(next)
		for _, err := range []error{err1, err2, err3} {
			if err != nil {
				out = append(out, fmt.Sprintf("%s: %v.", where, err))
			}
		}
		if on == "" {
			if recorded {
				out = append(out, fmt.Sprintf("%s: beslutet finns i historiken men klassningen är inte längre fastställd (beslutstiden har tagits bort).", where))
			}
			continue
		}
		onTime, err := time.Parse(time.RFC3339Nano, on)
		switch {
		case err != nil:
			out = append(out, fmt.Sprintf("%s: beslutstiden %q är ogiltig.", where, on))
		case by == "" || at == "" || next == "":
			out = append(out, fmt.Sprintf("%s: är fastställd men saknar beslutsfattare, beslutsdatum eller nästa uppföljning.", where))
		case err1 == nil && err2 == nil:
			if err := domain.ValidateDecisionDate(decidedAt, start, domain.DateOf(onTime.Local())); err != nil {
				out = append(out, fmt.Sprintf("%s: %v.", where, err))
			}
		}
	}
	return out, rows.Err()
}
