//go:build !windows

package app

// remoteDrive is Windows' drive type; elsewhere a share is recognised by
// its path alone.
func remoteDrive(string) bool { return false }
