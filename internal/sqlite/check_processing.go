package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// processingProblems checks every processing again by the rules its
// writes obey (domain.ValidateProcessing, a normalised name, dates that
// parse), in Swedish.
func processingProblems(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT " + processingColumns + " FROM processings ORDER BY id")
	if err != nil {
		return nil, fmt.Errorf("check processings: %w", err)
	}
	defer rows.Close()
	var out []string
	today := domain.DateOf(time.Now())
	for rows.Next() {
		p, err := scanProcessing(rows)
		if err != nil {
			return nil, fmt.Errorf("check processings: %w", err)
		}
		if err := domain.ValidateProcessing(*p, today); err != nil {
			out = append(out, fmt.Sprintf("Behandling %d (%s): %v.", p.ID, p.Name, err))
		} else if domain.NormalizeName(p.Name) != p.Name {
			out = append(out, fmt.Sprintf("Behandling %d: namnet %q är inte normaliserat.", p.ID, p.Name))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var bad int
	err = db.QueryRowContext(context.Background(), `SELECT count(*) FROM processings
		WHERE (dpia_date <> '' AND date(dpia_date) IS NULL) OR (risk_analysis_on <> '' AND date(risk_analysis_on) IS NULL)`).Scan(&bad)
	if err != nil {
		return nil, err
	}
	if bad > 0 {
		out = append(out, fmt.Sprintf("%d behandlingar har ett datum som inte kan läsas.", bad))
	}
	return out, nil
}
