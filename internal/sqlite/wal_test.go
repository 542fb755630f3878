package sqlite

import (
	"database/sql"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// walFixture makes a database whose newest assets are only in its WAL,
// as a writer leaves it when it is killed before a checkpoint. It returns
// the main file and the WAL at that moment, the main file as the
// finished checkpoint leaves it, and the number of assets.
func walFixture(t *testing.T) (main0, wal, main1 []byte, assets int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "wal.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < 20; i++ {
		must(t, db.CreateAsset(ctx, &domain.Asset{Name: fmt.Sprintf("Tidig %d", i)}))
	}
	if _, err := db.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.Exec("PRAGMA wal_autocheckpoint = 0"); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 300; i++ {
		must(t, db.CreateAsset(ctx, &domain.Asset{Name: fmt.Sprintf("Sen %d", i), Notes: strings.Repeat("anteckning ", 200)}))
	}
	main0 = readAll(t, path)
	wal = readAll(t, path+"-wal")
	if _, err := db.db.Exec("PRAGMA wal_checkpoint(FULL)"); err != nil {
		t.Fatal(err)
	}
	main1 = readAll(t, path)
	if len(main1) <= len(main0)+8*4096 {
		t.Fatalf("the checkpoint grew the main file from %d to only %d bytes", len(main0), len(main1))
	}
	return main0, wal, main1, 320
}

func readAll(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// headerPages is the page count in the header of a main file.
func headerPages(b []byte) int64 { return int64(binary.BigEndian.Uint32(b[28:32])) }

// TestCrashDuringCheckpointOpens lays out the files as a process killed
// while the checkpoint grows the main file leaves them (or a checkpoint
// that failed on a full disk): the main file's header already counts
// every page, the file is shorter, perhaps ending in part of a page, and
// the WAL holds every committed page. SQLite replays the WAL; Infoklass
// must open it, with every asset, through Open, OpenExisting and
// OpenReadOnly, with or without the -shm the killed process left.
func TestCrashDuringCheckpointOpens(t *testing.T) {
	main0, wal, main1, n := walFixture(t)
	page := 4096
	cases := map[string][]byte{
		"killed before the checkpoint":      main0,
		"killed as the main file grows":     main1[:len(main0)+page],
		"killed halfway":                    main1[:len(main0)+(len(main1)-len(main0))/2/page*page],
		"disk full in the middle of a page": main1[:len(main0)+5*page+1234],
		"one page short":                    main1[:len(main1)-page],
	}
	copies := func() int {
		m, _ := filepath.Glob(filepath.Join(os.TempDir(), "infoklass-kopia-*"))
		return len(m)
	}
	defer func(n int) {
		if copies() != n {
			t.Errorf("%d private copies left in the temporary folder", copies()-n)
		}
	}(copies())
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		main := cases[name]
		for _, shm := range []bool{false, true} {
			for _, how := range []string{"Open", "OpenExisting", "OpenReadOnly"} {
				t.Run(fmt.Sprintf("%s/shm=%v/%s", name, shm, how), func(t *testing.T) {
					path := filepath.Join(t.TempDir(), "krasch.db")
					must(t, os.WriteFile(path, main, 0o644))
					must(t, os.WriteFile(path+"-wal", wal, 0o644))
					if shm {
						must(t, os.WriteFile(path+"-shm", nil, 0o644))
					}
					if name != "killed before the checkpoint" && int64(len(main)) >= headerPages(main)*int64(page) {
						t.Fatalf("fixture: %d bytes hold the header's %d pages", len(main), headerPages(main))
					}
					open := map[string]func(string, ...Option) (*DB, error){"Open": Open, "OpenExisting": OpenExisting, "OpenReadOnly": OpenReadOnly}[how]
					db, err := open(path)
					if err != nil {
						t.Fatalf("a healthy database with its WAL was refused: %v", err)
					}
					defer db.Close()
					if err := db.IntegrityCheck(ctx); err != nil {
						t.Fatal(err)
					}
					list, err := db.Assets(ctx)
					if err != nil || len(list) != n {
						t.Fatalf("%d assets (%v), want %d", len(list), err, n)
					}
				})
			}
		}
	}
}

// TestFullDiskImportReopens runs an import-sized batch in a child process
// whose files may not grow beyond a limit (RLIMIT_FSIZE, as a nearly
// full disk): the batch commits into the WAL, the checkpoint that would
// grow the main file fails, and the child reports success. The file must
// then open with every asset.
func TestFullDiskImportReopens(t *testing.T) {
	if testing.Short() || runtime.GOOS == "windows" {
		t.Skip("runs a child process with a file size limit")
	}
	path := filepath.Join(t.TempDir(), "full.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	must(t, db.ApplyImport(ctx, newAssets("Före", 600, strings.Repeat("f", 3000)), db.Model()))
	db.Close()
	before := sideSize(path)
	// The batch adds about 4 MB: the WAL (about 4.2 MB) fits under the
	// limit, the main file grown by the checkpoint (about 3 + 4 MB) does
	// not.
	limit := before + 2500*1024 + 123
	if limit < 4600*1024 {
		t.Fatalf("fixture: the main file has only %d bytes", before)
	}
	out := runHelper(t, "TestFullDiskHelper", "INFOKLASS_FULL_DB="+path, fmt.Sprintf("INFOKLASS_FULL_LIMIT=%d", limit))
	if !strings.Contains(out, "importen är klar") {
		t.Fatalf("the child did not report success: %s", out)
	}
	main := readAll(t, path)
	if sideSize(path+"-wal") == 0 || int64(len(main)) >= headerPages(main)*4096 {
		t.Fatalf("no failed checkpoint to test: main %d bytes, header %d pages, WAL %d bytes", len(main), headerPages(main), sideSize(path+"-wal"))
	}
	db, err = Open(path)
	if err != nil {
		t.Fatalf("an import that reported success does not reopen: %v", err)
	}
	defer db.Close()
	list, _ := db.Assets(ctx)
	if len(list) != 600+1000 {
		t.Errorf("%d assets, want %d", len(list), 1600)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// TestFullDiskHelper is run by TestFullDiskImportReopens.
func TestFullDiskHelper(t *testing.T) {
	path := os.Getenv("INFOKLASS_FULL_DB")
	if path == "" {
		t.Skip("run by TestFullDiskImportReopens")
	}
	var limit uint64
	fmt.Sscan(os.Getenv("INFOKLASS_FULL_LIMIT"), &limit)
	setFileSizeLimit(t, limit)
	db, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	if err := db.ApplyImport(ctx, newAssets("Import", 1000, strings.Repeat("i", 3500)), db.Model()); err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	fmt.Println("importen är klar")
	db.Close()
	os.Exit(0)
}

// newAssets is an import plan of n new assets named prefix and a number,
// each with notes: one transaction, as an import of a list writes.
func newAssets(prefix string, n int, notes string) []domain.ImportStep {
	steps := make([]domain.ImportStep, n)
	for i := range steps {
		name := fmt.Sprintf("%s %d", prefix, i)
		steps[i] = domain.ImportStep{Row: i + 2, Name: name, Create: true, Merge: func(a domain.Asset) domain.Asset {
			a.Notes = notes
			return a
		}}
	}
	return steps
}

// runHelper runs the test binary's test name as a child with env, and
// returns what it printed.
func runHelper(t *testing.T, name string, env ...string) string {
	t.Helper()
	cmd := helperCmd(name, env...)
	out, _ := cmd.CombinedOutput()
	return string(out)
}

// rawOpen opens path with the driver alone, for making fixtures.
func rawOpen(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	return db
}
