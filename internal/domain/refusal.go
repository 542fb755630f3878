package domain

import "fmt"

// Refusal is a rule's refusal with a stable code and the arguments of
// its words. The words a user reads, Swedish and English, are the front
// ends' (app's catalogue, keyed by Code, the Swedish sentence there
// being the text here begun with a capital and ended with a full stop);
// Error is the Swedish text, for the command line's context and logs.
type Refusal struct {
	Code string
	Args []any
	text string
}

// Refuse returns the refusal code, whose Swedish words are format with
// args.
func Refuse(code, format string, args ...any) *Refusal {
	return &Refusal{Code: code, Args: args, text: fmt.Sprintf(format, args...)}
}

func (r *Refusal) Error() string { return r.text }
