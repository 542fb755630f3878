package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
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
func (s *DB) loadModel(ctx context.Context, created bool, newModel *domain.Model) (*domain.Model, error) {
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
		if newModel != nil {
			m = newModel
		}
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

// recordModels records in the models table, once per id and version, the
// database's model and the MSB 1–4 model of classifications an earlier
// Infoklass made under it, so that every classification's model can be
// read back as it was (ClassificationModel) whatever the database's model
// becomes later.
func (s *DB) recordModels(ctx context.Context) error {
	if s.readOnly {
		return nil
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := insertModel(ctx, tx, s.model); err != nil {
			return err
		}
		msb := earlierModel()
		var used bool
		err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM classifications WHERE model_id = ? AND model_version = ?)`,
			msb.ID, msb.Version).Scan(&used)
		if err != nil || !used {
			return err
		}
		return insertModel(ctx, tx, msb)
	})
}

// insertModel records m in the models table unless its id and version
// are there already: a version's content is stored once and never
// rewritten.
func insertModel(ctx context.Context, tx *sql.Tx, m *domain.Model) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "INSERT OR IGNORE INTO models (model_id, version, name, content) VALUES (?, ?, ?, ?)",
		m.ID, m.Version, m.Name, string(b))
	if err != nil {
		return fmt.Errorf("record model %s version %d: %w", m.ID, m.Version, err)
	}
	return nil
}

// ClassificationModel returns the model a classification was made under,
// by the id and version it records, as the database stored it: a later
// change of the database's model does not change it. A model the table
// lacks (a read-only database of an earlier version) is the shipped model
// of that id and version, or else the database's own.
func (s *DB) ClassificationModel(ctx context.Context, id string, version int) (*domain.Model, error) {
	if id == s.model.ID && version == s.model.Version {
		return s.model, nil
	}
	var m *domain.Model
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		m, err = s.modelIn(ctx, tx, id, version)
		return err
	})
	return m, err
}

// classificationModel reads model id of version from the models table;
// nil when it is not there.
func classificationModel(ctx context.Context, tx *sql.Tx, id string, version int) (*domain.Model, error) {
	var content string
	err := tx.QueryRowContext(ctx, "SELECT content FROM models WHERE model_id = ? AND version = ?", id, version).Scan(&content)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("model %s version %d: %w", id, version, err)
	}
	m, err := domain.ParseModel([]byte(content))
	if err != nil {
		return nil, fmt.Errorf("model %s version %d: %w", id, version, err)
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

// SetModel makes m the database's classification model from now on: it
// is recorded in the models table and the settings, with an entry in the
// history, in one transaction. No classification is touched: each keeps
// the model and version it was made under (ClassificationModel), decided
// or not; only classifications created later are made in m. The same
// id and version as the model in use changes nothing.
func (s *DB) SetModel(ctx context.Context, m *domain.Model) error {
	if m == nil {
		return errors.New("no model")
	}
	old := s.model
	if old != nil && old.ID == m.ID && old.Version == m.Version {
		return nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		stored, err := classificationModel(ctx, tx, m.ID, m.Version)
		if err != nil {
			return err
		}
		if stored != nil && !sameModel(stored, m) {
			// A version's content is stored once: another content needs another version.
			return &Error{Code: CodeModelVersionTaken, Args: []any{m.Name, m.Version}}
		}
		if err := insertModel(ctx, tx, m); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, modelKey, string(b)); err != nil {
			return fmt.Errorf("record the database's model: %w", err)
		}
		r := s.record(0, "database", 0)
		r.field("model", modelText(old), modelText(m))
		return r.write(ctx, tx)
	})
	if err != nil {
		return err
	}
	s.model = m
	return nil
}

// sameModel reports whether a and b have the same content.
func sameModel(a, b *domain.Model) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// modelText names model m and its version in the history.
func modelText(m *domain.Model) string {
	if m == nil {
		return ""
	}
	return fmt.Sprintf("%s (%s, version %d)", m.Name, m.ID, m.Version)
}

// modelIn returns, inside tx, the model of id and version: the
// database's own, one read before, the models table's, a shipped one,
// or else the database's (see storedModel). An empty id is the
// database's model.
func (s *DB) modelIn(ctx context.Context, tx *sql.Tx, id string, version int) (*domain.Model, error) {
	if id == "" || (id == s.model.ID && version == s.model.Version) {
		return s.model, nil
	}
	key := fmt.Sprintf("%s\x00%d", id, version)
	if m, ok := s.models.Load(key); ok {
		return m.(*domain.Model), nil
	}
	m, err := classificationModel(ctx, tx, id, version)
	if err != nil {
		return nil, err
	}
	if m == nil {
		m = shippedModel(id, version)
		if m == nil {
			return s.model, nil
		}
	}
	s.models.Store(key, m)
	return m, nil
}

// shippedModel is the shipped model of id and version; nil if none.
func shippedModel(id string, version int) *domain.Model {
	for _, name := range domain.ShippedModelNames() {
		if sm, _ := domain.ShippedModel(name); sm.ID == id && sm.Version == version {
			return sm
		}
	}
	return nil
}

// modelOfClassification returns, inside tx, the model classification id
// was made under.
func (s *DB) modelOfClassification(ctx context.Context, tx *sql.Tx, id int64) (*domain.Model, error) {
	var mid string
	var version int
	err := tx.QueryRowContext(ctx, "SELECT model_id, model_version FROM classifications WHERE id = ?", id).Scan(&mid, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return s.model, nil // the caller reports the missing classification
	}
	if err != nil {
		return nil, fmt.Errorf("model of classification %d: %w", id, err)
	}
	return s.modelIn(ctx, tx, mid, version)
}

// ModelOfClassification returns the model classification id was made
// under; ModelOfInfoType that of the classification holding information
// type id. The rules and level checks of an edit use it, never the
// database's model, which may have changed since.
func (s *DB) ModelOfClassification(ctx context.Context, id int64) (*domain.Model, error) {
	var m *domain.Model
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		m, err = s.modelOfClassification(ctx, tx, id)
		return err
	})
	return m, err
}

// ModelOfInfoType: see ModelOfClassification.
func (s *DB) ModelOfInfoType(ctx context.Context, infoTypeID int64) (*domain.Model, error) {
	var m *domain.Model
	err := s.read(ctx, func(tx *sql.Tx) error {
		var cid int64
		err := tx.QueryRowContext(ctx, "SELECT classification_id FROM info_types WHERE id = ?", infoTypeID).Scan(&cid)
		if errors.Is(err, sql.ErrNoRows) {
			m = s.model
			return nil
		}
		if err != nil {
			return err
		}
		m, err = s.modelOfClassification(ctx, tx, cid)
		return err
	})
	return m, err
}

// ModelUse counts the database's classifications, decided and ongoing
// (undecided): a change of the database's model leaves each of them in
// the model it was made under.
func (s *DB) ModelUse(ctx context.Context) (decided, ongoing int, err error) {
	err = s.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT coalesce(sum(decided_on <> ''), 0), coalesce(sum(decided_on = ''), 0) FROM classifications`).
			Scan(&decided, &ongoing)
	})
	return decided, ongoing, err
}
