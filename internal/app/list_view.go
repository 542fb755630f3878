package app

import (
	"encoding/json"

	"github.com/infoklass/infoklass/internal/domain"
)

// listViewKey is the setting the register's view is kept under.
const listViewKey = "register_view"

// ListView returns how the register was last shown in this database:
// cards or compact rows, the columns and the sort. A database that has
// none, or an unreadable one, gives the default: cards in priority order.
func (s *Service) ListView() domain.ListView {
	v, err := s.db.Setting(s.ctx, listViewKey)
	var view domain.ListView
	if err != nil || v == "" || json.Unmarshal([]byte(v), &view) != nil {
		view = domain.ListView{}
	}
	return view.Normalized()
}

// SetListView remembers v as the register's view in this database. A
// database opened read-only keeps nothing, which is no error: the view
// is a convenience, not data.
func (s *Service) SetListView(v domain.ListView) error {
	if s.ReadOnly() {
		return nil
	}
	b, err := json.Marshal(v.Normalized())
	if err != nil {
		return err
	}
	return s.db.SetSetting(s.ctx, listViewKey, string(b))
}
