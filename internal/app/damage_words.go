package app

import (
	"errors"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// damageMessage is the Swedish text of a file refused as damaged for a
// reason the store names: a WAL whose checksums fail before committed
// changes, a schema Infoklass did not make, or a WAL beside another name
// of the same file. ok is false for other damage.
func damageMessage(e *sqlite.OpenError) (format string, args []any, ok bool) {
	var we *sqlite.WALError
	var se *sqlite.SchemaError
	var ae *sqlite.AliasError
	switch {
	case errors.As(e.Err, &we):
		return "Filen %s kan inte öppnas: %s. Varken filen eller loggfilen %s-wal har ändrats, och ingenting har tagits bort. Flytta inte loggfilen. Återställ den senaste säkerhetskopian (Arkiv › Återställ från säkerhetskopia… eller infoklass restore), eller låt någon som kan SQLite rädda ändringarna ur loggfilen först.",
			[]any{e.Path, we.What, e.Path}, true
	case errors.As(e.Err, &se):
		return "Filen %s kan inte öppnas: %s. Filen har inte ändrats och ingen säkerhetskopia har skrivits. Återställ en säkerhetskopia eller öppna en annan fil.", []any{e.Path, se.What}, true
	case errors.As(e.Err, &ae):
		return "Filen %s är samma fil som %s, och bredvid det namnet finns en loggfil (-wal) med ändringar som ännu inte är inskrivna i filen. Öppna filen under det namnet så att ändringarna kommer med. Filen har inte ändrats.",
			[]any{e.Path, ae.Other}, true
	}
	return "", nil, false
}
