package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/infoklass/infoklass/internal/domain"
)

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
		if c := contrastRatio(bg, levelTextColor(bg)); c < 4.5 {
			t.Errorf("level %d: text contrast %.1f", l.Level, c)
		}
		b := newBadge()
		b.set(m, domain.Availability, l.Level)
		if b.text.Text != m.LevelLabel(domain.Availability, l.Level) {
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
