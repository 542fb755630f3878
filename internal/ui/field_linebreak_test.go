package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestPastedLineBreakNeverStaysInAOneLineField pastes text with a
// carriage return, CRLF, LF and U+2028 into a one-line field, and into a
// multi-line one: the one-line field shows and saves spaces, the
// multi-line field keeps each line break as "\n".
func TestPastedLineBreakNeverStaysInAOneLineField(t *testing.T) {
	a := test.NewTempApp(t)
	for _, c := range []struct {
		multi       bool
		paste, want string
	}{
		{false, "Anna\rBerg", "Anna Berg"},
		{false, "Anna\r\nBerg\n", "Anna Berg"},
		{false, "HR\u2028lön\u2029", "HR lön"},
		{true, "Rad ett\r\nrad två\rrad tre\u2028fyra", "Rad ett\nrad två\nrad tre\nfyra"},
	} {
		var saved string
		save := func(s string) error { saved = s; return nil }
		f := newField("", save)
		if c.multi {
			f = newTextArea("", 3, save)
		}
		w := a.NewWindow("fält")
		w.SetContent(f)
		w.Canvas().Focus(f)
		a.Clipboard().SetContent(c.paste)
		f.TypedShortcut(&fyne.ShortcutPaste{Clipboard: a.Clipboard()})
		f.Flush()
		shown := f.Text
		if !c.multi { // the store makes the spaces around and between words one (domain.OneLine)
			shown, saved = domain.OneLine(shown), domain.OneLine(saved)
			if strings.ContainsAny(f.Text, "\r\n\u2028\u2029") {
				t.Errorf("pasted %q: the one-line field shows %q", c.paste, f.Text)
			}
		}
		if shown != c.want || saved != c.want {
			t.Errorf("pasted %q (multi-line %v): shows %q, saved %q, want %q", c.paste, c.multi, f.Text, saved, c.want)
		}
		w.Close()
	}
}
