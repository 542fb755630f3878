package domain

import (
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

var (
	collatorMu sync.Mutex
	collator   = collate.New(language.Swedish, collate.IgnoreCase)
)

// NameLess reports whether name a sorts before b in Swedish order
// (… x y z å ä ö), ignoring case and surrounding space.
func NameLess(a, b string) bool {
	collatorMu.Lock()
	defer collatorMu.Unlock()
	return collator.CompareString(NormalizeName(a), NormalizeName(b)) < 0
}
