package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The keyboard shortcuts. Ctrl is Cmd on macOS.
var (
	keyNew        = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	keyFind       = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	keyNextAspect = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}
	keyPrevAspect = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyNextStep   = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	keyPrevStep   = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
	keyPark       = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}
	keyPresent    = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

var appKeys = []*desktop.CustomShortcut{keyNew, keyFind, keyNextAspect, keyPrevAspect, keyNextStep, keyPrevStep, keyPark, keyPresent}

// helpRows are the shortcuts the help overlay lists.
var helpRows = [][2]string{
	{"1 – 4", "Välj nivå för aspekten som visas (i steget Klassning)"},
	{"Tab", "Gå till motiveringen"},
	{"Esc", "Lämna textfältet, så att 1–4 väljer nivå igen"},
	{"Ctrl+Enter", "Nästa aspekt eller informationstyp"},
	{"Ctrl+Skift+Enter", "Föregående aspekt"},
	{"Ctrl+PageDown / PageUp", "Nästa / föregående steg"},
	{"Ctrl+K", "Parkera en fråga"},
	{"Ctrl+N", "Ny informationstillgång"},
	{"Ctrl+F", "Sök i listan"},
	{"F5 eller Ctrl+Skift+P", "Presentationsläge av/på"},
	{"F1 eller ?", "Den här hjälpen"},
}

// shortcutHooks lets a self-saving field pass the app's shortcuts on:
// a focused entry otherwise swallows them.
var shortcutHooks = map[fyne.Canvas]func(fyne.Shortcut) bool{}

// installKeys wires the keyboard to the window.
func (u *UI) installKeys() {
	c := u.win.Canvas()
	for _, k := range appKeys {
		c.AddShortcut(k, func(s fyne.Shortcut) { u.shortcut(s) })
	}
	c.SetOnTypedKey(u.typedKey)
	c.SetOnTypedRune(u.typedRune)
	shortcutHooks[c] = u.shortcut
}

// shortcut runs an app shortcut and reports whether it was one.
func (u *UI) shortcut(s fyne.Shortcut) bool {
	k, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return false
	}
	same := func(x *desktop.CustomShortcut) bool { return k.KeyName == x.KeyName && k.Modifier == x.Modifier }
	w := u.workshop
	switch {
	case same(keyPresent):
		u.togglePresentation()
	case same(keyNew) && w == nil && u.register != nil:
		u.register.addAsset()
	case same(keyFind) && w == nil && u.register != nil:
		u.win.Canvas().Focus(u.register.search)
	case same(keyNextAspect) && w != nil && w.current == stepClassify:
		w.classify.next()
	case same(keyPrevAspect) && w != nil && w.current == stepClassify:
		w.classify.prev()
	case same(keyNextStep) && w != nil:
		w.show(w.current + 1)
	case same(keyPrevStep) && w != nil:
		w.show(w.current - 1)
	case same(keyPark) && w != nil:
		w.parkQuestion()
	default:
		return false
	}
	return true
}

// typedKey handles keys typed when no field has the focus.
func (u *UI) typedKey(ev *fyne.KeyEvent) {
	w := u.workshop
	switch ev.Name {
	case fyne.KeyF1:
		u.showHelp()
	case fyne.KeyF5:
		u.togglePresentation()
	case fyne.KeyTab:
		if w != nil && w.current == stepClassify && w.classify.motivation != nil && !w.locked {
			u.win.Canvas().Focus(w.classify.motivation)
		}
	}
}

// typedRune handles characters typed when no field has the focus: 1–4
// pick the level in the classification step, ? opens the help.
func (u *UI) typedRune(r rune) {
	w := u.workshop
	switch {
	case r == '?':
		u.showHelp()
	case r >= '1' && r <= '9' && w != nil && w.current == stepClassify && !w.locked:
		if l := int(r - '0'); l <= len(u.model.Levels) && w.classify.cards != nil {
			w.classify.choose(w.classify.cards[l-1].Level)
		}
	}
}

// showHelp lists the keyboard shortcuts.
func (u *UI) showHelp() {
	grid := container.NewGridWithColumns(2)
	for _, r := range helpRows {
		grid.Add(widget.NewLabelWithStyle(tr(r[0]), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(tr(r[1])))
	}
	d := dialog.NewCustom(tr("Kortkommandon"), tr("Stäng"), grid, u.win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// TypedShortcut passes the app's shortcuts on from a focused field.
func (f *field) TypedShortcut(s fyne.Shortcut) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(f); c != nil {
		if hook := shortcutHooks[c]; hook != nil && hook(s) {
			return
		}
	}
	f.Entry.TypedShortcut(s)
}

// TypedKey lets Esc leave the field, so that 1–4 pick levels again.
func (f *field) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(f); c != nil {
			f.Flush()
			c.Unfocus()
			return
		}
	}
	f.Entry.TypedKey(ev)
}
