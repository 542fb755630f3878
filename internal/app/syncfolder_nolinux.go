//go:build !windows && !linux

package app

// remoteDrive is Windows' drive type and Linux's file system type;
// elsewhere a share is recognised by its path alone.
func remoteDrive(string) bool { return false }
