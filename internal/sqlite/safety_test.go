package sqlite

import (
	"bufio"
	"database/sql"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestSecondWriterIsRefused(t *testing.T) {
	db, path := openTemp(t)
	if _, err := Open(path); err == nil {
		t.Fatal("a second writer opened the same file")
	} else {
		var oe *OpenError
		if !errors.As(err, &oe) || oe.Kind != Locked {
			t.Errorf("error %v", err)
		}
	}
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("read-only beside the writer: %v", err)
	}
	ro.Close()
	db.Close()
	again, err := Open(path)
	if err != nil {
		t.Fatalf("after the first closed: %v", err)
	}
	again.Close()
}

func TestBackupRotationAndRestore(t *testing.T) {
	db, path := openTemp(t)
	a := &domain.Asset{Name: "Före"}
	must(t, db.CreateAsset(ctx, a))
	clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.Local)
	db.now = func() time.Time { return clock }
	must(t, db.DailyBackup(ctx))
	must(t, db.DailyBackup(ctx)) // same day: no second one
	list, _ := Backups(path)
	if len(list) != 1 || list[0].Reason != "dagligen" {
		t.Fatalf("daily backups %+v", list)
	}
	for i := 0; i < 12; i++ {
		clock = clock.Add(24 * time.Hour)
		must(t, db.DailyBackup(ctx))
	}
	list, _ = Backups(path)
	if len(list) != KeepBackups || !list[0].Time.After(list[1].Time) {
		t.Fatalf("%d backups kept, want %d, newest first", len(list), KeepBackups)
	}
	a.Name = "Efter"
	must(t, db.UpdateAsset(ctx, a))
	db.Close()

	if err := Restore(path, list[0].Path); err != nil {
		t.Fatal(err)
	}
	db2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	got, _ := db2.Asset(ctx, a.ID)
	if got.Name != "Före" {
		t.Errorf("restored name %q", got.Name)
	}
	after, _ := Backups(path)
	found := false
	for _, b := range after {
		if b.Reason == "före återställning" {
			found = true
			undo, err := OpenReadOnly(b.Path)
			if err != nil {
				t.Fatal(err)
			}
			x, _ := undo.Asset(ctx, a.ID)
			undo.Close()
			if x.Name != "Efter" {
				t.Errorf("the file before the restore holds %q", x.Name)
			}
		}
	}
	if !found {
		t.Error("the current file was not backed up before the restore")
	}
	if err := Restore(path, filepath.Join(t.TempDir(), "saknas.db")); err == nil {
		t.Error("restore from a missing backup")
	}
}

// TestBackupBeforeMigration opens a database of schema version 2 and
// finds a backup of it before it was upgraded.
func TestBackupBeforeMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gammal.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	raw.Exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
	for _, m := range migrations()[:2] {
		if _, err := raw.Exec(m.sql); err != nil {
			t.Fatal(err)
		}
	}
	raw.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 2", applicationID))
	raw.Exec(`INSERT INTO assets (name, name_key, created_at, updated_at) VALUES ('Gammal', 'gammal', 'x', 'x')`)
	raw.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.SchemaVersion(ctx); v != latestVersion() {
		t.Errorf("version %d after open", v)
	}
	list, _ := Backups(path)
	if len(list) != 1 || list[0].Reason != "före uppgradering" {
		t.Fatalf("backups %+v", list)
	}
	old, err := sql.Open("sqlite", "file:"+list[0].Path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	var v int
	old.QueryRow("PRAGMA user_version").Scan(&v)
	if v != 2 {
		t.Errorf("the backup has version %d, want the old 2", v)
	}
}

// TestCrashHelper is not a test on its own: TestKilledWriter runs it as a
// child process that writes until it is killed. With INFOKLASS_CRASH_MODE
// grow it adds large assets, so that checkpoints grow the main file.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv("INFOKLASS_CRASH_DB")
	if path == "" {
		t.Skip("run by TestKilledWriter")
	}
	db, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	if os.Getenv("INFOKLASS_CRASH_MODE") == "grow" {
		round := os.Getenv("INFOKLASS_CRASH_ROUND")
		for n := 1; ; n++ {
			a := &domain.Asset{Name: fmt.Sprintf("Växer %s %d", round, n), Notes: strings.Repeat("v", 3000+n%900)}
			if err := db.CreateAsset(ctx, a); err != nil {
				fmt.Println("error", err)
				os.Exit(3)
			}
			fmt.Println("ok", n)
		}
	}
	a, _ := db.AssetByName(ctx, "Skrivtest")
	c, _ := db.LatestClassification(ctx, a.ID)
	id := c.InfoTypes[0].ID
	for n := 1; ; n++ {
		r := domain.Rating{Level: domain.Level(1 + n%4), Motivation: strconv.Itoa(n)}
		if err := db.SetRating(ctx, id, domain.AllAspects[n%4], r); err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		if n%7 == 0 {
			a.Notes = strings.Repeat("x", n%500)
			db.UpdateAsset(ctx, a)
		}
		fmt.Println("ok", n) // acknowledged: committed before it is printed
	}
}

// TestKilledWriter kills a writing process with SIGKILL, at random
// moments and within 30 ms after a checkpoint starts to grow the main
// file, and checks each time that the file opens through Open, passes
// the integrity check and holds every write the process acknowledged.
func TestKilledWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "krasch.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &domain.Asset{Name: "Skrivtest"}
	must(t, db.CreateAsset(ctx, a))
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.Today())
	c.InfoTypes = []domain.InfoType{{Name: "Typ"}}
	must(t, db.CreateClassification(ctx, c))
	db.Close()

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	grown := 0
	for round := 0; round < 24; round++ {
		grow := round%2 == 1
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), "INFOKLASS_CRASH_DB="+path, "INFOKLASS_CRASH_ROUND="+strconv.Itoa(round))
		if grow {
			cmd.Env = append(cmd.Env, "INFOKLASS_CRASH_MODE=grow")
		}
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		size0 := sideSize(path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		acked := 0
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		var deadline <-chan time.Time
		var poll <-chan time.Time
		if grow {
			// Kill within 30 ms after the main file starts to grow, or
			// after 10 s if it never does.
			deadline = time.After(10 * time.Second)
			tick := time.NewTicker(200 * time.Microsecond)
			defer tick.Stop()
			poll = tick.C
		} else {
			deadline = time.After(time.Duration(50+rng.Intn(400)) * time.Millisecond)
		}
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					break read
				}
				if strings.HasPrefix(l, "error") {
					t.Fatalf("round %d: child: %s", round, l)
				}
				if n, err := strconv.Atoi(strings.TrimPrefix(l, "ok ")); err == nil {
					acked = n
				}
			case <-poll:
				if sideSize(path) > size0 {
					poll = nil
					grown++
					delay := 0 // at once: while the checkpoint writes
					if round%4 == 3 {
						delay = rng.Intn(31)
					}
					deadline = time.After(time.Duration(delay) * time.Millisecond)
				}
			case <-deadline:
				cmd.Process.Signal(syscall.SIGKILL)
				break read
			}
		}
		for l := range lines { // what was printed before the kill
			if n, err := strconv.Atoi(strings.TrimPrefix(l, "ok ")); err == nil {
				acked = n
			}
		}
		cmd.Wait()

		db, err := Open(path)
		if err != nil {
			t.Fatalf("round %d (grow %v): open after kill: %v", round, grow, err)
		}
		if err := db.IntegrityCheck(ctx); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		switch {
		case grow && acked > 0:
			got, err := db.AssetByName(ctx, fmt.Sprintf("Växer %d %d", round, acked))
			if err != nil || got == nil {
				t.Fatalf("round %d: asset %d was acknowledged but is not in the file (%v)", round, acked, err)
			}
		case acked > 0:
			cl, _ := db.LatestClassification(ctx, a.ID)
			r := cl.InfoTypes[0].Ratings[domain.AllAspects[acked%4]]
			got, _ := strconv.Atoi(r.Motivation)
			if got < acked {
				t.Fatalf("round %d: write %d was acknowledged but the file holds %d", round, acked, got)
			}
		}
		db.Close()
	}
	if grown < 6 {
		t.Errorf("the main file grew in only %d of 12 rounds; the kills near the checkpoint were not tested", grown)
	}
}
