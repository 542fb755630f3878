package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// TestStoreErrorsHaveWordsHere: the store refuses with a code and no
// Swedish; the front ends' words for it come from here, for the window
// and for the command line, which keeps the context around it.
func TestStoreErrorsHaveWordsHere(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "ord.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.CreateAsset(&domain.Asset{Name: "Lönesystem"}); err != nil {
		t.Fatal(err)
	}
	err = s.CreateAsset(&domain.Asset{Name: "lönesystem "})
	if !errors.Is(err, sqlite.ErrDuplicateName) {
		t.Fatalf("duplicate name: %v", err)
	}
	if strings.Contains(err.Error(), "informationstillgång") {
		t.Errorf("the store wrote Swedish: %q", err)
	}
	f, args, ok := Message(err)
	if got := fmt.Sprintf(f, args...); !ok || got != "Det finns redan en informationstillgång med det namnet." {
		t.Errorf("Message = %q, %v", got, ok)
	}
	wrapped := fmt.Errorf("import: rad 3: %w", err)
	if got := CLIMessage(wrapped); got != "import: rad 3: det finns redan en informationstillgång med det namnet" {
		t.Errorf("CLIMessage = %q", got)
	}
	_, err = s.Asset(4711)
	if f, _, _ := Message(err); f != "Posten finns inte längre." {
		t.Errorf("not found: %q", f)
	}
	for _, c := range storeCodes(t) {
		if f, _, ok := Message(&sqlite.Error{Code: c}); !ok || strings.Contains(f, "store:") {
			t.Errorf("code %s has no words: %q", c, f)
		}
	}
}
