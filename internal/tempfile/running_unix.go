//go:build !windows

package tempfile

import (
	"errors"
	"syscall"
)

// running reports whether a process with id pid exists.
func running(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
