package ui

import (
	"strings"

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
	keyMatrix     = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault}
)

var appKeys = []*desktop.CustomShortcut{keyNew, keyFind, keyNextAspect, keyPrevAspect, keyNextStep, keyPrevStep, keyPark, keyPresent, keyMatrix}

// helpRows are the shortcuts the help overlay lists.
var helpRows = [][2]string{
	{"1 – 4", "Välj nivå för aspekten som visas (i steget Klassning)"},
	{"Tab", "Gå till motiveringen"},
	{"R", "Tyst röstning: starta; sedan 1–4 per deltagare i listans ordning, Backsteg rättar, Enter visar rösterna"},
	{"Esc", "Lämna textfältet, så att 1–4 väljer nivå igen"},
	{"Ctrl+Enter", "Nästa aspekt eller informationstyp"},
	{"Ctrl+Skift+Enter", "Föregående aspekt"},
	{"Ctrl+PageDown / PageUp", "Nästa / föregående steg"},
	{"Ctrl+K", "Parkera en fråga"},
	{"Ctrl+M", "Klassningen som matris: piltangenterna flyttar, siffrorna väljer nivå, Enter skriver motiveringen"},
	{"Ctrl+N", "Ny informationstillgång"},
	{"Ctrl+F", "Sök i listan; Enter öppnar den första som hittas"},
	{"F5 eller Ctrl+Skift+P", "Presentationsläge av/på"},
	{"F1 eller ?", "Den här hjälpen"},
}

// installKeys wires the keyboard to the window.
func (u *UI) installKeys() {
	c := u.win.Canvas()
	for _, k := range appKeys {
		c.AddShortcut(k, func(s fyne.Shortcut) { u.shortcut(s) })
	}
	c.SetOnTypedKey(u.typedKey)
	c.SetOnTypedRune(u.typedRune)
}

// appShortcut reports whether s is one of the app's shortcuts.
func appShortcut(s fyne.Shortcut) bool {
	k, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return false
	}
	for _, x := range appKeys {
		if k.KeyName == x.KeyName && k.Modifier == x.Modifier {
			return true
		}
	}
	return false
}

// shortcut runs an app shortcut and reports whether it was one. While a
// dialog is open, none runs: the keys belong to the dialog.
func (u *UI) shortcut(s fyne.Shortcut) bool {
	k, ok := s.(*desktop.CustomShortcut)
	if !ok || u.dialogOpen() {
		return false
	}
	if same(k, keyPresent) {
		u.togglePresentation()
		return true
	}
	if s := u.keyScreen(); s != nil && s.shortcut(k) {
		return true
	}
	if u.workshop != nil && (same(k, keyNew) || same(k, keyFind)) {
		// The register's keys work in a workshop too: they go back to
		// the register, whose list they are about.
		u.showRegister()
		return u.register.shortcut(k)
	}
	return false
}

// same reports whether shortcut k is x.
func same(k, x *desktop.CustomShortcut) bool {
	return k.KeyName == x.KeyName && k.Modifier == x.Modifier
}

// keyScreen is a screen's side of the keyboard: the window handles the
// keys that mean the same everywhere and passes the rest to the screen
// shown, which reports whether it used them.
type keyScreen interface {
	shortcut(k *desktop.CustomShortcut) bool
	typedRune(r rune) bool
	typedKey(name fyne.KeyName) bool
}

// keyScreen returns the screen shown, for the keyboard, or nil.
func (u *UI) keyScreen() keyScreen {
	switch {
	case u.workshop != nil:
		return u.workshop
	case u.register != nil && u.screen == u.register.content:
		return u.register
	}
	return nil
}

// typedKey handles keys typed when no control has the focus, and F1 and
// F5 passed on from a field. With a dialog open, Esc closes it and Enter
// confirms it, and nothing else happens.
func (u *UI) typedKey(ev *fyne.KeyEvent) {
	if u.dialogOpen() {
		u.dialogKey(ev.Name)
		return
	}
	switch ev.Name {
	case fyne.KeyF1:
		u.showHelp()
	case fyne.KeyF5:
		u.togglePresentation()
	default:
		if s := u.keyScreen(); s != nil {
			s.typedKey(ev.Name)
		}
	}
}

// typedRune handles characters typed when no control has the focus: 1–4
// pick the level in the classification step, ? opens the help. With a
// dialog open, nothing happens.
func (u *UI) typedRune(r rune) {
	if u.dialogOpen() {
		return
	}
	if r == '?' {
		u.showHelp()
		return
	}
	if s := u.keyScreen(); s != nil {
		s.typedRune(r)
	}
}

// showHelp lists the keyboard shortcuts, the level digits in the
// database's numbering (0–4 in KLASSA).
func (u *UI) showHelp() {
	grid := container.NewGridWithColumns(2)
	digits := strings.NewReplacer("1 – 4", strings.ReplaceAll(u.model.Range(), "–", " – "), "1–4", u.model.Range())
	for _, r := range helpRows {
		grid.Add(widget.NewLabelWithStyle(digits.Replace(tr(r[0])), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(digits.Replace(tr(r[1]))))
	}
	d := dialog.NewCustom(tr("Kortkommandon"), tr("Stäng"), container.NewVScroll(grid), u.win)
	d.Resize(fileDialogSize(u.win.Canvas().Size()))
	d.Show()
}

// keyHandler is where a field sends the window's keys: the UI that
// shows it (see adoptFields).
type keyHandler interface {
	shortcut(fyne.Shortcut) bool
	typedKey(*fyne.KeyEvent)
}

// adoptFields makes ui the handler of the window's keys for every field
// in o, so that a focused field passes the app's shortcuts, F1 and F5 on
// instead of swallowing them.
func adoptFields(o fyne.CanvasObject, ui keyHandler) { adoptFieldsIn(o, ui, nil) }

// adoptFieldsIn is adoptFields for o shown inside the scroll page: each
// field also learns the nearest scroll around it, which the mouse wheel
// over the field scrolls.
func adoptFieldsIn(o fyne.CanvasObject, ui keyHandler, page *container.Scroll) {
	switch x := o.(type) {
	case *field:
		x.keys, x.page = ui, page
	case *fyne.Container:
		for _, c := range x.Objects {
			adoptFieldsIn(c, ui, page)
		}
	case *container.Scroll:
		adoptFieldsIn(x.Content, ui, x)
	case *container.ThemeOverride:
		adoptFieldsIn(x.Content, ui, page)
	case *container.Split:
		adoptFieldsIn(x.Leading, ui, page)
		adoptFieldsIn(x.Trailing, ui, page)
	case *levelPicker:
		x.keys = ui
	case *widget.Form:
		for _, it := range x.Items {
			adoptFieldsIn(it.Widget, ui, page)
		}
	case *widget.Card:
		adoptFieldsIn(x.Content, ui, page)
	}
}

// TypedShortcut passes the app's shortcuts on from a focused field to
// the window, which a focused entry would otherwise swallow.
func (f *field) TypedShortcut(s fyne.Shortcut) {
	if f.keys != nil && appShortcut(s) && f.keys.shortcut(s) {
		return
	}
	f.Entry.TypedShortcut(s)
}

// TypedKey lets Esc leave the field (to the level cards in the
// classification step), and passes F1 and F5 on to the window.
func (f *field) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case ev.Name == fyne.KeyEscape:
		f.Flush()
		if f.onEscape != nil {
			f.onEscape()
		} else if c := fyne.CurrentApp().Driver().CanvasForObject(f); c != nil {
			c.Unfocus()
		}
		return
	case (ev.Name == fyne.KeyF1 || ev.Name == fyne.KeyF5) && f.keys != nil:
		f.keys.typedKey(ev)
		return
	}
	f.Entry.TypedKey(ev)
}

// AcceptsTab is false for every field, multi-line ones included: Tab
// moves on to the next control instead of typing a tab character.
func (f *field) AcceptsTab() bool { return false }
