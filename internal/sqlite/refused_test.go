package sqlite

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// snapshot is every file in a folder: name, mode and a hash of its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[rel] = "dir " + info.Mode().String()
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[rel] = fmt.Sprintf("%s %x", info.Mode(), sha256.Sum256(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func diff(before, after map[string]string) []string {
	var d []string
	for k, v := range before {
		if w, ok := after[k]; !ok {
			d = append(d, "removed "+k)
		} else if w != v {
			d = append(d, "changed "+k)
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			d = append(d, "created "+k)
		}
	}
	sort.Strings(d)
	return d
}

// withWAL makes an Infoklass database at path whose last changes, made
// by change, are only in its -wal, as a killed writer leaves it.
func withWAL(t *testing.T, path string, assets int, change func(db *DB)) {
	t.Helper()
	tmp := filepath.Join(t.TempDir(), "kalla.db")
	db, err := Open(tmp)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < assets; i++ {
		must(t, db.CreateAsset(ctx, &domain.Asset{Name: fmt.Sprintf("Tillgång %d", i), Notes: strings.Repeat("n", 300)}))
	}
	db.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	db.db.Exec("PRAGMA wal_autocheckpoint = 0")
	change(db)
	must(t, os.WriteFile(path, readAll(t, tmp), 0o644))
	must(t, os.WriteFile(path+"-wal", readAll(t, tmp+"-wal"), 0o644))
}

// damage flips the bytes of the pages in the second half of the file
// but the last: the schema, written first, stays readable, so only
// SQLite's check finds the damage.
func damage(t *testing.T, path string) {
	b := readAll(t, path)
	for i := len(b) / 2 / 4096 * 4096; i < len(b)-4096; i++ {
		b[i] ^= 0x5a
	}
	must(t, os.WriteFile(path, b, 0o644))
}

// rollback makes the Infoklass database at path a rollback-journal one.
func rollback(t *testing.T, path string) {
	raw := rawOpen(t, path)
	if _, err := raw.Exec("PRAGMA journal_mode = DELETE"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
}

// refusedFiles are files that must be refused, each with what is beside it.
var refusedFiles = append(append([]wrongFile{}, wrongFiles...),
	wrongFile{"damaged, with its WAL", Corrupt, func(t *testing.T, path string) {
		withWAL(t, path, 200, func(db *DB) {
			for i := 1; i <= 5; i++ {
				must(t, db.UpdateAsset(ctx, &domain.Asset{ID: int64(i), Name: fmt.Sprintf("Ändrad %d", i)}))
			}
		})
		damage(t, path)
	}},
	wrongFile{"newer Infoklass, only in its WAL", Newer, func(t *testing.T, path string) {
		withWAL(t, path, 3, func(db *DB) { db.db.Exec("PRAGMA user_version = 999") })
	}},
	wrongFile{"other program's database, with its WAL", Foreign, func(t *testing.T, path string) {
		tmp := filepath.Join(t.TempDir(), "annan.db")
		raw := rawOpen(t, tmp)
		defer raw.Close()
		raw.Exec("PRAGMA journal_mode = WAL")
		raw.Exec("PRAGMA wal_autocheckpoint = 0")
		if _, err := raw.Exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Anna')"); err != nil {
			t.Fatal(err)
		}
		must(t, os.WriteFile(path, readAll(t, tmp), 0o644))
		must(t, os.WriteFile(path+"-wal", readAll(t, tmp+"-wal"), 0o644))
	}},
	wrongFile{"rollback-journal database, damaged", Corrupt, func(t *testing.T, path string) {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 200; i++ {
			db.CreateAsset(ctx, &domain.Asset{Name: fmt.Sprintf("Rad %d", i), Notes: strings.Repeat("r", 300)})
		}
		db.Close()
		rollback(t, path)
		damage(t, path)
	}},
	wrongFile{"rollback-journal database, newer Infoklass", Newer, func(t *testing.T, path string) {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		db.CreateAsset(ctx, &domain.Asset{Name: "Från framtiden"})
		db.Close()
		rollback(t, path)
		raw := rawOpen(t, path)
		raw.Exec("PRAGMA user_version = 999")
		raw.Close()
	}},
)

// TestRefusedFilesAreNotTouched opens every kind of file that must be
// refused, with Open, OpenExisting and OpenReadOnly, and checks that the
// folder afterwards holds exactly what it held: every byte of the file
// and its -wal (so no WAL merged, no header version or change counter
// altered), and no lock, -wal, -shm or other file beside it.
func TestRefusedFilesAreNotTouched(t *testing.T) {
	for _, wf := range refusedFiles {
		t.Run(wf.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "fil.db")
			wf.make(t, path)
			os.Remove(path + "-shm")
			if strings.Contains(wf.name, "WAL") && sideSize(path+"-wal") == 0 {
				t.Fatal("fixture: no WAL")
			}
			if !strings.Contains(wf.name, "WAL") {
				os.Remove(path + "-wal")
			}
			before := snapshot(t, dir)
			for _, how := range []struct {
				name string
				open func(string, ...Option) (*DB, error)
			}{{"Open", Open}, {"OpenExisting", OpenExisting}, {"OpenReadOnly", OpenReadOnly}} {
				db, err := how.open(path)
				if err == nil {
					db.Close()
					t.Fatalf("%s opened it", how.name)
				}
				var oe *OpenError
				if !errors.As(err, &oe) || oe.Kind != wf.kind {
					t.Fatalf("%s: error %v, want kind %d", how.name, err, wf.kind)
				}
				if d := diff(before, snapshot(t, dir)); len(d) > 0 {
					t.Fatalf("%s changed the folder of a refused file: %v", how.name, d)
				}
			}
		})
	}
}
