package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
)

// nameKey is the unique form of an asset name.
func nameKey(name string) string { return strings.ToLower(domain.NormalizeName(name)) }

const assetColumns = `id, name, description, kind, owner_name, owner_role, management_object, system, supplier,
	personal_data, rsa_critical, nis2, procurement_date, notes, status, status_reason, priority_adjust, priority_reason,
	created_at, updated_at`

func scanAsset(row interface{ Scan(...any) error }) (*domain.Asset, error) {
	var a domain.Asset
	var kind, proc, status, created, updated string
	err := row.Scan(&a.ID, &a.Name, &a.Description, &kind, &a.OwnerName, &a.OwnerRole, &a.ManagementObject,
		&a.System, &a.Supplier, &a.PersonalData, &a.RSACritical, &a.NIS2, &proc, &a.Notes, &status,
		&a.StatusReason, &a.PriorityAdjust, &a.PriorityReason, &created, &updated)
	if err != nil {
		return nil, err
	}
	a.Kind = domain.AssetKind(kind)
	a.Status = domain.Status(status)
	a.ProcurementDate, _ = domain.ParseDate(proc)
	a.CreatedAt, a.UpdatedAt = parseTimestamp(created), parseTimestamp(updated)
	return &a, nil
}

func normalizeAsset(a *domain.Asset) error {
	a.Normalize() // a pasted line break never stays in a one-line field
	if err := a.Validate(); err != nil {
		return err
	}
	if a.Kind == "" {
		a.Kind = domain.KindSystem
	}
	if a.Status == "" {
		a.Status = domain.StatusNotStarted
	}
	if !a.Status.Valid() {
		return &Error{Code: CodeUnknownStatus, Args: []any{string(a.Status)}}
	}
	return nil
}

// checkName refuses a name with a character no name may hold (a
// *domain.NameError: control, invisible or noncharacters) and a name
// another asset already has. Names arrive normalised (NFC), so look-alike
// spellings of one name are one name.
func (s *DB) checkName(ctx context.Context, tx *sql.Tx, name string, id int64) error {
	if err := domain.ValidateName(name); err != nil {
		return err
	}
	var other int64
	err := s.queryRowTx(ctx, tx, qCheckName, nameKey(name), id).Scan(&other)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	return ErrDuplicateName
}

// CreateAsset stores a new asset and sets its ID and times.
func (s *DB) CreateAsset(ctx context.Context, a *domain.Asset) error {
	return s.write(ctx, func(tx *sql.Tx) error { return s.createAsset(ctx, tx, a) })
}

func (s *DB) createAsset(ctx context.Context, tx *sql.Tx, a *domain.Asset) error {
	if err := normalizeAsset(a); err != nil {
		return err
	}
	now := s.now()
	if err := s.checkName(ctx, tx, a.Name, 0); err != nil {
		return err
	}
	res, err := s.execTx(ctx, tx, qInsertAsset,
		a.Name, nameKey(a.Name), a.Description, string(a.Kind), a.OwnerName, a.OwnerRole, a.ManagementObject,
		a.System, a.Supplier, a.PersonalData, a.RSACritical, a.NIS2, a.ProcurementDate.String(), a.Notes,
		string(a.Status), a.StatusReason, a.PriorityAdjust, a.PriorityReason, timestamp(now), timestamp(now))
	if err != nil {
		return fmt.Errorf("create asset %q: %w", a.Name, err)
	}
	a.ID, _ = res.LastInsertId()
	a.CreatedAt, a.UpdatedAt = now, now
	r := s.record(a.ID, "asset", a.ID)
	r.field("created", "", a.Name)
	return r.write(ctx, tx)
}

// UpdateAsset stores every field of a and records what changed.
func (s *DB) UpdateAsset(ctx context.Context, a *domain.Asset) error {
	return s.write(ctx, func(tx *sql.Tx) error { return s.updateAsset(ctx, tx, a) })
}

func (s *DB) updateAsset(ctx context.Context, tx *sql.Tx, a *domain.Asset) error {
	if err := normalizeAsset(a); err != nil {
		return err
	}
	now := s.now()
	old, err := scanAsset(tx.QueryRowContext(ctx, "SELECT "+assetColumns+" FROM assets WHERE id = ?", a.ID))
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("update asset %d: %w", a.ID, err)
	}
	if err := s.checkName(ctx, tx, a.Name, a.ID); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE assets SET name = ?, name_key = ?, description = ?, kind = ?, owner_name = ?, owner_role = ?,
		management_object = ?, system = ?, supplier = ?, personal_data = ?, rsa_critical = ?, nis2 = ?,
		procurement_date = ?, notes = ?, status = ?, status_reason = ?, priority_adjust = ?, priority_reason = ?,
		updated_at = ? WHERE id = ?`,
		a.Name, nameKey(a.Name), a.Description, string(a.Kind), a.OwnerName, a.OwnerRole, a.ManagementObject,
		a.System, a.Supplier, a.PersonalData, a.RSACritical, a.NIS2, a.ProcurementDate.String(), a.Notes,
		string(a.Status), a.StatusReason, a.PriorityAdjust, a.PriorityReason, timestamp(now), a.ID)
	if err != nil {
		return fmt.Errorf("update asset %d: %w", a.ID, err)
	}
	a.CreatedAt, a.UpdatedAt = old.CreatedAt, now
	r := s.record(a.ID, "asset", a.ID)
	r.field("name", old.Name, a.Name)
	r.field("description", old.Description, a.Description)
	r.field("kind", string(old.Kind), string(a.Kind))
	r.field("owner_name", old.OwnerName, a.OwnerName)
	r.field("owner_role", old.OwnerRole, a.OwnerRole)
	r.field("management_object", old.ManagementObject, a.ManagementObject)
	r.field("system", old.System, a.System)
	r.field("supplier", old.Supplier, a.Supplier)
	r.field("personal_data", boolText(old.PersonalData), boolText(a.PersonalData))
	r.field("rsa_critical", boolText(old.RSACritical), boolText(a.RSACritical))
	r.field("nis2", boolText(old.NIS2), boolText(a.NIS2))
	r.field("procurement_date", old.ProcurementDate.String(), a.ProcurementDate.String())
	r.field("notes", old.Notes, a.Notes)
	r.field("status", string(old.Status), string(a.Status))
	r.field("status_reason", old.StatusReason, a.StatusReason)
	r.field("priority_adjust", fmt.Sprint(old.PriorityAdjust), fmt.Sprint(a.PriorityAdjust))
	r.field("priority_reason", old.PriorityReason, a.PriorityReason)
	return r.write(ctx, tx)
}

// DeleteAsset deletes an asset and its classifications. It refuses when
// any classification of the asset is decided.
func (s *DB) DeleteAsset(ctx context.Context, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var name string
		if err := tx.QueryRowContext(ctx, "SELECT name FROM assets WHERE id = ?", id).Scan(&name); errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		} else if err != nil {
			return fmt.Errorf("delete asset %d: %w", id, err)
		}
		var decided int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM classifications WHERE asset_id = ? AND decided_on <> ''", id).Scan(&decided); err != nil {
			return fmt.Errorf("delete asset %d: %w", id, err)
		}
		if decided > 0 {
			return ErrHasDecided
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM assets WHERE id = ?", id); err != nil {
			return fmt.Errorf("delete asset %d: %w", id, err)
		}
		r := s.record(id, "asset", id)
		r.field("deleted", name, "")
		return r.write(ctx, tx)
	})
}

// Asset returns the asset with the given ID.
func (s *DB) Asset(ctx context.Context, id int64) (*domain.Asset, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (*domain.Asset, error) { return s.asset(ctx, tx, id) })
}

func (s *DB) asset(ctx context.Context, tx *sql.Tx, id int64) (*domain.Asset, error) {
	a, err := scanAsset(tx.QueryRowContext(ctx, "SELECT "+assetColumns+" FROM assets WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("asset %d: %w", id, err)
	}
	return a, nil
}

// HasAssets reports whether the register holds any asset.
func (s *DB) HasAssets(ctx context.Context) (bool, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (bool, error) { return s.hasAssets(ctx, tx) })
}

func (s *DB) hasAssets(ctx context.Context, tx *sql.Tx) (bool, error) {
	var any bool
	if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM assets)").Scan(&any); err != nil {
		return false, fmt.Errorf("assets: %w", err)
	}
	return any, nil
}

// Assets returns every asset, ordered by name.
func (s *DB) Assets(ctx context.Context) ([]domain.Asset, error) {
	return readOne(ctx, s, func(tx *sql.Tx) ([]domain.Asset, error) { return s.loadAssets(ctx, tx) })
}

func (s *DB) loadAssets(ctx context.Context, tx *sql.Tx) ([]domain.Asset, error) {
	rows, err := tx.QueryContext(ctx, "SELECT "+assetColumns+" FROM assets ORDER BY name_key")
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	defer rows.Close()
	var out []domain.Asset
	for rows.Next() {
		a, err := scanAsset(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *a)
	}
	return out, rows.Err()
}
