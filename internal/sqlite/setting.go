package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
)

// Setting returns the value stored under key, or "" when none is.
func (s *DB) Setting(ctx context.Context, key string) (string, error) {
	return readOne(ctx, s, func(tx *sql.Tx) (string, error) { return setting(ctx, tx, key) })
}

func setting(ctx context.Context, tx *sql.Tx, key string) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting stores value under key.
func (s *DB) SetSetting(ctx context.Context, key, value string) error {
	return s.write(ctx, func(tx *sql.Tx) error { return setSetting(ctx, tx, key, value) })
}

func setSetting(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("set setting %s: %w", key, err)
	}
	return nil
}

// SaveCopy writes a consistent copy of the database to path, which must
// not exist. The copy is a complete database on its own; it is listed
// among the user's own copies (Copies), which Återställ offers.
func (s *DB) SaveCopy(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("filen %s finns redan och skrivs inte över", path)
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		return fmt.Errorf("save copy to %s: %w", path, err)
	}
	// The copy is made; a list that cannot be kept only means that
	// Återställ does not offer it.
	_ = rememberCopy(s.Path(), path)
	return nil
}
