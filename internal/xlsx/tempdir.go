package xlsx

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// tempRoot is the folder of the temporary files excelize writes while
// streaming a large sheet: one folder per process inside it, so that the
// files of an export that was killed are found and removed by the next.
var tempRoot = filepath.Join(os.TempDir(), "infoklass-excel")

// staleAge is the age after which anything in tempRoot is removed,
// whatever process it belonged to.
const staleAge = 7 * 24 * time.Hour

// exportTempDir sweeps the files of earlier runs that are gone and
// returns this process's folder for excelize's temporary files.
func exportTempDir() (string, error) {
	if err := os.MkdirAll(tempRoot, 0o700); err != nil {
		return "", fmt.Errorf("temporary folder: %w", err)
	}
	sweepTemp(tempRoot)
	dir := filepath.Join(tempRoot, "run-"+strconv.Itoa(os.Getpid()))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("temporary folder: %w", err)
	}
	return dir, nil
}

// sweepTemp removes the folders of processes that no longer run and
// anything older than staleAge.
func sweepTemp(root string) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, e := range entries {
		path := filepath.Join(root, e.Name())
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleAge {
			os.RemoveAll(path)
			continue
		}
		pid, err := strconv.Atoi(strings.TrimPrefix(e.Name(), "run-"))
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "run-") || err != nil || pid == os.Getpid() {
			continue
		}
		if !alive(pid) {
			os.RemoveAll(path)
		}
	}
}

// alive reports whether process pid runs.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false // on Windows, FindProcess fails for a process that is gone
	}
	defer p.Release()
	if runtime.GOOS == "windows" {
		return true
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// removeTempDir removes this process's folder when it is empty again.
func removeTempDir() { os.Remove(filepath.Join(tempRoot, "run-"+strconv.Itoa(os.Getpid()))) }
