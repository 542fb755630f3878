//go:build windows

package tempfile

import "golang.org/x/sys/windows"

// stillActive is the exit code of a process that has not exited.
const stillActive = 259

// running reports whether a process with id pid exists and has not exited.
func running(pid int) bool {
	if pid <= 0 {
		return false
	}
	h, err := windows.OpenProcess(windows.PROCESS_QUERY_LIMITED_INFORMATION, false, uint32(pid))
	if err != nil {
		return err == windows.ERROR_ACCESS_DENIED
	}
	defer windows.CloseHandle(h)
	var code uint32
	if err := windows.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == stillActive
}
