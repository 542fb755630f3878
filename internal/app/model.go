package app

import (
	"errors"
	"fmt"
	"os"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// SuggestedModel is the short name of the model a new database is
// offered first: KLASSA's numbering 0–4, which most municipalities use
// or build on.
const SuggestedModel = "klassa"

// LoadModel returns the model that name stands for: "klassa", "msb" or
// the path of a model file a municipality keeps. A broken file is
// refused with a *domain.ModelError, in Swedish with its line and
// column; nothing else changes.
func LoadModel(name string) (*domain.Model, error) { return domain.LoadModel(name) }

// ShippedModels returns the models shipped with Infoklass, the suggested
// one (KLASSA) first.
func ShippedModels() []*domain.Model {
	var out []*domain.Model
	for _, name := range domain.ShippedModelNames() {
		m, _ := domain.ShippedModel(name)
		out = append(out, m)
	}
	return out
}

// ExistsError refuses to create a new database in a file that is
// already there: a new database never takes over an existing file.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string {
	return fmt.Sprintf("filen %s finns redan; en ny databas skapas bara i en fil som inte finns. Välj ett annat namn, eller öppna filen", e.Path)
}

// NewDatabase creates a new database at path classified in model m (nil:
// KLASSA, the suggestion) and opens it. An existing file, even an empty
// one, is refused with an *ExistsError and left as it was.
func NewDatabase(path string, m *domain.Model, opts ...Option) (*Service, error) {
	if _, err := os.Lstat(path); err == nil {
		return nil, &ExistsError{Path: path}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if m == nil {
		m, _ = domain.ShippedModel(SuggestedModel)
	}
	create := func(p string, o ...sqlite.Option) (*sqlite.DB, error) {
		return sqlite.Open(p, append(o, sqlite.WithNewModel(m))...)
	}
	return open(path, create, opts)
}

// ClassificationModel returns the model classification c was made
// under, as the database recorded it then: a later change of the
// database's model leaves it as it was.
func (s *Service) ClassificationModel(c *domain.Classification) (*domain.Model, error) {
	if c.ModelID == "" {
		return s.model, nil
	}
	return s.db.ClassificationModel(s.ctx, c.ModelID, c.ModelVersion)
}
