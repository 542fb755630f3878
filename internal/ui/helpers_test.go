package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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
