//go:build windows

package app

import (
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"testing"
)

// TestWindowsDiskFull: ERROR_DISK_FULL (112) and ERROR_HANDLE_DISK_FULL
// (39) say that the disk is full, naming the user's file.
func TestWindowsDiskFull(t *testing.T) {
	const path = `C:\Users\isam\Documents\lista.xlsx`
	for _, errno := range []syscall.Errno{112, 39} {
		err := onFile(path, writeExport, &fs.PathError{Op: "write", Path: path, Err: errno})
		format, args, _ := Message(err)
		if text := fmt.Sprintf(format, args...); !strings.Contains(text, "disken är full") || !strings.Contains(text, path) {
			t.Errorf("errno %d: %q", errno, text)
		}
	}
}
