package ui

import (
	"unicode"

	"fyne.io/fyne/v2/dialog"

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
