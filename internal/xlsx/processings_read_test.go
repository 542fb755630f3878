package xlsx

import (
	"reflect"
	"testing"
)

// TestSplitAssets: a cell of asset names joined by ", " is split into
// the names known, keeping a name that holds ", " whole; a part that is
// no known name is returned as unknown.
func TestSplitAssets(t *testing.T) {
	known := map[string]string{}
	for _, n := range []string{"Lönesystem", "Personalsystem, HR", "Personalsystem"} {
		known[nameKey(n)] = n
	}
	for _, c := range []struct {
		cell           string
		names, unknown []string
	}{
		{"", nil, nil},
		{"Lönesystem", []string{"Lönesystem"}, nil},
		{"lönesystem, Personalsystem, HR", []string{"Lönesystem", "Personalsystem, HR"}, nil},
		{"Personalsystem, Lönesystem", []string{"Personalsystem", "Lönesystem"}, nil},
		{"Lönesystem, Okänt,  ", []string{"Lönesystem"}, []string{"Okänt"}},
	} {
		names, unknown := splitAssets(c.cell, known)
		if !reflect.DeepEqual(names, c.names) || !reflect.DeepEqual(unknown, c.unknown) {
			t.Errorf("%q: %q and unknown %q, want %q and %q", c.cell, names, unknown, c.names, c.unknown)
		}
	}
}
