package ui

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/infoklass/infoklass/internal/domain"
)

// The user interface is written in Swedish; every text a user reads
// passes through tr or trf, and translations/en.json holds its English.
// translations/sv.json maps each text to itself, so that Swedish never
// falls back to English.

//go:embed translations/*.json
var translations embed.FS

var translationsOnce sync.Once

// loadTranslations registers the translations with Fyne.
func loadTranslations() {
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		fmt.Fprintln(os.Stderr, "infoklass: translations:", err)
	}
	forceLanguage(Language())
}

// tr returns s in the user's language.
func tr(s string) string { return lang.L(s) }

// trf formats the translation of format with args.
func trf(format string, args ...any) string { return fmt.Sprintf(lang.L(format), args...) }

// trn formats the translation of format in the plural form that the
// language gives count n: format is the Swedish text for many, and both
// translation files hold it as an object of "one" and "other" forms.
func trn(format string, n int, args ...any) string {
	return fmt.Sprintf(lang.N(format, n), args...)
}

// english reports whether the interface speaks English.
func english() bool { return strings.HasPrefix(Language(), "en") }

// pick returns en when the interface speaks English, else sv; for the
// model's and the question set's texts, which carry both.
func pick(sv, en string) string {
	if english() && en != "" {
		return en
	}
	return sv
}

// languageFile is where the chosen language is kept, read before Fyne starts.
func languageFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "infoklass", "language")
}

// Language returns the interface language, "sv" or "en": the one chosen
// in the Visa menu, or else English when the system speaks English (the
// locale variables, on Windows the display language) and Swedish otherwise.
func Language() string {
	if f := languageFile(); f != "" {
		if b, err := os.ReadFile(f); err == nil {
			if l := strings.TrimSpace(string(b)); l == "sv" || l == "en" {
				return l
			}
		}
	}
	for _, env := range []string{"INFOKLASS_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"} {
		if v := os.Getenv(env); v != "" && v != "C" && v != "C.UTF-8" && v != "POSIX" {
			if strings.HasPrefix(v, "en") {
				return "en"
			}
			return "sv"
		}
	}
	if l := systemLanguage(); l != "" {
		return l
	}
	return "sv"
}

// UseLanguage makes Fyne speak the interface language. Call it before
// the app starts.
func UseLanguage() {
	if Language() == "en" {
		os.Setenv("LC_ALL", "en_GB.UTF-8")
	} else {
		os.Setenv("LC_ALL", "sv_SE.UTF-8")
	}
}

// setLanguage stores the chosen language; it takes effect at the next start.
func setLanguage(l string) error {
	f := languageFile()
	if f == "" {
		return fmt.Errorf("no user configuration folder")
	}
	if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
		return err
	}
	return os.WriteFile(f, []byte(l+"\n"), 0o644)
}

// argWords are the words that domain messages put into their formats and
// that are translated with them.
var argWords = map[string]bool{}

func init() {
	for _, a := range domain.AllAspects {
		argWords[a.Name()] = true
		argWords[strings.ToLower(a.Name())] = true
	}
	for _, a := range []domain.Answer{domain.AnswerYes, domain.AnswerNo, domain.AnswerUnsure} {
		argWords[a.Label()] = true
	}
	for _, r := range domain.RaiseReasons {
		argWords[string(r)] = true
	}
}

// problemText translates a domain message given as format and arguments;
// level labels are said with the codes of model m.
func problemText(m *domain.Model, format string, args []any) string {
	out := make([]any, len(args))
	for i, a := range args {
		if s, ok := a.(string); ok && argWords[s] {
			a = tr(s)
		} else if ok {
			a = localLabel(m, s) // "K3" reads "C3" in English
		}
		out[i] = a
	}
	return trf(format, out...)
}

// blockerText is one line of what blocks a decision, translated; the
// threshold analysis's problems say where they come from.
func blockerText(m *domain.Model, p domain.Problem) string {
	if p.Kind == domain.ProblemThreshold {
		return trf("• Tröskelanalys: %s", problemText(m, p.Format, p.Args))
	}
	return trf("• %s", problemText(m, p.Format, p.Args))
}

// explainText says why an aspect's level is what it is in model m's
// numbering, translated.
func explainText(m *domain.Model, ar domain.AspectResult) string {
	format, args := ar.Explanation(m, tr("och"))
	return problemText(m, format, args)
}

// reasonText is one priority reason, as in "+3 aldrig klassad".
func reasonText(r domain.PriorityReason) string {
	if r.Factor == "" {
		return fmt.Sprintf("%+d %s", r.Points, trf("manuell justering: %s", strings.TrimPrefix(r.Text, "manuell justering: ")))
	}
	if r.TextEN != "" {
		return fmt.Sprintf("%+d %s", r.Points, pick(r.Text, r.TextEN))
	}
	return r.String()
}

// reasonsText joins a priority's reasons on one line.
func reasonsText(p domain.Priority) string {
	s := make([]string, len(p.Reasons))
	for i, r := range p.Reasons {
		s[i] = reasonText(r)
	}
	return strings.Join(s, "; ")
}

// chooseLanguage stores the interface language for the next start.
func (u *UI) chooseLanguage(l string) {
	if err := setLanguage(l); err != nil {
		u.showError(tr("Språket kunde inte sparas"), err)
		return
	}
	dialog.ShowInformation(tr("Språk"), tr("Språket byts när Infoklass startas om."), u.win)
}
