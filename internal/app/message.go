package app

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// sentences are errors whose own text is a complete Swedish sentence.
var sentences = []error{
	domain.ErrNameRequired,
	domain.ErrDecided,
	domain.ErrParkedFixed,
	domain.ErrNoDecisionMaker,
	errNotDecided,
	ErrClassificationOngoing,
	domain.ErrVoteRevealed,
	xlsx.ErrNotNorm,
	domain.ErrEmptyQuestion,
	errCopyOntoItself,
	errNoClassification,
	errDecidedNeedsDecision,
}

// Message returns a Swedish sentence for err that a user can act on, as
// a format and its arguments so that a front end can translate the
// format. ok is false for an error Infoklass does not know, whose text
// is technical; its format is then "%s" with the error's text.
func Message(err error) (format string, args []any, ok bool) {
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		format, args = openMessage(oe)
		return format, args, true
	}
	var me *domain.ModelError
	if errors.As(err, &me) {
		return "Modellen kan inte användas: %s.", []any{me.Error()}, true
	}
	var xe *ExistsError
	if errors.As(err, &xe) {
		return "Filen %s finns redan. En ny databas skapas bara i en fil som inte finns: välj ett annat namn, eller öppna filen.", []any{xe.Path}, true
	}
	var be *domain.BlockedError
	if errors.As(err, &be) {
		return "Klassningen kan inte fastställas än: %d saker återstår. Se listan i steget Beslut.", []any{len(be.Blockers)}, true
	}
	for _, k := range append(sentences, domain.ProcessingErrors...) {
		if errors.Is(err, k) {
			return capitalize(k.Error()) + ".", nil, true
		}
	}
	var te interface{ Message() (string, []any) } // a name or text refused for a character or its length
	if errors.As(err, &te) {
		format, args = te.Message()
		return format, args, true
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		if w, ok := storeWords[se.Code]; ok {
			return capitalize(w) + ".", se.Args, true
		}
	}
	if format, args = explain(err); format != explainUnknown {
		return format, args, true // disk full, permission, not found, …
	}
	return "%s", []any{err.Error()}, false
}

// storeWords are the Swedish words of the store's refusals, by code.
var storeWords = map[sqlite.Code]string{
	sqlite.CodeReadOnly:      "databasen är öppnad skrivskyddad; ändringen sparades inte",
	sqlite.CodeClosed:        "databasen är stängd; ändringen sparades inte",
	sqlite.CodeNotFound:      "posten finns inte längre",
	sqlite.CodeDuplicateName: "det finns redan en informationstillgång med det namnet",
	sqlite.CodeHasDecided:    "tillgången har en fastställd klassning och kan inte tas bort",
	sqlite.CodeNormExists:    "den versionen av normen finns redan i biblioteket",

	sqlite.CodeUnknownStatus:       "okänd status %q",
	sqlite.CodeUnknownAspect:       "okänd aspekt %q",
	sqlite.CodeInvalidLevel:        "ogiltig nivå %d för %s",
	sqlite.CodeUnknownAssessment:   "okänd bedömning %q",
	sqlite.CodeUnknownQuestion:     "okänd fråga %q",
	sqlite.CodeDecidedNeedsDecider: "en fastställd klassning måste ange vem som beslutade och när",
	sqlite.CodeNormStartsUndecided: "en klassning från en norm börjar ofastställd",
	sqlite.CodeNotFromNorm:         "nivån kommer inte från någon norm",
	sqlite.CodeArrivesDecided:      "en klassning fastställs bara genom beslutet; den kan inte skrivas in som fastställd",
	sqlite.CodeEarlierInFuture:     "en tidigare klassning kan inte vara gjord efter i dag (%s)",
}

// explainUnknown is the format explain gives an error it cannot class.
const explainUnknown = "Något gick fel: %v"

// CLIMessage returns the Swedish sentence for err on the command line,
// whose user has no window and no read-only open.
func CLIMessage(err error) string {
	var me *domain.ModelError
	var xe *ExistsError
	if errors.As(err, &me) || errors.As(err, &xe) {
		return err.Error() // Swedish, with the file and (for a model) the line and column
	}
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		format, args := openCLIMessage(oe)
		return fmt.Sprintf(format, args...)
	}
	if format, args := explainCLI(err); format != explainUnknown {
		return fmt.Sprintf(format, args...)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		if w, ok := storeWords[se.Code]; ok {
			// The store's code in the words, the context around it kept.
			return strings.Replace(err.Error(), se.Error(), fmt.Sprintf(w, se.Args...), 1)
		}
	}
	return err.Error()
}

// IsLocked reports whether err says that another Infoklass has the file open.
func IsLocked(err error) bool {
	var oe *sqlite.OpenError
	return errors.As(err, &oe) && oe.Kind == sqlite.Locked
}

// IsDecided reports whether err refused a change of a decided classification.
func IsDecided(err error) bool {
	return errors.Is(err, domain.ErrDecided) || errors.Is(err, sqlite.ErrHasDecided)
}

func capitalize(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// Formats lists every format that Message returns for a known error, so
// that a front end can check that it translates each one.
func Formats() []string {
	out := openFormatsAll()
	for _, e := range append(sentences, domain.ProcessingErrors...) {
		f, _, _ := Message(e)
		out = append(out, f)
	}
	for c := range storeWords {
		f, _, _ := Message(&sqlite.Error{Code: c})
		out = append(out, f)
	}
	f, _, _ := Message(&domain.BlockedError{})
	return append(out, f)
}
