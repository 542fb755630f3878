package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/infoklass/infoklass/internal/domain"
)

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	f := func(v uint32) float64 {
		x := float64(v) / 65535
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*f(r) + 0.7152*f(g) + 0.0722*f(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// TestLevelColours checks that every level badge reads in both themes:
// its text has contrast against its colour, the colours differ, and the
// badge says the level in words ("K3"), never colour alone.
func TestLevelColours(t *testing.T) {
	test.NewTempApp(t)
	m := domain.DefaultModel()
	seen := map[color.NRGBA]bool{}
	for _, l := range m.Levels {
		bg := levelColor(m, l.Level)
		if seen[bg] {
			t.Errorf("level %d shares its colour", l.Level)
		}
		seen[bg] = true
		if c := contrast(bg, levelTextColor(bg)); c < 3 {
			t.Errorf("level %d: text contrast %.1f", l.Level, c)
		}
		b := newBadge()
		b.set(m, domain.Availability, l.Level)
		if b.text.Text != domain.Label(domain.Availability, l.Level) {
			t.Errorf("badge text %q", b.text.Text)
		}
	}
	for _, v := range []string{"light", "dark"} {
		th := &appTheme{Theme: theme.DefaultTheme(), scale: 1, variant: v}
		bg := th.Color(theme.ColorNameBackground, theme.VariantDark)
		if v == "light" && luminance(bg) < 0.5 || v == "dark" && luminance(bg) > 0.5 {
			t.Errorf("%s theme has background %v", v, bg)
		}
	}
}
