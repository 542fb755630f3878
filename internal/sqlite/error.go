package sqlite

import "fmt"

// Code says which refusal of the store an *Error is. The store gives
// the code and the front ends the words (app.Message, app.CLIMessage),
// as benbjohnson/wtf's error.go keeps a code apart from the message.
type Code string

// The store's refusals.
const (
	CodeReadOnly      Code = "read_only"      // an edit on a database opened read-only
	CodeClosed        Code = "closed"         // an edit after Close
	CodeNotFound      Code = "not_found"      // the row asked for does not exist
	CodeDuplicateName Code = "duplicate_name" // another asset has the name
	CodeHasDecided    Code = "has_decided"    // deleting what holds a decided classification
	CodeNormExists    Code = "norm_exists"    // that version of the norm is in the library

	CodeUnknownStatus       Code = "unknown_status"        // Args: the status
	CodeUnknownAspect       Code = "unknown_aspect"        // Args: the aspect
	CodeInvalidLevel        Code = "invalid_level"         // Args: the level in the model's numbering, the aspect, the model's range
	CodeUnknownAssessment   Code = "unknown_assessment"    // Args: the routine assessment
	CodeUnknownQuestion     Code = "unknown_question"      // Args: the threshold question's ID
	CodeDecidedNeedsDecider Code = "decided_needs_decider" // a decided classification without who and when
	CodeNormStartsUndecided Code = "norm_starts_undecided" // a classification from a norm arriving decided
	CodeNotFromNorm         Code = "not_from_norm"         // a norm departure of a level no norm gave
	CodeArrivesDecided      Code = "arrives_decided"       // a classification written as decided: only Decide decides
	CodeEarlierInFuture     Code = "earlier_in_future"     // Args: the date of a hand-kept list's classification, after today
	CodeModelVersionTaken   Code = "model_version_taken"   // Args: the model's name, its version: stored already with other content
)

// Error is a refusal of the store: its code, and the arguments the words
// need (none for the errors below). Its Error text is for logs and
// tests, in English; a user reads the words a front end gives the code.
type Error struct {
	Code Code
	Args []any
}

func (e *Error) Error() string {
	if len(e.Args) == 0 {
		return "store: " + string(e.Code)
	}
	return fmt.Sprintf("store: %s %v", e.Code, e.Args)
}

// Is reports whether target is an *Error with the same code, so that
// errors.Is(err, ErrNotFound) holds for every not-found refusal.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code && len(t.Args) == 0
}

var (
	// ErrReadOnly is returned by every edit on a database opened read-only.
	ErrReadOnly error = &Error{Code: CodeReadOnly}
	// ErrClosed is returned by an edit that comes after Close.
	ErrClosed error = &Error{Code: CodeClosed}
	// ErrNotFound is returned when a row asked for does not exist.
	ErrNotFound error = &Error{Code: CodeNotFound}
	// ErrDuplicateName is returned when another asset has the same name,
	// ignoring case and surrounding space.
	ErrDuplicateName error = &Error{Code: CodeDuplicateName}
	// ErrHasDecided is returned when deleting what holds a decided
	// classification.
	ErrHasDecided error = &Error{Code: CodeHasDecided}
	// ErrNormExists is returned when that version of a norm is already in
	// the library.
	ErrNormExists error = &Error{Code: CodeNormExists}
)
