package ui

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/infoklass/infoklass/internal/domain"
)

// minContrast is WCAG AA for normal text.
const minContrast = 4.5

// TestTextContrast checks every colour Fyne draws text in against every
// surface it draws text on, in the light and the dark theme and on the
// locked screens' theme: at least 4.5:1. Surfaces that Fyne blends
// (selection, hover, focus) are checked as blended.
func TestTextContrast(t *testing.T) {
	test.NewTempApp(t)
	texts := []fyne.ThemeColorName{
		theme.ColorNameForeground, // ordinary text
		theme.ColorNameDisabled,   // LowImportance labels, disabled widgets
		theme.ColorNamePrimary,    // HighImportance labels
		theme.ColorNameHyperlink,
		theme.ColorNameError,   // DangerImportance
		theme.ColorNameWarning, // WarningImportance
		theme.ColorNameSuccess, // SuccessImportance
	}
	for _, v := range []string{"light", "dark"} {
		app := &appTheme{Theme: theme.DefaultTheme(), scale: 1, variant: v}
		for _, th := range []struct {
			name string
			fyne.Theme
		}{{v, app}, {v + " locked", readOnlyTheme{app}}} {
			col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
			bg := col(theme.ColorNameBackground)
			button := col(theme.ColorNameButton)
			surfaces := map[string]color.Color{
				"background":         bg,
				"input":              over(col(theme.ColorNameInputBackground), bg),
				"button":             over(button, bg),
				"disabled button":    over(col(theme.ColorNameDisabledButton), bg),
				"hovered button":     over(col(theme.ColorNameHover), over(button, bg)),
				"focused button":     over(col(theme.ColorNameFocus), over(button, bg)),
				"header":             over(col(theme.ColorNameHeaderBackground), bg),
				"menu":               over(col(theme.ColorNameMenuBackground), bg),
				"dialog":             over(col(theme.ColorNameOverlayBackground), bg),
				"selected row":       over(col(theme.ColorNameSelection), bg),
				"hovered row":        over(col(theme.ColorNameHover), bg),
				"selected input row": over(col(theme.ColorNameSelection), over(col(theme.ColorNameInputBackground), bg)),
			}
			check := func(what string, fg, on color.Color) {
				if c := contrastRatio(fg, on); c < minContrast {
					t.Errorf("%s: %s has contrast %.2f", th.name, what, c)
				}
			}
			// Every text colour is drawn on the window, in lists (their
			// rows selected or hovered), headers, menus and dialogs; text
			// in the foreground colour also in fields and on buttons, and
			// disabled text in disabled fields and on disabled buttons.
			for _, n := range texts {
				for _, s := range []string{"background", "header", "menu", "dialog", "selected row", "hovered row"} {
					check(fmt.Sprintf("%s text on %s", n, s), col(n), surfaces[s])
				}
			}
			for _, s := range []string{"input", "button", "hovered button", "focused button", "selected input row"} {
				check("text on "+s, col(theme.ColorNameForeground), surfaces[s])
			}
			for _, s := range []string{"input", "disabled button"} {
				check("disabled text on "+s, col(theme.ColorNameDisabled), surfaces[s])
			}
			for _, s := range []string{"input", "background"} {
				check("placeholder on "+s, col(theme.ColorNamePlaceHolder), surfaces[s])
			}
			for fill, fg := range map[fyne.ThemeColorName]fyne.ThemeColorName{
				theme.ColorNamePrimary: theme.ColorNameForegroundOnPrimary,
				theme.ColorNameError:   theme.ColorNameForegroundOnError,
				theme.ColorNameWarning: theme.ColorNameForegroundOnWarning,
				theme.ColorNameSuccess: theme.ColorNameForegroundOnSuccess,
			} {
				base := over(col(fill), bg)
				check(fmt.Sprintf("%s on a %s button", fg, fill), col(fg), base)
				check(fmt.Sprintf("%s on a focused %s button", fg, fill), col(fg), over(col(theme.ColorNameFocus), base))
				check(fmt.Sprintf("%s on a hovered %s button", fg, fill), col(fg), over(col(theme.ColorNameHover), base))
			}
			// A progress bar's text lies on the bar and on its faded rest.
			bar := barTheme{th.Theme}
			barCol := func(n fyne.ThemeColorName) color.Color { return bar.Color(n, theme.VariantLight) }
			full := over(barCol(theme.ColorNamePrimary), bg)
			faded := over(rgbaHalf(barCol(theme.ColorNamePrimary)), bg)
			check("progress text on the bar", barCol(theme.ColorNameForegroundOnPrimary), full)
			check("progress text beside the bar", barCol(theme.ColorNameForegroundOnPrimary), faded)
			// A placeholder must not pass for a value.
			if c := contrastRatio(col(theme.ColorNamePlaceHolder), col(theme.ColorNameForeground)); c < 2 {
				t.Errorf("%s: placeholder and text differ only %.2f:1", th.name, c)
			}
		}
	}
	m := domain.DefaultModel()
	for _, l := range append([]domain.Level{domain.Unset}, levels(m)...) {
		bg := levelColor(m, l)
		if c := contrastRatio(levelTextColor(bg), bg); c < minContrast {
			t.Errorf("level %d: text contrast %.2f", l, c)
		}
	}
}

func levels(m *domain.Model) []domain.Level {
	var out []domain.Level
	for _, l := range m.Levels {
		out = append(out, l.Level)
	}
	return out
}

// rgbaHalf is c at half its alpha, as Fyne fades a progress bar's rest.
func rgbaHalf(c color.Color) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A /= 2
	return n
}
