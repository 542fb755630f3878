package app

import (
	"errors"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// damageMessage is the message of a file refused as damaged for a reason
// the store names: a WAL whose checksums fail before committed changes
// ("open.wal"), a schema Infoklass did not make ("open.schema"), or a
// WAL beside another name of the same file ("open.alias"). ok is false
// for other damage.
func damageMessage(e *sqlite.OpenError) (Text, bool) {
	var we *sqlite.WALError
	var se *sqlite.SchemaError
	var ae *sqlite.AliasError
	switch {
	case errors.As(e.Err, &we):
		return Text{"open.wal", []any{e.Path, we.What, e.Path}}, true
	case errors.As(e.Err, &se):
		return Text{"open.schema", []any{e.Path, se.What}}, true
	case errors.As(e.Err, &ae):
		return Text{"open.alias", []any{e.Path, ae.Other}}, true
	}
	return Text{}, false
}
