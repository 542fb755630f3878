package domain

import "time"

// Change is one recorded edit: when, by whom (the OS user), to what, and
// the value before and after. Changes make up an asset's history.
type Change struct {
	ID       int64
	At       time.Time
	User     string
	AssetID  int64  // the asset the change belongs to (0 for none)
	Entity   string // "asset", "classification", "infotype", "rating", "raise", "participant", "threshold", "status"
	EntityID int64
	Field    string // e.g. "name", "K.level", "K.motivation"
	Old      string
	New      string
}
