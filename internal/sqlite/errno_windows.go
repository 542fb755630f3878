//go:build windows

package sqlite

import "syscall"

// Windows error numbers of the classes.
const (
	winFileNotFound       = 2
	winPathNotFound       = 3
	winAccessDenied       = 5
	winWriteProtect       = 19
	winHandleDiskFull     = 39
	winDiskFull           = 112
	winFilenameExcedRange = 206
	winCantResolve        = 1921
)

// errnoClass is the class of an operating system error number.
func errnoClass(en syscall.Errno) errClass {
	switch en {
	case winDiskFull, winHandleDiskFull:
		return classFull
	case winAccessDenied:
		return classPermission
	case winFileNotFound, winPathNotFound:
		return classNotFound
	case winCantResolve:
		return classLoop
	case winWriteProtect:
		return classReadOnly
	case winFilenameExcedRange:
		return classLongName
	}
	return classNone
}
