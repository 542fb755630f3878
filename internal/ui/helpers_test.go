package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// objects returns everything laid out in the window, overlays (dialogs) last.
func objects(w fyne.Window) []fyne.CanvasObject {
	c := w.Canvas()
	objs := test.LaidOutObjects(c.Content())
	for _, o := range c.Overlays().List() {
		objs = append(objs, test.LaidOutObjects(o)...)
	}
	return objs
}

// findButton returns the visible, enabled button whose text starts with prefix.
func findButton(t *testing.T, w fyne.Window, prefix string) *widget.Button {
	t.Helper()
	var found *widget.Button
	for _, o := range objects(w) {
		if b, ok := o.(*widget.Button); ok && b.Visible() && strings.HasPrefix(b.Text, prefix) {
			found = b // the last one wins: dialogs lie on top
		}
	}
	if found == nil {
		t.Fatalf("no button %q on screen", prefix)
	}
	return found
}

// findEntry returns the visible entry whose placeholder starts with prefix.
func findEntry(t *testing.T, w fyne.Window, prefix string) fyne.Focusable {
	t.Helper()
	var found fyne.Focusable
	for _, o := range objects(w) {
		switch e := o.(type) {
		case *widget.Entry:
			if e.Visible() && strings.HasPrefix(e.PlaceHolder, prefix) {
				found = e
			}
		case *field:
			if e.Visible() && strings.HasPrefix(e.PlaceHolder, prefix) {
				found = e
			}
		}
	}
	if found == nil {
		t.Fatalf("no entry with placeholder %q on screen", prefix)
	}
	return found
}

// findLevelCard returns the level card for level l on screen.
func findLevelCard(t *testing.T, w fyne.Window, l int) *levelCard {
	t.Helper()
	for _, o := range objects(w) {
		if c, ok := o.(*levelCard); ok && int(c.Level) == l {
			return c
		}
	}
	t.Fatalf("no level card %d on screen", l)
	return nil
}

// hasText reports whether any label or canvas text on screen contains s.
func screenHasText(w fyne.Window, s string) bool {
	for _, o := range objects(w) {
		switch x := o.(type) {
		case *widget.Label:
			if strings.Contains(x.Text, s) {
				return true
			}
		case *widget.RichText:
			if strings.Contains(x.String(), s) {
				return true
			}
		}
	}
	return false
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func errorsIsDecided(err error) bool { return app.IsDecided(err) }

// typeInto focuses e, as a click on it would, and types text into it.
func typeInto(w fyne.Window, e fyne.Focusable, text string) {
	w.Canvas().Focus(e)
	test.Type(e, text)
}

// findEntries returns the visible fields whose placeholder starts with
// prefix, in the order they are laid out.
func findEntries(w fyne.Window, prefix string) []fyne.Focusable {
	var out []fyne.Focusable
	for _, o := range objects(w) {
		if e, ok := o.(*field); ok && e.Visible() && strings.HasPrefix(e.PlaceHolder, prefix) {
			out = append(out, e)
		}
	}
	return out
}
