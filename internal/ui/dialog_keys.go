package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// dialogArea is a multi-line text field for a dialog: Enter starts a new
// line, Tab moves on to the next control instead of typing a tab, and
// Ctrl+Enter confirms the dialog.
type dialogArea struct {
	widget.Entry
	submit func() // what Ctrl+Enter does; set by formKeys
}

// newDialogArea returns an empty, word-wrapping dialogArea.
func newDialogArea() *dialogArea {
	e := &dialogArea{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false: Tab moves the focus on.
func (e *dialogArea) AcceptsTab() bool { return false }

// TypedShortcut confirms the dialog on Ctrl+Enter.
func (e *dialogArea) TypedShortcut(s fyne.Shortcut) {
	if k, ok := s.(*desktop.CustomShortcut); ok && e.submit != nil && confirmKey(k) {
		e.submit()
		return
	}
	e.Entry.TypedShortcut(s)
}

// confirmKey reports whether k is Ctrl+Enter (Cmd+Enter on a Mac).
func confirmKey(k *desktop.CustomShortcut) bool {
	return (k.KeyName == fyne.KeyReturn || k.KeyName == fyne.KeyEnter) && k.Modifier == fyne.KeyModifierShortcutDefault
}

// formKeys lets the keyboard confirm form dialog d: Enter in each of its
// one-line fields, Ctrl+Enter in each of its multi-line ones. The dialog
// is confirmed only when every field passes its validation, which then
// shows what is wrong, so that a key never confirms what the button
// would refuse.
func formKeys(d *dialog.FormDialog, items []*widget.FormItem) {
	submit := func() {
		for _, it := range items {
			if v, ok := it.Widget.(fyne.Validatable); ok && v.Validate() != nil {
				return
			}
		}
		d.Submit()
	}
	for _, it := range items {
		switch x := it.Widget.(type) {
		case *dialogArea:
			x.submit = submit
		case *widget.Entry:
			if !x.MultiLine {
				x.OnSubmitted = func(string) { submit() }
			}
		}
	}
}
