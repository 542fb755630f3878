package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/infoklass/infoklass/internal/domain"
)

// fieldDecidedDigest is the history field under which Decide records
// decisionDigest of what was decided, for check to compare later.
const fieldDecidedDigest = "decided_digest"

// decisionDigest is a SHA-256 of what a decision fixes in classification
// c: every information type's name and each aspect's level and
// motivation, and every raise. A decided classification is never
// changed by Infoklass, so a digest that no longer matches means the file
// was changed behind its back (a level lowered by hand in SQL).
func decisionDigest(c *domain.Classification) string {
	h := sha256.New()
	field := func(s string) { io.WriteString(h, strconv.Itoa(len(s))+":"+s+";") }
	for _, t := range c.InfoTypes {
		field("type")
		field(t.Name)
		for _, a := range domain.AllAspects {
			if r, ok := t.Ratings[a]; ok {
				field(string(a))
				field(fmt.Sprint(int(r.Level)))
				field(r.Motivation)
			}
		}
	}
	for _, a := range domain.AllAspects {
		if r, ok := c.Raises[a]; ok {
			field("raise")
			field(string(a))
			field(fmt.Sprint(int(r.Level)))
			field(string(r.Reason))
			field(r.Explanation)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// digestProblem compares decided classification c with the digest its
// decision recorded, and says in Swedish when they differ. A decision
// recorded before the digest was (or one an import carried over) has
// none and is not compared.
func (s *DB) digestProblem(ctx context.Context, c *domain.Classification, asset string) (string, error) {
	if !c.Decided() {
		return "", nil
	}
	var want string
	err := s.db.QueryRowContext(ctx, `SELECT new FROM changes WHERE entity = 'classification' AND entity_id = ? AND field = ?
		ORDER BY id DESC LIMIT 1`, c.ID, fieldDecidedDigest).Scan(&want)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", nil
	case err != nil:
		return "", fmt.Errorf("check decision digest: %w", err)
	}
	if decisionDigest(c) != want {
		return fmt.Sprintf("%s (klassning %s): nivåerna, motiveringarna eller höjningarna har ändrats efter beslutet; en fastställd klassning ändras bara genom en uppföljning.", asset, c.Date), nil
	}
	return "", nil
}

// storedDigest is decisionDigest of classification id as tx holds it.
func storedDigest(ctx context.Context, tx *sql.Tx, id int64) (string, error) {
	c, err := scanClassification(tx.QueryRowContext(ctx, "SELECT "+classificationColumns+" FROM classifications WHERE id = ?", id))
	if err != nil {
		return "", fmt.Errorf("digest of classification %d: %w", id, err)
	}
	if err := loadDetails(ctx, tx, c); err != nil {
		return "", fmt.Errorf("digest of classification %d: %w", id, err)
	}
	return decisionDigest(c), nil
}
