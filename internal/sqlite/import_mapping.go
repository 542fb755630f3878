package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// ImportAnswers are the answers given by hand when a workbook was last
// imported: the column mapping (header → field), what the words of
// another level scale and other status words mean, and the sheet chosen.
type ImportAnswers struct {
	Map      map[string]string `json:"map,omitempty"`
	Levels   string            `json:"levels,omitempty"`
	Statuses string            `json:"statuses,omitempty"`
	Sheet    string            `json:"sheet,omitempty"`
}

// Empty reports whether no answer is kept.
func (a ImportAnswers) Empty() bool {
	return len(a.Map) == 0 && a.Levels == "" && a.Statuses == "" && a.Sheet == ""
}

// importMappingKey is the settings key of the answers given for a
// workbook layout, identified by its headers (or its sheet names).
func importMappingKey(layout string) string {
	sum := sha256.Sum256([]byte(layout))
	return "import.mapping." + hex.EncodeToString(sum[:8])
}

// ImportAnswers returns the answers last given for a workbook whose
// headers give layout; the zero ImportAnswers when there are none. A
// mapping kept by an earlier version (a plain header → field object) is
// read as the mapping alone.
func (s *DB) ImportAnswers(ctx context.Context, layout string) (ImportAnswers, error) {
	var a ImportAnswers
	v, err := s.Setting(ctx, importMappingKey(layout))
	if err != nil || v == "" {
		return a, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(v), &raw); err != nil {
		return a, fmt.Errorf("import answers: %w", err)
	}
	_, hasMap := raw["map"]
	_, hasLevels := raw["levels"]
	_, hasStatuses := raw["statuses"]
	_, hasSheet := raw["sheet"]
	if hasMap || hasLevels || hasStatuses || hasSheet {
		err = json.Unmarshal([]byte(v), &a)
	} else {
		err = json.Unmarshal([]byte(v), &a.Map)
	}
	if err != nil {
		return ImportAnswers{}, fmt.Errorf("import answers: %w", err)
	}
	return a, nil
}

// SetImportAnswers remembers the answers given for layout; empty ones
// forget them.
func (s *DB) SetImportAnswers(ctx context.Context, layout string, a ImportAnswers) error {
	if a.Empty() {
		return s.SetSetting(ctx, importMappingKey(layout), "")
	}
	b, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return s.SetSetting(ctx, importMappingKey(layout), string(b))
}
