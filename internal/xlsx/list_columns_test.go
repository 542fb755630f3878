package xlsx

import (
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestListColumnsAreTheDomains: the list sheet has the columns of
// domain.ListColumns, which the register's compact rows show, in their
// order and with their headers.
func TestListColumnsAreTheDomains(t *testing.T) {
	if len(listTable) != len(domain.ListColumns) {
		t.Fatalf("%d columns in the sheet, %d in the domain", len(listTable), len(domain.ListColumns))
	}
	for i, c := range listTable {
		if d := domain.ListColumns[i]; c.name != d.Header || c.width != float64(d.Width) {
			t.Errorf("column %d is %q (%v), the domain's %q (%d)", i, c.name, c.width, d.Header, d.Width)
		}
	}
}
