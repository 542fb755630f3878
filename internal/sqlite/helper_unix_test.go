//go:build !windows

package sqlite

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
)

func helperCmd(name string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// setFileSizeLimit makes writes beyond limit bytes fail, as on a full disk.
func setFileSizeLimit(t *testing.T, limit uint64) {
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
		t.Fatal(err)
	}
}
