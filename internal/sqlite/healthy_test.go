package sqlite

import (
	"fmt"
	"os"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// healthy makes a closed Infoklass database with n assets at path.
func healthy(t *testing.T, path string, n int) {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		must(t, db.CreateAsset(ctx, &domain.Asset{Name: fmt.Sprintf("Tillgång %d", i)}))
	}
	must(t, db.Close())
	os.Remove(path + ".lock")
}
