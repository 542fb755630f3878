package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/infoklass/infoklass/internal/app"
)

// assetCount imports lists, one after the other, into a new database and
// returns how many assets it then has.
func assetCount(t *testing.T, lists ...string) int {
	t.Helper()
	p := filepath.Join(t.TempDir(), "facit.db")
	for _, list := range lists {
		var out, errb bytes.Buffer
		if err := runImport([]string{"-db", p, listFile(list)}, &out, &errb); err != nil {
			t.Fatal(app.CLIMessage(err))
		}
	}
	return registerSize(t, p)
}

func registerSize(t *testing.T, path string) int {
	t.Helper()
	s, err := app.OpenReadOnly(path)
	if err != nil {
		t.Fatal(app.CLIMessage(err))
	}
	defer s.Close()
	reg, err := s.Register()
	if err != nil {
		t.Fatal(err)
	}
	return len(reg)
}

// TestTwoNamesTwoImports imports two lists at once into one database
// reached through two hard-linked names, three times. Before, both
// printed "Importen är klar" and one list's assets were silently lost.
// Now an import that reports success has all its assets in the file: the
// other is refused as the file is in use, or runs after it.
func TestTwoNamesTwoImports(t *testing.T) {
	first, second := "farsta-isam-lista.xlsx", "it-application-register.xlsx"
	want := map[string]int{first: assetCount(t, first), second: assetCount(t, second), "both": assetCount(t, first, second)}
	for round := 0; round < 3; round++ {
		dir := t.TempDir()
		a, b := filepath.Join(dir, "lista.db"), filepath.Join(dir, "samma.db")
		svc, err := app.Open(a)
		if err != nil {
			t.Fatal(err)
		}
		svc.Close()
		if err := os.Link(a, b); err != nil {
			t.Skip("no hard links here:", err)
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		done := map[string]bool{}
		for db, list := range map[string]string{a: first, b: second} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var out, errb bytes.Buffer
				err := runImport([]string{"-db", db, listFile(list)}, &out, &errb)
				switch {
				case err == nil && strings.Contains(out.String(), "Importen är klar"):
					mu.Lock()
					done[list] = true
					mu.Unlock()
				case err != nil && !strings.Contains(app.CLIMessage(err), "används redan"):
					t.Errorf("%s: %s", filepath.Base(db), app.CLIMessage(err))
				}
			}()
		}
		wg.Wait()
		n := registerSize(t, a)
		switch {
		case done[first] && done[second]:
			if n != want["both"] {
				t.Errorf("round %d: both imports reported done, and %d assets are in the file, want %d", round, n, want["both"])
			}
		case done[first] && n != want[first], done[second] && n != want[second]:
			t.Errorf("round %d: %v reported done, and %d assets are in the file (%v)", round, done, n, want)
		case len(done) == 0:
			t.Errorf("round %d: neither import ran", round)
		}
	}
}
