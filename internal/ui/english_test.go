package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"

	"github.com/infoklass/infoklass/internal/domain"
)

// inEnglish switches the interface to English for the rest of the test.
func inEnglish(t *testing.T) {
	t.Cleanup(loadTranslations) // runs after LC_ALL is restored: Swedish again
	t.Setenv("INFOKLASS_LANG", "en")
	t.Setenv("LC_ALL", "en_GB.UTF-8")
	loadTranslations()
	if !english() || tr("Golv: %s (%s).") != "Floor: %s (%s)." {
		t.Fatal("the interface does not speak English")
	}
}

// badgeTexts returns the texts of the level badges on screen.
func badgeTexts(u *UI) []string {
	var out []string
	for _, o := range objects(u.Window()) {
		if x, ok := o.(*canvas.Text); ok && len([]rune(x.Text)) == 2 && strings.ContainsAny(x.Text, "KRTSCIA") {
			out = append(out, x.Text)
		}
	}
	return out
}

// TestEnglishCodes: in English the badges, the floor and the problems
// say C/I/A/T; in Swedish K/R/T/S, as the exports always do.
func TestEnglishCodes(t *testing.T) {
	if got := levelLabel(domain.DefaultModel(), domain.Confidentiality, 3); got != "K3" {
		t.Errorf("Swedish label %q", got)
	}
	inEnglish(t)
	for a, want := range map[domain.Aspect]string{domain.Confidentiality: "C3", domain.Integrity: "I3", domain.Availability: "A3", domain.Traceability: "T3"} {
		if got := levelLabel(domain.DefaultModel(), a, 3); got != want {
			t.Errorf("%s: %q, want %q", a, got, want)
		}
	}
	if got := levelLabel(domain.DefaultModel(), domain.Traceability, domain.Unset); got != "T–" {
		t.Errorf("unset traceability %q", got)
	}
	// The codes are the given model's, the open database's: not a global's.
	msb := domain.DefaultModel()
	own := *msb
	own.Aspects = append([]domain.AspectInfo(nil), msb.Aspects...)
	own.Aspects[0].CodeEN = "Q"
	if got := levelLabel(&own, own.Aspects[0].Code, 3); got != "Q3" {
		t.Errorf("a model's own English code: %q, want Q3", got)
	}
	if got := localLabel(&own, string(own.Aspects[0].Code)+"2"); got != "Q2" {
		t.Errorf("a domain label in a model's own code: %q, want Q2", got)
	}
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Social services"}
	w := openWith(t, u, a, domain.InfoType{Name: "Case files", Flags: []domain.Flag{domain.FlagSensitive},
		Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 2, Motivation: "x"}}})
	w.show(stepClassify)
	if !screenHasText(u.Window(), "Floor: C3") || screenHasText(u.Window(), "K3") {
		t.Error("the floor is not given in English codes")
	}
	for _, p := range w.c.Problems(u.model) {
		if txt := problemText(u.model, p.Format, p.Args); strings.Contains(txt, "K2") || strings.Contains(txt, "K3") {
			t.Errorf("problem in Swedish codes: %q", txt)
		}
	}
	w.show(stepClassify + 1)
	got := strings.Join(badgeTexts(u), " ")
	if !strings.Contains(got, "C2") || !strings.Contains(got, "I–") || strings.Contains(got, "K") {
		t.Errorf("result badges %q", got)
	}
	u.showRegister()
	got = strings.Join(badgeTexts(u), " ")
	if !strings.Contains(got, "C2") || strings.Contains(got, "K") || strings.Contains(got, "R–") {
		t.Errorf("register badges %q", got)
	}
}

// TestAbbreviationsExplained: OSL and RSA are explained where the flags
// that name them first appear, in Swedish and in English, and the
// English words read as English.
func TestAbbreviationsExplained(t *testing.T) {
	for _, lang := range []string{"sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			want := []string{"offentlighets- och sekretesslagen", "risk- och sårbarhetsanalys"}
			if lang == "en" {
				inEnglish(t)
				want = []string{"Public Access to Information and Secrecy Act", "risk and vulnerability analysis"}
				for sv, odd := range map[string]string{"Informationsmängd": "Body of information", "Förvaltningsobjekt": "Management object",
					"Stöder samhällsviktig verksamhet enligt RSA": "Supports activity the RSA names as critical"} {
					if tr(sv) == odd {
						t.Errorf("%q still reads %q", sv, odd)
					}
				}
			}
			u, _ := newTestUI(t)
			w := openWith(t, u, &domain.Asset{Name: "Skolplattform"}, domain.InfoType{Name: "Omdömen"})
			w.show(1)
			for _, s := range want {
				if !screenHasText(u.Window(), s) {
					t.Errorf("step 2 does not explain %q", s)
				}
			}
			u.showRegister()
			u.register.editAsset(w.asset.ID)
			if !screenHasText(u.Window(), want[1]) {
				t.Errorf("the asset form does not explain %q", want[1])
			}
		})
	}
}
