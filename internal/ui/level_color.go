package ui

import (
	"image/color"
	"strconv"

	"github.com/infoklass/infoklass/internal/domain"
)

// unsetColor is the colour of a level not yet chosen.
var unsetColor = color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0xff}

// levelColor returns the model's colour for level l, grey when unset.
func levelColor(m *domain.Model, l domain.Level) color.NRGBA {
	info, ok := m.Level(l)
	if !ok {
		return unsetColor
	}
	return parseHex(info.Color)
}

// levelTextColor returns black or white, whichever reads better on c.
func levelTextColor(c color.NRGBA) color.Color {
	// relative luminance, rough sRGB weights
	lum := 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)
	if lum > 135 {
		return color.NRGBA{R: 0x1a, G: 0x1a, B: 0x1a, A: 0xff}
	}
	return color.White
}

func parseHex(s string) color.NRGBA {
	if len(s) != 7 || s[0] != '#' {
		return unsetColor
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return unsetColor
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}
