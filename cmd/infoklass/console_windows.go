package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess is ATTACH_PARENT_PROCESS: the console of the process
// that started this one (cmd.exe or PowerShell).
const attachParentProcess = ^uint32(0)

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// attachConsole lets a subcommand of the GUI-subsystem Infoklass.exe print
// to the console it was started from. Windows gives such a program no
// console, so os.Stdout and os.Stderr lead nowhere unless the caller
// redirected them to a file or pipe; those are kept. The others are
// reopened on the parent's console (CONOUT$) after AttachConsole. Started
// by double-click there is no parent console and nothing changes.
func attachConsole() {
	if hasHandle(windows.STD_OUTPUT_HANDLE) && hasHandle(windows.STD_ERROR_HANDLE) {
		return
	}
	if r, _, _ := procAttachConsole.Call(uintptr(attachParentProcess)); r == 0 {
		return
	}
	name, _ := windows.UTF16PtrFromString("CONOUT$")
	h, err := windows.CreateFile(name, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return
	}
	con := os.NewFile(uintptr(h), "CONOUT$")
	if !hasHandle(windows.STD_OUTPUT_HANDLE) {
		os.Stdout = con
		windows.SetStdHandle(windows.STD_OUTPUT_HANDLE, h)
	}
	if !hasHandle(windows.STD_ERROR_HANDLE) {
		os.Stderr = con
		windows.SetStdHandle(windows.STD_ERROR_HANDLE, h)
	}
}

// hasHandle reports whether the standard handle leads to a file, pipe or
// console the caller gave us.
func hasHandle(std uint32) bool {
	h, err := windows.GetStdHandle(std)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}
