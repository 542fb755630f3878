package app

import (
	"path/filepath"
	"testing"
)

func TestNetworkFSMagic(t *testing.T) {
	for _, c := range []struct {
		magic int64
		want  bool
	}{
		{0x6969, true},                  // NFS
		{0xFF534D42, true},              // CIFS
		{int64(int32(-0xACB2BE)), true}, // CIFS as a signed 32-bit statfs field
		{0xFE534D42, true},              // SMB2
		{0xEF53, false},                 // ext4
		{0x9123683E, false},             // btrfs
		{0x01021994, false},             // tmpfs
		{0x65735546, false},             // FUSE: ntfs-3g as well as rclone, so not counted
	} {
		if got := isNetworkFS(c.magic); got != c.want {
			t.Errorf("isNetworkFS(%#x) = %v, want %v", c.magic, got, c.want)
		}
	}
	if remoteDrive(filepath.Join(t.TempDir(), "infoklass.db")) {
		t.Error("a temporary folder counts as a network file system")
	}
}
