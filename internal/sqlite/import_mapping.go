package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// importMappingKey is the settings key of the mapping chosen for a
// workbook layout, identified by its headers.
func importMappingKey(layout string) string {
	sum := sha256.Sum256([]byte(layout))
	return "import.mapping." + hex.EncodeToString(sum[:8])
}

// ImportMapping returns the column mapping (header → field) last chosen
// by hand for a workbook whose headers give layout, or nil.
func (s *DB) ImportMapping(ctx context.Context, layout string) (map[string]string, error) {
	v, err := s.Setting(ctx, importMappingKey(layout))
	if err != nil || v == "" {
		return nil, err
	}
	var m map[string]string
	if err := json.Unmarshal([]byte(v), &m); err != nil {
		return nil, fmt.Errorf("import mapping: %w", err)
	}
	return m, nil
}

// SetImportMapping remembers the mapping chosen for layout; an empty one
// forgets it.
func (s *DB) SetImportMapping(ctx context.Context, layout string, m map[string]string) error {
	if len(m) == 0 {
		return s.SetSetting(ctx, importMappingKey(layout), "")
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return s.SetSetting(ctx, importMappingKey(layout), string(b))
}
