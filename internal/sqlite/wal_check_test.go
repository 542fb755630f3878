package sqlite

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// folderState is the sha256 of every file in dir, by name.
func folderState(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	must(t, err)
	out := map[string][32]byte{}
	for _, e := range entries {
		if e.IsDir() {
			out[e.Name()+"/"] = [32]byte{}
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		must(t, err)
		out[e.Name()] = sha256.Sum256(b)
	}
	return out
}

// sameFolder fails unless dir holds exactly the files of before, unchanged.
func sameFolder(t *testing.T, dir string, before map[string][32]byte) {
	t.Helper()
	after := folderState(t, dir)
	var diff []string
	for n, h := range after {
		if b, ok := before[n]; !ok {
			diff = append(diff, "new "+n)
		} else if b != h {
			diff = append(diff, "changed "+n)
		}
	}
	for n := range before {
		if _, ok := after[n]; !ok {
			diff = append(diff, "gone "+n)
		}
	}
	sort.Strings(diff)
	if len(diff) > 0 {
		t.Errorf("the folder changed: %v", diff)
	}
}

// TestDamagedWALIsRefused damages one byte of a WAL that holds 300
// committed assets the main file does not have. SQLite would replay the
// frames before the damage and drop the rest, and the next writer would
// reset the WAL: the changes silently gone, and check saying "inga fel".
// Every open must refuse the file, say what was found, and change
// nothing: not the main file, not the WAL, no new file.
func TestDamagedWALIsRefused(t *testing.T) {
	main0, wal, _, _ := walFixture(t)
	frame := walFrameHeaderSize + 4096
	for _, off := range []int{walHeaderSize + 3*frame + walFrameHeaderSize + 100, walHeaderSize + 40*frame + 7, 10} {
		for _, how := range []string{"Open", "OpenExisting", "OpenReadOnly", "Restore"} {
			t.Run(fmt.Sprintf("byte %d/%s", off, how), func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "skadad.db")
				bad := append([]byte(nil), wal...)
				bad[off] ^= 0x5a
				must(t, os.WriteFile(path, main0, 0o644))
				must(t, os.WriteFile(path+"-wal", bad, 0o644))
				before := folderState(t, dir)
				var err error
				switch how {
				case "Restore":
					err = Restore(filepath.Join(t.TempDir(), "ny.db"), path)
				default:
					open := map[string]func(string, ...Option) (*DB, error){"Open": Open, "OpenExisting": OpenExisting, "OpenReadOnly": OpenReadOnly}[how]
					var db *DB
					if db, err = open(path); err == nil {
						db.Close()
					}
				}
				var oe *OpenError
				var we *WALError
				if !errors.As(err, &oe) || oe.Kind != Corrupt || !errors.As(err, &we) {
					t.Fatalf("a damaged WAL gave %v", err)
				}
				if !strings.Contains(we.What, "kontrollsumma") {
					t.Errorf("what was found reads %q", we.What)
				}
				sameFolder(t, dir, before)
			})
		}
	}
}

// TestWALOfEarlierGenerationsIsNotDamage reopens a database whose WAL was
// restarted by checkpoints, so that it holds frames of an earlier
// generation after the current ones, and one whose last transaction was
// cut short: neither is damage.
func TestWALOfEarlierGenerationsIsNotDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gen.db")
	db, err := Open(path)
	must(t, err)
	_, err = db.db.Exec("PRAGMA wal_autocheckpoint = 0")
	must(t, err)
	for i := 0; i < 50; i++ {
		must(t, db.CreateAsset(ctx, &domain.Asset{Name: fmt.Sprintf("Första %d", i), Notes: strings.Repeat("x", 3000)}))
	}
	_, err = db.db.Exec("PRAGMA wal_checkpoint(RESTART)")
	must(t, err)
	for i := 0; i < 3; i++ {
		must(t, db.CreateAsset(ctx, &domain.Asset{Name: fmt.Sprintf("Andra %d", i)}))
	}
	wal := readAll(t, path+"-wal")
	main := readAll(t, path)
	db.lock.Close()
	db.lock = nil
	cut := filepath.Join(t.TempDir(), "cut.db")
	for name, w := range map[string][]byte{path: wal, cut: wal[:len(wal)-100]} {
		must(t, os.WriteFile(name, main, 0o644))
		must(t, os.WriteFile(name+"-wal", w, 0o644))
		if err := checkWAL(name + "-wal"); err != nil {
			t.Errorf("%s: %v", filepath.Base(name), err)
		}
		r, err := OpenReadOnly(name)
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(name), err)
		}
		r.Close()
	}
	db.db.Close()
}

// TestDamagedLastCommitFrameIsRefused damages one byte of the very last
// frame of a WAL, the commit frame of its last transaction: in the page,
// in the frame's page number and in its checksum. SQLite would drop that
// committed transaction without a word; every open must refuse the file
// and keep it and its WAL as they are.
func TestDamagedLastCommitFrameIsRefused(t *testing.T) {
	main0, wal, _, _ := walFixture(t)
	frame := walFrameHeaderSize + 4096
	last := len(wal) - frame
	if (len(wal)-walHeaderSize)%frame != 0 || wal[last+4]|wal[last+5]|wal[last+6]|wal[last+7] == 0 {
		t.Fatalf("the fixture's WAL does not end in a whole commit frame (%d bytes)", len(wal))
	}
	for name, off := range map[string]int{"page": len(wal) - 100, "page number": last + 3, "checksum": last + 17} {
		for _, how := range []string{"Open", "OpenReadOnly", "Restore"} {
			t.Run(name+"/"+how, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "skadad.db")
				bad := append([]byte(nil), wal...)
				bad[off] ^= 0x01
				must(t, os.WriteFile(path, main0, 0o644))
				must(t, os.WriteFile(path+"-wal", bad, 0o644))
				before := folderState(t, dir)
				var err error
				switch how {
				case "Restore":
					err = Restore(filepath.Join(t.TempDir(), "ny.db"), path)
				default:
					open := map[string]func(string, ...Option) (*DB, error){"Open": Open, "OpenReadOnly": OpenReadOnly}[how]
					var db *DB
					if db, err = open(path); err == nil {
						db.Close()
					}
				}
				var oe *OpenError
				var we *WALError
				if !errors.As(err, &oe) || oe.Kind != Corrupt || !errors.As(err, &we) {
					t.Fatalf("a damaged last commit frame gave %v", err)
				}
				if we.Lost != 1 || we.Frame != (last-walHeaderSize)/frame+1 || !strings.Contains(we.What, "kontrollsumma") {
					t.Errorf("found frame %d, %d lost: %q", we.Frame, we.Lost, we.What)
				}
				sameFolder(t, dir, before)
			})
		}
	}
}
