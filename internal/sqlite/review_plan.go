package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// ISAMActivities returns the ISAM's activities for year, in order.
func (s *DB) ISAMActivities(ctx context.Context, year int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT text FROM isam_activities WHERE year = ? ORDER BY position", year)
	if err != nil {
		return nil, fmt.Errorf("aktiviteter %d: %w", year, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// SetISAMActivities replaces the activities of year with acts, in order,
// blank ones left out, in one transaction kept in the history.
func (s *DB) SetISAMActivities(ctx context.Context, year int, acts []string) error {
	if year < 2000 || year > 2200 {
		return fmt.Errorf("orimligt år %d", year)
	}
	old, err := s.ISAMActivities(ctx, year)
	if err != nil {
		return err
	}
	var clean []string
	for _, a := range acts {
		if a = strings.TrimSpace(a); a != "" {
			clean = append(clean, a)
		}
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM isam_activities WHERE year = ?", year); err != nil {
			return err
		}
		for i, a := range clean {
			if _, err := tx.ExecContext(ctx, "INSERT INTO isam_activities (year, position, text) VALUES (?, ?, ?)", year, i+1, a); err != nil {
				return fmt.Errorf("aktivitet %d för %d: %w", i+1, year, err)
			}
		}
		r := s.record(0, "activities", int64(year))
		r.field("activities", strings.Join(old, "\n"), strings.Join(clean, "\n"))
		return r.write(ctx, tx)
	})
}
