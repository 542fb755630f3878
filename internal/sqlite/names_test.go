package sqlite

import (
	"errors"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestStoreRefusesInvisibleCharacters: the store refuses names with
// control, invisible or noncharacters on create and update, and stores
// names composed (NFC), so a decomposed spelling is the same name.
func TestStoreRefusesInvisibleCharacters(t *testing.T) {
	db, _ := openTemp(t)
	for _, bad := range []string{"Ekonomi\x00", "Pling\a", "x\ufffe", "Löne\u200bsystem", "\ufeffBOM", "a\u2060b", "a\u200db"} {
		if err := db.CreateAsset(ctx, &domain.Asset{Name: bad}); !errors.Is(err, domain.ErrNameCharacter) {
			t.Errorf("create %q: %v", bad, err)
		}
	}
	a := &domain.Asset{Name: "Café"}
	must(t, db.CreateAsset(ctx, a))
	if err := db.CreateAsset(ctx, &domain.Asset{Name: "cafe\u0301"}); !errors.Is(err, ErrDuplicateName) {
		t.Errorf("a decomposed look-alike became a second asset: %v", err)
	}
	b := &domain.Asset{Name: "O\u0308versikt"}
	must(t, db.CreateAsset(ctx, b))
	got, _ := db.Asset(ctx, b.ID)
	if got.Name != "Översikt" {
		t.Errorf("stored %q, want the composed name", got.Name)
	}
	b.Name = "Översikt\x07"
	if err := db.UpdateAsset(ctx, b); !errors.Is(err, domain.ErrNameCharacter) {
		t.Errorf("update: %v", err)
	}
	list, _ := db.Assets(ctx)
	if len(list) != 2 {
		t.Errorf("%d assets", len(list))
	}
}
