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
func errnoClass(en syscall.Errno) ErrorClass {
	switch en {
	case winDiskFull, winHandleDiskFull:
		return ClassFull
	case winAccessDenied:
		return ClassPermission
	case winFileNotFound, winPathNotFound:
		return ClassNotFound
	case winCantResolve:
		return ClassLoop
	case winWriteProtect:
		return ClassReadOnly
	case winFilenameExcedRange:
		return ClassLongName
	}
	return ClassNone
}
