//go:build !windows

package sqlite

import "syscall"

// errnoClass is the class of an operating system error number.
func errnoClass(en syscall.Errno) ErrorClass {
	switch en {
	case syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG:
		return ClassFull
	case syscall.EACCES, syscall.EPERM:
		return ClassPermission
	case syscall.ENOENT, syscall.ENOTDIR:
		return ClassNotFound
	case syscall.ELOOP:
		return ClassLoop
	case syscall.EROFS:
		return ClassReadOnly
	case syscall.EIO:
		return ClassIO
	case syscall.ENAMETOOLONG:
		return ClassLongName
	}
	return ClassNone
}
