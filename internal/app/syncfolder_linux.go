package app

import (
	"path/filepath"

	"golang.org/x/sys/unix"
)

// Network file systems by their statfs magic number (linux/magic.h and
// the CIFS and AFS sources).
var networkFS = map[int64]bool{
	0x6969:     true, // NFS
	0xFF534D42: true, // CIFS
	0xFE534D42: true, // SMB2
	0x517B:     true, // SMB
	0x5346414F: true, // AFS (OpenAFS)
	0x6B414653: true, // kAFS
	0x00C36400: true, // Ceph
	0x73757245: true, // Coda
	0x564C:     true, // NCP
}

// remoteDrive reports whether the folder of path lies on a network file
// system (NFS, SMB/CIFS, AFS, Ceph), as statfs tells.
func remoteDrive(path string) bool {
	var st unix.Statfs_t
	if unix.Statfs(filepath.Dir(path), &st) != nil {
		return false
	}
	return isNetworkFS(int64(st.Type))
}

func isNetworkFS(magic int64) bool { return networkFS[magic&0xFFFFFFFF] }
