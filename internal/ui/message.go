package ui

import (
	"errors"
	"unicode"

	"fyne.io/fyne/v2/dialog"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// known are errors whose own text is a complete Swedish sentence for the user.
var known = []error{
	domain.ErrNameRequired,
	sqlite.ErrNotFound,
	sqlite.ErrDuplicateName,
	sqlite.ErrHasDecided,
	sqlite.ErrReadOnly,
}

// message returns a Swedish text for err that a user can act on.
func message(err error) string {
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		format, args := oe.Message()
		return trf(format, args...)
	}
	for _, k := range known {
		if errors.Is(err, k) {
			return tr(capitalize(k.Error()) + ".")
		}
	}
	return tr("Något gick fel och ändringen kunde inte sparas. Det du skrivit finns kvar på skärmen.\n\nTekniska detaljer: ") + err.Error()
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
