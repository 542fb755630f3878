package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// TestDamageMessages: a damaged WAL, a foreign schema and a WAL beside
// another name each get a Swedish sentence that names the user's file,
// says what was found, and (for damage) how to restore.
func TestDamageMessages(t *testing.T) {
	cases := []struct {
		err  error
		want []string
	}{
		{&sqlite.WALError{What: "loggfilen (-wal) är skadad: sida 4 i loggen har fel kontrollsumma"}, []string{"/data/lista.db-wal", "kontrollsumma", "Återställ", "har ändrats"}},
		{&sqlite.SchemaError{What: "Databasens struktur: utlösaren (trigger) wipe hör inte till Infoklass."}, []string{"wipe", "ingen säkerhetskopia har skrivits", "Återställ"}},
		{&sqlite.AliasError{Other: "/data/samma.db"}, []string{"samma fil som /data/samma.db", "Öppna filen under det namnet"}},
	}
	for _, c := range cases {
		err := &sqlite.OpenError{Path: "/data/lista.db", Kind: sqlite.Corrupt, Err: c.err}
		for _, msg := range []string{CLIMessage(err), func() string { f, a, _ := Message(err); return fmt.Sprintf(f, a...) }()} {
			if !strings.Contains(msg, "/data/lista.db") {
				t.Errorf("%q does not name the file", msg)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q does not say %q", msg, w)
				}
			}
		}
	}
}
