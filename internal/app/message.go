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

// sentences are errors a user can act on, by the code of their words.
var sentences = []struct {
	err  error
	code string
}{
	{domain.ErrNameRequired, "asset.name_required"},
	{domain.ErrDecided, "classification.decided"},
	{domain.ErrParkedFixed, "parked.fixed"},
	{domain.ErrNoDecisionMaker, "decision.no_decider"},
	{errNotDecided, "followup.not_decided"},
	{ErrClassificationOngoing, "classification.ongoing"},
	{domain.ErrVoteRevealed, "vote.revealed"},
	{xlsx.ErrNotNorm, "norm.not_norm"},
	{domain.ErrEmptyQuestion, "parked.empty"},
	{errCopyOntoItself, "copy.onto_itself"},
	{errNoClassification, "classification.none"},
	{errDecidedNeedsDecision, "status.decided_needs_decision"},
	{xlsx.ErrEncrypted, "workbook.encrypted"},
	{xlsx.ErrOldFormat, "workbook.old_format"},
	{xlsx.ErrNotWorkbook, "workbook.not_workbook"},
}

// workbookErrors are the errors of a workbook to read or a file to
// write whose text goes on with what was found ("arbetsboken är för stor …: filen är 600 MB, gränsen är
// 512 MB"); the words take that detail as their argument.
var workbookErrors = []struct {
	err  error
	code string
}{
	{xlsx.ErrTooLarge, "workbook.too_large"},
	{xlsx.ErrDamaged, "workbook.damaged"},
	{xlsx.ErrBrokenXML, "workbook.broken_xml"},
	{xlsx.ErrNotFile, "workbook.not_file"},
	{ErrTargetIsDatabase, "export.target_is_database"},
	{ErrBadTarget, "export.bad_target"},
}

// workbookDetail is what err tells after the words of sentinel, as a
// sentence of its own ("" when nothing follows).
func workbookDetail(err, sentinel error) string {
	msg := err.Error()
	i := strings.Index(msg, sentinel.Error())
	if i < 0 {
		return ""
	}
	d := strings.TrimSpace(strings.TrimPrefix(msg[i+len(sentinel.Error()):], ":"))
	if d == "" {
		return ""
	}
	return capitalize(strings.TrimSuffix(d, ".")) + "."
}

func capitalize(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// storeCode is the code of the words for the store's refusal c.
func storeCode(c sqlite.Code) string { return "store." + string(c) }

// codeUnknown is the code of an error Infoklass does not know: "Något
// gick fel" and the error's text.
const codeUnknown = "unknown"

// Describe returns the message for err that a user can act on: the code
// of its words in the catalogue and their arguments. ok is false for an
// error Infoklass does not know, whose text is technical; the Text is
// then codeUnknown with the error's text.
func Describe(err error) (t Text, ok bool) {
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		return openMessage(oe), true
	}
	if t, ok := describeOwn(err); ok {
		return t, true
	}
	if t, ok = fileMessage(err); ok {
		return t, true // a full disk, naming the user's file
	}
	if t = explain(err); t.Code != codeUnknown {
		return t, true // disk full, permission, not found, …
	}
	if t, ok = driverMessage(err); ok {
		return t, true
	}
	return Text{Code: codeUnknown, Args: []any{err.Error()}}, false
}

// describeOwn is Describe for Infoklass's own errors: a model, a file
// that exists, a blocked decision, the sentences and the store's codes.
func describeOwn(err error) (Text, bool) {
	var me *domain.ModelError
	if errors.As(err, &me) {
		return Text{"model.invalid", []any{me.Error()}}, true
	}
	var xe *ExistsError
	if errors.As(err, &xe) {
		return Text{"new.exists", []any{xe.Path}}, true
	}
	var be *domain.BlockedError
	if errors.As(err, &be) {
		return Text{"decision.blocked", []any{len(be.Blockers)}}, true
	}
	for _, k := range sentences {
		if errors.Is(err, k.err) {
			return Text{Code: k.code}, true
		}
	}
	for _, k := range workbookErrors {
		if errors.Is(err, k.err) {
			return Text{k.code, []any{workbookDetail(err, k.err)}}, true
		}
	}
	if t, ok := textMessage(err); ok {
		return t, true
	}
	var rf *domain.Refusal
	if errors.As(err, &rf) {
		return Text{rf.Code, rf.Args}, true
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		if _, ok := catalogue[Swedish][storeCode(se.Code)]; ok {
			return Text{storeCode(se.Code), se.Args}, true
		}
	}
	return Text{}, false
}

// textMessage is the message of a name or text refused for a character
// in it or for its length.
func textMessage(err error) (Text, bool) {
	var ne *domain.NameError
	if errors.As(err, &ne) {
		if ne.Field != "" {
			return Text{"text.field_character", []any{ne.Field, ne.What, ne.Rune, ne.Pos}}, true
		}
		return Text{"text.name_character", []any{ne.Name, ne.What, ne.Rune, ne.Pos}}, true
	}
	var le *domain.TextLengthError
	if errors.As(err, &le) {
		if le.What != "Namnet" {
			return Text{"text.field_too_long", []any{le.What, le.Chars, domain.MaxTextChars}}, true
		}
		return Text{"text.name_too_long", []any{le.What, le.Chars, domain.MaxTextChars}}, true
	}
	return Text{}, false
}

// Message returns Describe's message for err in Swedish, as a format and
// its arguments. ok is false for an error Infoklass does not know, whose
// format is then "%s" with the error's text.
func Message(err error) (format string, args []any, ok bool) {
	t, ok := Describe(err)
	if !ok {
		return "%s", t.Args, false
	}
	return t.Format(Swedish), t.Args, true
}

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
		return openCLIMessage(oe).In(Swedish)
	}
	if t, ok := fileMessage(err); ok {
		return t.In(Swedish)
	}
	if t := explainCLI(err); t.Code != codeUnknown {
		return t.In(Swedish)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		if t, ok := describeOwn(se); ok {
			// The store's code in the words, the context around it kept.
			return strings.Replace(err.Error(), se.Error(), clause(t.In(Swedish)), 1)
		}
	}
	if t, ok := driverMessage(err); ok {
		return t.In(Swedish)
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

// unknownText is the text of an error no class covers.
func unknownText(err error) Text { return Text{Code: codeUnknown, Args: []any{fmt.Sprint(err)}} }
