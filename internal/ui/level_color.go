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

// levelTextColor returns near-black or white, whichever has the higher
// contrast on c (WCAG relative luminance).
func levelTextColor(c color.NRGBA) color.Color {
	dark := color.NRGBA{R: 0x11, G: 0x11, B: 0x11, A: 0xff}
	if contrastRatio(dark, c) >= contrastRatio(color.White, c) {
		return dark
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
