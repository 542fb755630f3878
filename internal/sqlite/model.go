package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

// modelKey is the setting that holds the database's classification
// model, as the model's JSON: a database is classified in one model,
// the one it was created with.
const modelKey = "model"

// Model returns the classification model of the database, read when it
// was opened.
func (s *DB) Model() *domain.Model { return s.model }

// loadModel reads the model the database records. A database opened for
// writing that records none gets one recorded: a new database (created
// is true) the model a new database starts with, a database of an
// earlier Infoklass the MSB 1–4 model every earlier version used. A
// read-only database is never written; one that records no model was
// made with MSB 1–4.
func (s *DB) loadModel(ctx context.Context, created bool) (*domain.Model, error) {
	v, err := s.Setting(ctx, modelKey)
	if err != nil {
		return nil, err
	}
	if v != "" {
		m, err := domain.ParseModel([]byte(v))
		if err != nil {
			return nil, fmt.Errorf("the database's model: %w", err)
		}
		return m, nil
	}
	m := earlierModel()
	if created {
		m = newDatabaseModel()
	}
	if s.readOnly {
		return m, nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?)", modelKey, string(b))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("record the database's model: %w", err)
	}
	return m, nil
}

// newDatabaseModel is the model a new database is created with.
func newDatabaseModel() *domain.Model { return domain.DefaultModel() }

// earlierModel is the model of a database made before databases
// recorded theirs: MSB's 1–4, the only one earlier versions had.
func earlierModel() *domain.Model {
	m, _ := domain.ShippedModel("msb")
	return m
}
