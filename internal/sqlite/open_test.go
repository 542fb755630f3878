package sqlite

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// wrongFile writes a bad file of one kind and returns its path.
type wrongFile struct {
	name string
	kind OpenErrorKind
	make func(t *testing.T, path string)
}

var wrongFiles = []wrongFile{
	{"text file", NotDatabase, func(t *testing.T, path string) {
		os.WriteFile(path, []byte("Informationstillgång;K;R;T\nEkonomi;2;3;2\n"), 0o644)
	}},
	{"short binary", NotDatabase, func(t *testing.T, path string) {
		os.WriteFile(path, []byte{0x50, 0x4b, 3, 4}, 0o644) // a zip header
	}},
	{"truncated database", Corrupt, func(t *testing.T, path string) {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 50; i++ {
			db.CreateAsset(ctx, &domain.Asset{Name: strings.Repeat("x", 500) + string(rune('a'+i%26)) + string(rune('A'+i/26))})
		}
		db.Close()
		b, _ := os.ReadFile(path)
		os.WriteFile(path, b[:len(b)/2], 0o644)
	}},
	{"truncated header", Corrupt, func(t *testing.T, path string) {
		os.WriteFile(path, append([]byte("SQLite format 3\x00"), make([]byte, 20)...), 0o644)
	}},
	{"damaged pages", Corrupt, func(t *testing.T, path string) {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 200; i++ {
			db.CreateAsset(ctx, &domain.Asset{Name: strings.Repeat("y", 300) + string(rune('a'+i%26)) + string(rune('A'+i/26))})
		}
		db.Close()
		b, _ := os.ReadFile(path)
		for i := 4096 * 2; i < len(b)-4096; i++ {
			b[i] ^= 0x5a
		}
		os.WriteFile(path, b, 0o644)
	}},
	{"other program's database", Foreign, func(t *testing.T, path string) {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Anna')"); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}},
	{"other program's application id", Foreign, func(t *testing.T, path string) {
		db, _ := sql.Open("sqlite", path)
		db.Exec("PRAGMA application_id = 1234; CREATE TABLE t (x)")
		db.Close()
	}},
	{"newer Infoklass", Newer, func(t *testing.T, path string) {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		db.CreateAsset(ctx, &domain.Asset{Name: "Från framtiden"})
		db.db.Exec("PRAGMA user_version = 999")
		db.Close()
	}},
}

// TestWrongFiles opens each kind of bad file and checks that it is
// refused with the right reason, in Swedish naming the file, and that
// not one byte of it changed.
func TestWrongFiles(t *testing.T) {
	for _, wf := range wrongFiles {
		t.Run(wf.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "fil.db")
			wf.make(t, path)
			os.Remove(path + "-wal")
			os.Remove(path + "-shm")
			before := sum(t, path)
			db, err := Open(path)
			if err == nil {
				db.Close()
				t.Fatal("opened without error")
			}
			var oe *OpenError
			if !errors.As(err, &oe) || oe.Kind != wf.kind {
				t.Fatalf("error %v (%T), want kind %d", err, err, wf.kind)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("error does not name the file: %q", err)
			}
			if sum(t, path) != before {
				t.Error("the file was modified")
			}
			if _, err := os.Stat(path + "-wal"); err == nil {
				t.Error("a WAL file was left beside the refused file")
			}
		})
	}
}

func TestEmptyAndMissingFilesBecomeDatabases(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "tom.db")
	os.WriteFile(empty, nil, 0o644)
	missing := filepath.Join(dir, "ny", "mapp", "infoklass.db")
	for _, p := range []string{empty, missing} {
		db, err := Open(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		db.Close()
		h := make([]byte, 100)
		f, _ := os.Open(p)
		f.Read(h)
		f.Close()
		if !bytes.HasPrefix(h, sqliteMagic) || binary.BigEndian.Uint32(h[68:72]) != applicationID {
			t.Errorf("%s is not marked as an Infoklass database", p)
		}
	}
}

func TestUnwritableFileOpensReadOnly(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root can write any file")
	}
	db, path := openTemp(t)
	db.Close()
	os.Chmod(path, 0o444)
	ro, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Error("an unwritable file was opened for writing")
	}
}
