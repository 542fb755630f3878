//go:build !windows

package sqlite

import "syscall"

// errnoClass is the class of an operating system error number.
func errnoClass(en syscall.Errno) errClass {
	switch en {
	case syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG:
		return classFull
	case syscall.EACCES, syscall.EPERM:
		return classPermission
	case syscall.ENOENT, syscall.ENOTDIR:
		return classNotFound
	case syscall.ELOOP:
		return classLoop
	case syscall.EROFS:
		return classReadOnly
	case syscall.EIO:
		return classIO
	case syscall.ENAMETOOLONG:
		return classLongName
	}
	return classNone
}
