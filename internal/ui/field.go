package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// saveDelay is how long a field waits after the last keystroke before
// it saves. Leaving the field saves at once.
const saveDelay = 600 * time.Millisecond

// field is an entry that saves itself: after a short pause in typing
// and whenever it loses focus. There is no Save button anywhere.
type field struct {
	widget.Entry
	save  func(string) error
	saved string
	timer *time.Timer

	onEscape func()            // where Esc takes the focus; nil leaves the field unfocused
	keys     keyHandler        // where the window's keys go; set by adoptFields
	page     *container.Scroll // the scroll around the field, which the wheel scrolls; set by adoptFields
}

// newField returns a one-line field showing text that calls save with
// the new text when it should be written. If save fails, the text stays
// in the field so nothing typed is lost, and the error is shown.
func newField(text string, save func(string) error) *field {
	f := &field{save: save, saved: text}
	f.ExtendBaseWidget(f)
	f.Wrapping = fyne.TextWrapOff
	f.SetText(text)
	f.OnChanged = f.changed
	f.OnSubmitted = func(string) { f.Flush() }
	return f
}

// newEntry returns a one-line entry that saves nothing itself, for
// search and adding, and that passes the window's shortcuts on like
// every field.
func newEntry() *field {
	f := newField("", nil)
	f.OnChanged = nil
	f.OnSubmitted = nil
	return f
}

// newTextArea returns a multi-line self-saving field.
func newTextArea(text string, rows int, save func(string) error) *field {
	f := newField(text, save)
	f.MultiLine = true
	f.Wrapping = fyne.TextWrapWord
	f.OnSubmitted = nil
	f.SetMinRowsVisible(rows)
	return f
}

// changed keeps a pasted line break out of a one-line field, where it
// becomes a space as the store makes it, and gives a multi-line field's
// line breaks as "\n"; then it schedules the save.
func (f *field) changed(text string) {
	tidy := domain.SpaceLineBreaks(text)
	if f.MultiLine {
		tidy = domain.MultiLine(text)
	}
	if tidy != text {
		f.SetText(tidy) // changed again, with tidy
		return
	}
	f.schedule()
}

func (f *field) schedule() {
	if f.timer != nil {
		f.timer.Stop()
	}
	f.timer = time.AfterFunc(saveDelay, func() { fyne.Do(f.Flush) })
}

// FocusLost saves what was typed.
func (f *field) FocusLost() {
	f.Entry.FocusLost()
	f.Flush()
}

// Flush saves the text now if it changed since the last save.
func (f *field) Flush() {
	if f.timer != nil {
		f.timer.Stop()
		f.timer = nil
	}
	if f.Text == f.saved || f.save == nil {
		return
	}
	text := f.Text
	if err := f.save(text); err != nil {
		f.SetValidationError(err)
		return
	}
	f.saved = text
	f.SetValidationError(nil)
}

// Reset shows text as the saved value without saving it.
func (f *field) Reset(text string) {
	if f.timer != nil {
		f.timer.Stop()
		f.timer = nil
	}
	f.saved = text
	f.OnChanged = nil
	f.SetText(text)
	f.OnChanged = f.changed
}

// cursorToEnd puts the cursor after the field's last character.
func (f *field) cursorToEnd() {
	lines := strings.Split(f.Text, "\n")
	f.CursorRow = len(lines) - 1
	f.CursorColumn = len([]rune(lines[len(lines)-1]))
	f.Refresh()
}
