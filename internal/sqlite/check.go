package sqlite

import (
	"context"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// Check runs SQLite's integrity and foreign key checks, compares the
// schema table by table with the one the migrations make (a missing
// table, a changed one, a foreign trigger or view), checks again the
// rules the store enforces on each write (names, statuses, dates,
// complete decisions; see ruleProblems), and Infoklass's
// own: every stored result matches its ratings, no raise is at or below
// the calculated level, every level lies on the scale, and every current
// threshold analysis reads with a known question set. It returns the
// problems in Swedish; the error is for a check that could not run.
func (s *DB) Check(ctx context.Context) ([]string, error) {
	var out []string
	if err := s.IntegrityCheck(ctx); err != nil {
		out = append(out, "SQLite: "+err.Error())
		return out, nil
	}
	schema, err := schemaProblems(s.db)
	if err != nil {
		return nil, err
	}
	if len(schema) > 0 {
		// The store's own reads may fail or mislead on a foreign schema.
		return schema, nil
	}
	rules, err := ruleProblems(s.db)
	if err != nil {
		return nil, err
	}
	out = append(out, rules...)
	m := s.model
	names := map[int64]string{}
	assets, err := s.Assets(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range assets {
		names[a.ID] = a.Name
	}
	rows, err := s.db.QueryContext(ctx, "SELECT id, asset_id, eff_k, eff_r, eff_t, eff_s FROM classifications")
	if err != nil {
		return nil, err
	}
	type stored struct {
		id, asset int64
		eff       [4]int
	}
	var all []stored
	for rows.Next() {
		var x stored
		rows.Scan(&x.id, &x.asset, &x.eff[0], &x.eff[1], &x.eff[2], &x.eff[3])
		all = append(all, x)
	}
	rows.Close()
	for _, x := range all {
		c, err := s.Classification(ctx, x.id)
		if err != nil {
			return nil, err
		}
		if p, err := s.digestProblem(ctx, c, names[x.asset]); err != nil || p != "" {
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		res := c.Result(m)
		for i, a := range domain.AllAspects {
			ar := res.Aspect(a)
			if ar.Effective < ar.Calculated {
				out = append(out, fmt.Sprintf("%s: %s gäller %s men beräknas till %s", names[x.asset], a.Name(), m.LevelLabel(a, ar.Effective), m.LevelLabel(a, ar.Calculated)))
			}
			if int(ar.Effective) != x.eff[i] {
				out = append(out, fmt.Sprintf("%s (klassning %s): sparat resultat %s stämmer inte med nivåerna (%s)", names[x.asset], c.Date, m.LevelLabel(a, domain.Level(x.eff[i])), m.LevelLabel(a, ar.Effective)))
			}
			if r, ok := c.Raises[a]; ok && r.Level <= ar.Calculated {
				out = append(out, fmt.Sprintf("%s: höjningen av %s till %s ligger inte över beräknad nivå %s", names[x.asset], a.Name(), m.LevelLabel(a, r.Level), m.LevelLabel(a, ar.Calculated)))
			}
		}
		for _, t := range c.InfoTypes {
			for a, r := range t.Ratings {
				if r.Level != domain.Unset && !m.Valid(r.Level) {
					out = append(out, fmt.Sprintf("%s: '%s' har ogiltig nivå %s för %s", names[x.asset], t.Name, m.NumberText(r.Level), a))
				}
			}
		}
	}
	ts, err := s.CurrentThresholds(ctx)
	if err != nil {
		return nil, err
	}
	for id, t := range ts {
		if _, ok := domain.QuestionSetVersion(t.QuestionSetVersion); !ok {
			out = append(out, fmt.Sprintf("%s: tröskelanalysen har okänd frågeversion %d", names[id], t.QuestionSetVersion))
		}
	}
	return out, nil
}

// AllHistory returns every recorded change, newest first.
func (s *DB) AllHistory(ctx context.Context) ([]domain.Change, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, user, asset_id, entity, entity_id, field, args, old, new FROM changes ORDER BY id DESC`)
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	return scanChanges(rows)
}
