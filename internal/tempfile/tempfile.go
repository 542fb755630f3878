// Package tempfile names every temporary file and folder Infoklass makes
// by the process that owns it, so that the next run can tell a leftover
// (its owner killed, or the machine switched off) from a file another
// Infoklass is still writing, and remove it. A name is
// prefix + process id + "-" + random + suffix, beside the file it will
// become or in the system's temporary folder.
package tempfile

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Create makes a new file in dir named prefix<pid>-<random>suffix.
func Create(dir, prefix, suffix string) (*os.File, error) {
	return os.CreateTemp(dir, prefix+strconv.Itoa(os.Getpid())+"-*"+suffix)
}

// MkdirTemp makes a new folder in dir ("" for the system's temporary
// folder) named prefix<pid>-<random>.
func MkdirTemp(dir, prefix string) (string, error) {
	return os.MkdirTemp(dir, prefix+strconv.Itoa(os.Getpid())+"-*")
}

// legacyAge is how old a leftover named without a process id (by an
// earlier Infoklass) must be before it is removed.
const legacyAge = time.Hour

// Sweep removes the leftovers in dir ("" for the system's temporary
// folder) whose names start with prefix and end with suffix: files and
// folders whose owning process no longer runs, and those of an earlier
// Infoklass, without a process id, older than an hour. It returns how
// many it removed; a leftover that cannot be removed is left for the
// next sweep.
func Sweep(dir, prefix, suffix string) int {
	if dir == "" {
		dir = os.TempDir()
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, suffix) || len(name) < len(prefix)+len(suffix) {
			continue
		}
		if !leftover(e, strings.TrimSuffix(strings.TrimPrefix(name, prefix), suffix)) {
			continue
		}
		if os.RemoveAll(filepath.Join(dir, name)) == nil {
			n++
		}
	}
	return n
}

// leftover reports whether the entry, whose name between prefix and
// suffix is rest, belongs to no running process.
func leftover(e os.DirEntry, rest string) bool {
	pid, err := strconv.Atoi(strings.SplitN(rest, "-", 2)[0])
	if err != nil || !strings.Contains(rest, "-") {
		info, err := e.Info()
		return err == nil && time.Since(info.ModTime()) > legacyAge
	}
	if pid == os.Getpid() {
		return false // this process's own, still in use
	}
	return !running(pid)
}
