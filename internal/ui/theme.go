package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Infoklass's theme: the default look with text and targets
// large enough to read on a projector. Scale enlarges it further for
// presentation.
type appTheme struct {
	fyne.Theme
	scale   float32
	variant string // "light", "dark", or "" to follow the system
}

func newTheme() *appTheme { return &appTheme{Theme: theme.DefaultTheme(), scale: 1} }

// Size returns the default size for name, enlarged for the room.
func (t *appTheme) Size(name fyne.ThemeSizeName) float32 {
	base := t.Theme.Size(name)
	switch name {
	case theme.SizeNameText:
		base = 16
	case theme.SizeNameHeadingText:
		base = 26
	case theme.SizeNameSubHeadingText:
		base = 20
	case theme.SizeNameCaptionText:
		base = 13
	case theme.SizeNameInputBorder:
		base = 2
	}
	return base * t.scale
}

// Color returns the default colour, with a calmer primary colour.
func (t *appTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.variant {
	case "light":
		v = theme.VariantLight
	case "dark":
		v = theme.VariantDark
	}
	if name == theme.ColorNamePrimary {
		return color.NRGBA{R: 0x1f, G: 0x5f, B: 0xa8, A: 0xff}
	}
	return t.Theme.Color(name, v)
}

// readOnlyTheme shows disabled widgets in the normal text colour, so that a
// locked, decided classification stays readable from the back of a room.
type readOnlyTheme struct{ fyne.Theme }

// Color returns the foreground colour for disabled text.
func (t readOnlyTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if name == theme.ColorNameDisabled {
		return t.Theme.Color(theme.ColorNameForeground, v)
	}
	return t.Theme.Color(name, v)
}
