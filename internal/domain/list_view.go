package domain

import "slices"

// ListView is how the register is shown: as cards or as compact rows,
// which columns the rows have, and what they are sorted by. It is kept
// per database.
type ListView struct {
	Compact bool     `json:"compact"`
	Columns []string `json:"columns,omitempty"` // ListColumn keys, in the order shown
	Sort    string   `json:"sort,omitempty"`    // a ListColumn key; "" for the priority order
	Reverse bool     `json:"reverse,omitempty"` // the column's order reversed
}

// DefaultListColumns are the compact register's columns until the user
// chooses others.
var DefaultListColumns = []string{"rank", "name", "owner", "K", "R", "T", "S", "status", "dpia", "review"}

// Normalized returns v with unknown and repeated columns dropped, the
// name column always there, the default columns when none are left, and
// an unknown sort key replaced by the priority order.
func (v ListView) Normalized() ListView {
	var cols []string
	for _, k := range v.Columns {
		if _, ok := ListColumnByKey(k); ok && !slices.Contains(cols, k) {
			cols = append(cols, k)
		}
	}
	if len(cols) == 0 {
		cols = append(cols, DefaultListColumns...)
	}
	if !slices.Contains(cols, "name") {
		cols = append([]string{"name"}, cols...)
	}
	v.Columns = cols
	if _, ok := ListColumnByKey(v.Sort); !ok || v.Sort == "rank" && !v.Reverse {
		v.Sort, v.Reverse = "", false
	}
	return v
}
