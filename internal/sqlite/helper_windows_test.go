//go:build windows

package sqlite

import (
	"os"
	"os/exec"
	"testing"
)

func helperCmd(name string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// setFileSizeLimit has no counterpart on Windows.
func setFileSizeLimit(t *testing.T, limit uint64) {
	t.Skip("no file size limit on Windows")
}
