package xlsx

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// Read is ReadOptions for the tests: sheet in the shipped MSB 1–4 model,
// the model of every fixture here.
func Read(r io.Reader, sheet string) (*Preview, error) {
	return ReadOptions(r, Options{Sheet: sheet, Model: domain.DefaultModel()})
}

// TestReadNeedsModel: the import reads levels only in the model it is
// given; without one it refuses instead of reading in a default.
func TestReadNeedsModel(t *testing.T) {
	var buf bytes.Buffer
	if err := Export(&buf, &Data{Model: domain.DefaultModel(), Today: today}); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadOptions(bytes.NewReader(buf.Bytes()), Options{}); !errors.Is(err, ErrNoModel) {
		t.Fatalf("no model: %v, want ErrNoModel", err)
	}
	klassa, _ := domain.ShippedModel("klassa")
	p, err := ReadOptions(bytes.NewReader(buf.Bytes()), Options{Model: klassa})
	if err != nil || p.model() != klassa {
		t.Fatalf("KLASSA: %v, model %v", err, p.model())
	}
}
