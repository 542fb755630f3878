package sqlite

import (
	"os"
	"path/filepath"
	"strings"
)

// AliasError says that the database file is also reached by another
// name, Other, beside which lies a WAL with changes not yet written into
// the file: opened under this name, SQLite would not see them, and the
// next writer under the other name would replay them over this one's.
type AliasError struct {
	Other string
}

func (e *AliasError) Error() string {
	return "samma fil som " + e.Other + ", som har en loggfil med ändringar"
}

// strayWAL looks in the folder of the database at path for a WAL beside
// another name of the same file (a hard link) that holds frames, and
// returns an *AliasError for it. Names in other folders are not found:
// the identity lock still keeps two writers apart.
func strayWAL(path string) error {
	me, err := os.Stat(path)
	if err != nil {
		return nil
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return nil
	}
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, "-wal") || filepath.Join(filepath.Dir(path), n) == path+"-wal" {
			continue
		}
		other := filepath.Join(filepath.Dir(path), strings.TrimSuffix(n, "-wal"))
		if sideSize(other+"-wal") == 0 {
			continue
		}
		if info, err := os.Stat(other); err == nil && os.SameFile(me, info) {
			return &AliasError{Other: other}
		}
	}
	return nil
}
