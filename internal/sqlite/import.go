package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// ErrArrivesDecided is returned for a classification that arrives
// already decided: only Decide decides.
var ErrArrivesDecided = &Error{Code: CodeArrivesDecided}

// checkNewClassification refuses what CreateClassification and an import
// may not store, and fills in the kind and the model.
func checkNewClassification(c *domain.Classification, m *domain.Model) error {
	if c.Decided() {
		return ErrArrivesDecided
	}
	if c.Kind == "" {
		c.Kind = domain.KindLocal
	}
	if c.ModelID == "" {
		c.ModelID, c.ModelVersion = m.ID, m.Version
	}
	for a, r := range c.Raises {
		if err := checkRating(m, a, r.Level); err != nil {
			return err
		}
	}
	return nil
}

// ApplyImport writes every step of an import plan in one transaction,
// through the store's own helpers and the domain's rules, or nothing: a
// classification is decided only through the decision rule, and a
// refused step rolls the whole import back. ctx cancels it.
func (s *DB) ApplyImport(ctx context.Context, steps []domain.ImportStep, m *domain.Model) error {
	return s.ApplyImportAll(ctx, steps, nil, m)
}

// ApplyImportAll is ApplyImport with the processings of the export's
// Behandlingar sheet, written after the assets in the same transaction,
// each checked again by the processing rules (checkProcessing) and
// linked to its assets by name as they stand in the transaction.
func (s *DB) ApplyImportAll(ctx context.Context, steps []domain.ImportStep, procs []ImportProcessing, m *domain.Model) error {
	for i := range steps {
		if c := steps[i].Classification; c != nil {
			if err := checkNewClassification(c, m); err != nil {
				return fmt.Errorf("rad %d: %w", steps[i].Row, err)
			}
		}
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		for i := range steps {
			if err := ctx.Err(); err != nil {
				return err // cancelled: the whole import is rolled back
			}
			if err := s.applyStep(ctx, tx, &steps[i], m); err != nil {
				return fmt.Errorf("rad %d: %w", steps[i].Row, err)
			}
		}
		for i := range procs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := s.importProcessing(ctx, tx, &procs[i]); err != nil {
				return fmt.Errorf("Behandlingar rad %d: %w", procs[i].Row, err)
			}
		}
		return nil
	})
}

func (s *DB) applyStep(ctx context.Context, tx *sql.Tx, st *domain.ImportStep, m *domain.Model) error {
	a, err := s.importAsset(ctx, tx, st, m)
	if err != nil {
		return err
	}
	if c := st.Classification; c != nil {
		c.AssetID = a.ID
		if err := s.createClassification(ctx, tx, c); err != nil {
			return err
		}
		for i := range st.Parked {
			if err := s.parkQuestion(ctx, tx, c.ID, &st.Parked[i]); err != nil {
				return err
			}
		}
	}
	var t *domain.ThresholdAnalysis
	if st.Threshold != nil {
		cp := *st.Threshold
		t = &cp
		t.AssetID = a.ID
		if err := s.createThreshold(ctx, tx, t); err != nil {
			return err
		}
	}
	if st.Decision != nil && st.Classification != nil {
		if err := s.importDecision(ctx, tx, &a, st.Classification, t, *st.Decision, m); err != nil {
			return err
		}
	}
	if st.Earlier != nil {
		if err := s.recordEarlier(ctx, tx, a.ID, st.Earlier); err != nil {
			return err
		}
	}
	for _, f := range st.Fulfilments {
		if err := f.Validate(); err != nil {
			return err
		}
		if err := s.setFulfilment(ctx, tx, a.ID, f); err != nil {
			return err
		}
	}
	for _, e := range st.Exclusions {
		if err := s.setRequirementExclusion(ctx, tx, a.ID, e.RequirementID, domain.NormalizeName(e.Reason)); err != nil {
			return err
		}
	}
	return nil
}

// importAsset checks the step by the rules the preview checked it by
// (domain.ImportStep.Check), against the asset as it stands in tx, and
// creates or updates the step's asset within tx.
func (s *DB) importAsset(ctx context.Context, tx *sql.Tx, st *domain.ImportStep, m *domain.Model) (domain.Asset, error) {
	old, err := assetByName(ctx, tx, st.Name)
	if err != nil {
		return domain.Asset{}, err
	}
	if err := st.Check(old, m, domain.DateOf(s.now())); err != nil {
		return domain.Asset{}, err
	}
	switch {
	case old == nil && !st.Create:
		return domain.Asset{}, fmt.Errorf("%q finns inte längre i databasen; förhandsgranska igen", st.Name)
	case old != nil && st.Create:
		return domain.Asset{}, fmt.Errorf("%q finns redan i databasen; förhandsgranska igen", st.Name)
	case old == nil:
		a := st.Merge(domain.Asset{Name: st.Name, Kind: domain.KindSystem, Status: domain.StatusNotStarted})
		err := s.createAsset(ctx, tx, &a)
		return a, err
	}
	a := st.Merge(*old)
	if st.UpdateAsset {
		if err := s.updateAsset(ctx, tx, &a); err != nil {
			return a, err
		}
	}
	return a, nil
}

// importDecision takes the decision an import brings on the
// classification c it has just written, through the decision rule, with
// c, a and the threshold analysis as they stand in tx (t when the import
// wrote one, else the asset's current one).
func (s *DB) importDecision(ctx context.Context, tx *sql.Tx, a *domain.Asset, c *domain.Classification, t *domain.ThresholdAnalysis, d domain.OwnerDecision, m *domain.Model) error {
	if d.By == "" || d.At.IsZero() || d.NextReview.IsZero() {
		return fmt.Errorf("decide classification of %q: the decision is incomplete", a.Name)
	}
	if t == nil {
		ts, err := loadThreshold(ctx, tx, "WHERE asset_id = ? AND current = 1 ORDER BY id DESC LIMIT 1", a.ID)
		if err != nil {
			return err
		}
		if len(ts) > 0 {
			t = &ts[0]
		}
	}
	return s.decideLoaded(ctx, tx, a, c, t, d, m)
}
