package ui

import (
	"reflect"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// firstFocusable returns the first enabled, visible control in o that
// takes the keyboard, looking through containers and scrolls, or nil.
func firstFocusable(o fyne.CanvasObject) fyne.Focusable {
	if o == nil || !o.Visible() {
		return nil
	}
	if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
		return nil
	}
	switch x := o.(type) {
	case *widget.Button:
		return nil // a button is a place to click, not where typing starts
	case fyne.Focusable:
		return x
	case *fyne.Container:
		// In reading order, as laid out: a border layout keeps its
		// centre before its top, but the eye starts at the top.
		objs := append([]fyne.CanvasObject(nil), x.Objects...)
		sort.SliceStable(objs, func(i, j int) bool {
			pi, pj := objs[i].Position(), objs[j].Position()
			if pi.Y != pj.Y {
				return pi.Y < pj.Y
			}
			return pi.X < pj.X
		})
		for _, c := range objs {
			if f := firstFocusable(c); f != nil {
				return f
			}
		}
	case *container.Scroll:
		return firstFocusable(x.Content)
	case *container.ThemeOverride:
		return firstFocusable(x.Content)
	case *container.Split:
		if f := firstFocusable(x.Leading); f != nil {
			return f
		}
		return firstFocusable(x.Trailing)
	case *widget.Form:
		for _, it := range x.Items {
			if f := firstFocusable(it.Widget); f != nil {
				return f
			}
		}
	case *widget.Card:
		return firstFocusable(x.Content)
	}
	return nil
}

// dialogOpen reports whether a dialog lies over the window: then the
// window's shortcuts and level keys do nothing.
func (u *UI) dialogOpen() bool { return u.win.Canvas().Overlays().Top() != nil }

// dialogKey lets Esc close and Enter confirm the dialog on top, as its
// buttons would: Esc taps the dismissing button, Enter the confirming
// (or only) one. It reports whether the key was used.
func (u *UI) dialogKey(name fyne.KeyName) bool {
	top := topPopUp(u.win.Canvas().Overlays().Top())
	if top == nil {
		return false
	}
	var dismiss, confirm *widget.Button
	buttons := dialogButtons(top.Content)
	if len(buttons) == 0 { // a file dialog: find its Cancel among all its buttons
		for _, b := range allButtons(top.Content) {
			switch {
			case b.Importance == widget.HighImportance:
				confirm = b
			case b.Text == lang.L("Cancel"):
				dismiss = b
			}
		}
	}
	for _, b := range buttons {
		if b.Importance == widget.HighImportance || b.Importance == widget.DangerImportance {
			confirm = b
		} else if dismiss == nil {
			dismiss = b
		}
	}
	if confirm == nil {
		confirm = dismiss // an information: Enter closes it too
	}
	var b *widget.Button
	switch name {
	case fyne.KeyEscape:
		b = dismiss
	case fyne.KeyReturn, fyne.KeyEnter:
		b = confirm
	}
	if b == nil || b.Disabled() || b.OnTapped == nil {
		return false
	}
	b.OnTapped()
	return true
}

// dialogButtons returns the buttons of a dialog's own button row: Fyne
// lays a dialog out as icon, background, content, buttons and title.
func dialogButtons(o fyne.CanvasObject) []*widget.Button {
	c, ok := o.(*fyne.Container)
	if !ok || len(c.Objects) < 4 {
		return nil
	}
	row, ok := c.Objects[3].(*fyne.Container)
	if !ok {
		return nil
	}
	return allButtons(row)
}

// allButtons returns the visible buttons in o, through containers.
func allButtons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if x.Visible() {
				out = append(out, x)
			}
		case *fyne.Container:
			for _, y := range x.Objects {
				walk(y)
			}
		}
	}
	walk(o)
	return out
}

// topPopUp returns the pop-up that overlay o shows, or nil. Fyne wraps a
// shown pop-up in an overlay container of its own, whose Content is the
// pop-up.
func topPopUp(o fyne.CanvasObject) *widget.PopUp {
	if p, ok := o.(*widget.PopUp); ok {
		return p
	}
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	p, _ := f.Interface().(*widget.PopUp)
	return p
}
