package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"golang.org/x/sys/windows"
)

var procUILanguage = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetUserDefaultUILanguage")

// systemLanguage returns the Windows display language (the user's UI
// language, not the regional format) as "en" or "sv", or "" for another.
func systemLanguage() string {
	if procUILanguage.Find() != nil {
		return ""
	}
	id, _, _ := procUILanguage.Call()
	return languageOfLANGID(uint16(id))
}

// forceLanguage makes Fyne speak l. Fyne picks its translation by the
// Windows regional format (GetUserDefaultLocaleName) and ignores LC_ALL,
// so the translation file of l is registered once more under that
// locale, where it is the closest match.
func forceLanguage(l string) {
	data, err := translations.ReadFile("translations/" + l + ".json")
	if err != nil {
		return
	}
	if err := lang.AddTranslationsForLocale(data, lang.SystemLocale()); err != nil {
		fyne.LogError("translations for the system locale", err)
	}
}
