//go:build !windows

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// TestSigtermMergesTheWAL runs a child that opens a database, writes to
// it and waits, and sends it SIGTERM: the child closes the database
// before it exits, so the WAL is merged into the file and gone, the lock
// is free and every asset is in the main file. Before, the process died
// with its WAL beside the file.
func TestSigtermMergesTheWAL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lista.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSigtermHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), "INFOKLASS_SIGTERM_DB="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "klar" {
	}
	if info, err := os.Stat(path + "-wal"); err != nil || info.Size() == 0 {
		t.Fatalf("no WAL to merge before the signal: %v", err)
	}
	must(t, cmd.Process.Signal(syscall.SIGTERM))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the child did not stop on SIGTERM")
	}
	if st := cmd.ProcessState.ExitCode(); st != 128+15 {
		t.Errorf("exit status %d, want 143", st)
	}
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() > 0 {
		t.Errorf("the WAL (%d bytes) was not merged", info.Size())
	}
	svc, err := app.OpenReadOnly(path)
	if err != nil {
		t.Fatal(app.CLIMessage(err))
	}
	defer svc.Close()
	if list, _ := svc.Register(); len(list) != 40 {
		t.Errorf("%d assets, want 40", len(list))
	}
}

// TestSigtermHelper is run by TestSigtermMergesTheWAL.
func TestSigtermHelper(t *testing.T) {
	path := os.Getenv("INFOKLASS_SIGTERM_DB")
	if path == "" {
		t.Skip("run by TestSigtermMergesTheWAL")
	}
	closeOnSignal()
	svc, err := app.Open(path)
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	for i := 0; i < 40; i++ {
		if err := svc.CreateAsset(&domain.Asset{Name: fmt.Sprintf("Tillgång %d", i)}); err != nil {
			fmt.Println(err)
			os.Exit(2)
		}
	}
	fmt.Println("klar")
	time.Sleep(time.Minute)
	os.Exit(3)
}
