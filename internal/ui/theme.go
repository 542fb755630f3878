package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// appTheme is Infoklass's theme: the default look with text and targets
// large enough to read on a projector, and colours that give all text a
// contrast of at least 4.5:1 (contrast_test.go). Scale enlarges it
// further for presentation.
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

func rgb(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

func rgba(v uint32, a uint8) color.NRGBA {
	c := rgb(v)
	c.A = a
	return c
}

// lightColors and darkColors replace the default colours that are too
// faint for text: Fyne draws a LowImportance label and disabled text in
// ColorNameDisabled, and Importance text in primary, error, warning and
// success. The rest comes from the default theme.
var (
	lightColors = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameForeground:          rgb(0x202020),
		theme.ColorNameDisabled:            rgb(0x5f5f5f),
		theme.ColorNamePlaceHolder:         rgb(0x6b6b6b),
		theme.ColorNamePrimary:             rgb(0x1f5fa8),
		theme.ColorNameHyperlink:           rgb(0x1f5fa8),
		theme.ColorNameForegroundOnPrimary: rgb(0xffffff),
		theme.ColorNameError:               rgb(0xb71c1c),
		theme.ColorNameForegroundOnError:   rgb(0xffffff),
		theme.ColorNameWarning:             rgb(0x9a4a00),
		theme.ColorNameForegroundOnWarning: rgb(0xffffff),
		theme.ColorNameSuccess:             rgb(0x176a28),
		theme.ColorNameForegroundOnSuccess: rgb(0xffffff),
		theme.ColorNameSelection:           rgba(0x1f5fa8, 0x24),
		theme.ColorNameFocus:               rgba(0x1f5fa8, 0x40),
	}
	darkColors = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameForeground:          rgb(0xf3f3f3),
		theme.ColorNameDisabled:            rgb(0xa3a3a3),
		theme.ColorNamePlaceHolder:         rgb(0x9a9a9a),
		theme.ColorNamePrimary:             rgb(0x6aa6ee),
		theme.ColorNameHyperlink:           rgb(0x6aa6ee),
		theme.ColorNameForegroundOnPrimary: rgb(0x111111),
		theme.ColorNameError:               rgb(0xff7a70),
		theme.ColorNameForegroundOnError:   rgb(0x111111),
		theme.ColorNameWarning:             rgb(0xffa726),
		theme.ColorNameForegroundOnWarning: rgb(0x111111),
		theme.ColorNameSuccess:             rgb(0x5fd35f),
		theme.ColorNameForegroundOnSuccess: rgb(0x111111),
		theme.ColorNameSelection:           rgba(0x6aa6ee, 0x38),
		theme.ColorNameFocus:               rgba(0x6aa6ee, 0x50),
	}
)

// Color returns the theme's colour for name in the chosen variant.
func (t *appTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.variant {
	case "light":
		v = theme.VariantLight
	case "dark":
		v = theme.VariantDark
	}
	colors := darkColors // as Fyne: any variant but light is dark
	if v == theme.VariantLight {
		colors = lightColors
	}
	if c, ok := colors[name]; ok {
		return c
	}
	return t.Theme.Color(name, v)
}

// readOnlyTheme shows disabled widgets in the normal text colour, so that a
// locked, decided classification stays readable from the back of a room.
// Fyne draws a disabled entry's placeholder in that colour too, so locked
// screens rewrite their placeholders (lockedView).
type readOnlyTheme struct{ fyne.Theme }

// Color returns the foreground colour for disabled text.
func (t readOnlyTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if name == theme.ColorNameDisabled {
		return t.Theme.Color(theme.ColorNameForeground, v)
	}
	return t.Theme.Color(name, v)
}

// lockedView shows a locked step in readOnlyTheme. Fyne draws a disabled
// field's placeholder in the disabled colour, which readOnlyTheme makes
// the text colour, so a hint would read as a value: the placeholders of
// empty fields say instead that nothing was filled in.
func lockedView(body fyne.CanvasObject, th fyne.Theme) fyne.CanvasObject {
	markEmpty(body)
	return container.NewThemeOverride(body, readOnlyTheme{th})
}

// emptyText is what a locked empty field shows in place of its hint.
func emptyText(hint string) string {
	switch {
	case strings.HasPrefix(hint, tr("Inte ifyllt")):
		return hint // marked already
	case hint == "":
		return tr("Inte ifyllt")
	}
	return trf("Inte ifyllt: %s", hint)
}

// markEmpty rewrites the placeholders of the disabled entries and
// selects in o and everything it holds.
func markEmpty(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *field:
		if x.Disabled() {
			x.SetPlaceHolder(emptyText(x.PlaceHolder))
		}
	case *widget.Entry:
		if x.Disabled() {
			x.SetPlaceHolder(emptyText(x.PlaceHolder))
		}
	case *widget.SelectEntry:
		if x.Disabled() {
			x.SetPlaceHolder(emptyText(x.PlaceHolder))
		}
	case *widget.Select:
		if x.Disabled() {
			x.PlaceHolder = emptyText("")
			x.Refresh()
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			markEmpty(c)
		}
	case *container.Scroll:
		markEmpty(x.Content)
	case *container.Split:
		markEmpty(x.Leading)
		markEmpty(x.Trailing)
	case *container.ThemeOverride:
		markEmpty(x.Content)
	case *widget.Card:
		markEmpty(x.Content)
	case *widget.Form:
		for _, it := range x.Items {
			markEmpty(it.Widget)
		}
	case *widget.Accordion:
		for _, it := range x.Items {
			markEmpty(it.Detail)
		}
	}
}

// barTheme colours a progress bar, whose one text colour Fyne draws both
// on the filled bar and on its half-transparent rest: a light bar with
// dark text in the light theme, a dark bar with white text in the dark
// one, so that the text reads on either part (contrast_test.go).
type barTheme struct{ fyne.Theme }

// Color returns the bar's primary colour and its text colour.
func (t barTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	dark := luminance(t.Theme.Color(theme.ColorNameBackground, v)) < 0.5
	switch {
	case name == theme.ColorNamePrimary && dark:
		return rgb(0x1f5fa8)
	case name == theme.ColorNamePrimary:
		return rgb(0x9cc3f0)
	case name == theme.ColorNameForegroundOnPrimary && dark:
		return rgb(0xffffff)
	case name == theme.ColorNameForegroundOnPrimary:
		return rgb(0x111111)
	}
	return t.Theme.Color(name, v)
}
