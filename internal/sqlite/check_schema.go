package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// schemaObject is one entry of sqlite_master: a table, index, trigger or
// view and the SQL that made it.
type schemaObject struct {
	kind, name, table, sql string
}

var (
	expectedOnce sync.Once
	expected     map[string]schemaObject
	expectedErr  error
)

// expectedSchema returns the schema a fresh database gets from the
// migrations, by name, made once in memory.
func expectedSchema() (map[string]schemaObject, error) {
	expectedOnce.Do(func() {
		db, err := sql.Open("sqlite", "file:expected?mode=memory&_pragma=foreign_keys(1)")
		if err != nil {
			expectedErr = err
			return
		}
		defer db.Close()
		db.SetMaxOpenConns(1)
		s := &DB{db: db, now: time.Now}
		if err := s.migrate(context.Background()); err != nil {
			expectedErr = err
			return
		}
		expected, expectedErr = schemaObjects(db)
	})
	return expected, expectedErr
}

// schemaObjects reads sqlite_master, leaving out SQLite's own objects.
func schemaObjects(db interface {
	Query(string, ...any) (*sql.Rows, error)
}) (map[string]schemaObject, error) {
	rows, err := db.Query("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")
	if err != nil {
		return nil, fmt.Errorf("read schema: %w", err)
	}
	defer rows.Close()
	out := map[string]schemaObject{}
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.kind, &o.name, &o.table, &o.sql); err != nil {
			return nil, fmt.Errorf("read schema: %w", err)
		}
		if strings.HasPrefix(o.name, "sqlite_") {
			continue // autoindexes, sqlite_sequence, sqlite_stat*
		}
		o.sql = normalSQL(o.sql)
		out[o.name] = o
	}
	return out, rows.Err()
}

// schemaWords is the Swedish word of each kind of schema object.
var schemaWords = map[string]string{"table": "tabellen", "index": "indexet", "trigger": "utlösaren (trigger)", "view": "vyn"}

// schemaProblems compares the database's schema with the one the
// migrations make, object by object, and returns what differs in
// Swedish: a missing or changed table, index, trigger or view, and any
// object no migration made (a foreign trigger or view runs code Infoklass
// never wrote). An empty list means the schema is exactly Infoklass's.
func schemaProblems(db interface {
	Query(string, ...any) (*sql.Rows, error)
}) ([]string, error) {
	want, err := expectedSchema()
	if err != nil {
		return nil, err
	}
	have, err := schemaObjects(db)
	if err != nil {
		return nil, err
	}
	var out []string
	for name, w := range want {
		h, ok := have[name]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("Databasens struktur: %s %s saknas.", schemaWords[w.kind], name))
		case h.kind != w.kind:
			out = append(out, fmt.Sprintf("Databasens struktur: %s är %s men ska vara %s.", name, strings.TrimPrefix(schemaWords[h.kind], ""), schemaWords[w.kind]))
		case h.sql != w.sql:
			out = append(out, fmt.Sprintf("Databasens struktur: %s %s har ändrats och stämmer inte med Infoklass.", schemaWords[w.kind], name))
		}
	}
	for name, h := range have {
		if _, ok := want[name]; !ok {
			out = append(out, fmt.Sprintf("Databasens struktur: %s %s hör inte till Infoklass.", schemaWords[h.kind], name))
		}
	}
	sort.Strings(out)
	return out, nil
}

// sqlSpacing removes the spacing that does not change a statement.
var sqlSpacing = strings.NewReplacer("( ", "(", " )", ")", " ,", ",", ", ", ",", " IF NOT EXISTS ", " ")

// normalSQL is a schema statement as compared: the words in one case,
// single spaces, none beside brackets and commas.
func normalSQL(s string) string {
	s = strings.ToUpper(strings.Join(strings.Fields(s), " "))
	return sqlSpacing.Replace(s)
}
