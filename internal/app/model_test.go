package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestNewDatabase: without a model a new database is KLASSA's, an
// existing file (even an empty one) is refused and left as it was, and
// the refusals read as Swedish sentences in the window and on the
// command line.
func TestNewDatabase(t *testing.T) {
	dir := t.TempDir()
	s, err := NewDatabase(filepath.Join(dir, "ny.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m := s.Model(); m.ID != "klassa-0-4" {
		t.Errorf("a new database without a model is %s", m.ID)
	}
	c := domain.NewClassification(1, s.Model(), s.Today())
	if m, err := s.ClassificationModel(c); err != nil || m.ID != "klassa-0-4" {
		t.Errorf("classification model %v, %v", m, err)
	}
	s.Close()
	empty := filepath.Join(dir, "tom.db")
	os.WriteFile(empty, nil, 0o644)
	msb, _ := domain.ShippedModel("msb")
	for _, p := range []string{filepath.Join(dir, "ny.db"), empty} {
		before, _ := os.ReadFile(p)
		_, err := NewDatabase(p, msb)
		var xe *ExistsError
		if !errors.As(err, &xe) {
			t.Fatalf("%s: %v, want ExistsError", p, err)
		}
		if after, _ := os.ReadFile(p); string(after) != string(before) {
			t.Errorf("%s was changed", p)
		}
		if f, _, ok := Message(err); !ok || !strings.HasPrefix(f, "Filen %s finns redan.") {
			t.Errorf("window message %q", f)
		}
		if !strings.Contains(CLIMessage(err), "finns redan") {
			t.Errorf("command-line message %q", CLIMessage(err))
		}
	}
	_, err = LoadModel(filepath.Join(dir, "saknas.json"))
	if f, args, ok := Message(err); !ok || f != "Modellen kan inte användas: %s." || !strings.Contains(args[0].(string), "saknas.json: filen finns inte") {
		t.Errorf("model file message %q %v", f, args)
	}
}
