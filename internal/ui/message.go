package ui

import (
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"github.com/infoklass/infoklass/internal/app"
)

// message returns a text for err that a user can act on, in the user's
// language: the words of its code in app's catalogue.
func message(err error) string {
	t, ok := app.Describe(err)
	if !ok {
		return trf("Något gick fel och ändringen kunde inte sparas. Det du skrivit finns kvar på skärmen.\n\nTekniska detaljer: %s", err.Error())
	}
	return t.In(uiLang())
}

// uiLang is the catalogue's language the interface speaks.
func uiLang() app.Lang {
	if english() {
		return app.English
	}
	return app.Swedish
}

func capitalize(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// showError tells the user in Swedish what went wrong.
func (u *UI) showError(title string, err error) {
	if err == nil {
		return
	}
	d := dialog.NewInformation(title, message(err), u.win)
	d.Show()
}

// showMessage shows a dialog of text (wrapped labels, in a scroll if it
// is long) sized to its message: as wide as a line reads well, at most
// the window less a margin, and as high as the text at that width needs.
// A custom dialog is otherwise as small as a scroll's minimum, a few
// words wide.
func showMessage(title, dismiss string, body fyne.CanvasObject, win fyne.Window) dialog.Dialog {
	d := dialog.NewCustom(title, dismiss, container.NewVScroll(body), win)
	d.Resize(messageSize(body, win.Canvas().Size()))
	d.Show()
	return d
}

// messageSize is the size of a dialog showing body in a window of size
// win: 640 wide or the window less 80, and body's height at that width
// with the dialog's title and button, at most the window less 40.
func messageSize(body fyne.CanvasObject, win fyne.Size) fyne.Size {
	w := float32(640)
	if win.Width > 0 {
		w = min(w, win.Width-80)
	}
	inner := w - 2*theme.Padding() - 2*theme.InnerPadding()
	h := body.MinSize().Height
	for range 3 { // a wrapped text's height follows the width it was laid out at
		body.Resize(fyne.NewSize(inner, h))
		h = body.MinSize().Height
	}
	h += 3*theme.TextSize() + 6*theme.Padding() + theme.InputBorderSize()*2 + 40 // title, button, paddings
	if win.Height > 0 {
		h = min(h, win.Height-40)
	}
	return fyne.NewSize(w, h)
}
