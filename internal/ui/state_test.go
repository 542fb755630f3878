package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// allRated returns the ratings of every aspect at level l, motivated.
func allRated(l domain.Level) map[domain.Aspect]domain.Rating {
	r := map[domain.Aspect]domain.Rating{}
	for _, a := range domain.DefaultModel().AspectCodes() {
		r[a] = domain.Rating{Level: l, Motivation: "motiverat i mötet"}
	}
	return r
}

// openWith creates an asset with the information types ts and opens its
// workshop.
func openWith(t *testing.T, u *UI, asset *domain.Asset, ts ...domain.InfoType) *workshopScreen {
	t.Helper()
	if err := u.svc.CreateAsset(asset); err != nil {
		t.Fatal(err)
	}
	ws, err := u.svc.OpenWorkshop(asset.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ts {
		if err := u.svc.AddInfoType(ws.Classification.ID, &ts[i]); err != nil {
			t.Fatal(err)
		}
	}
	u.showWorkshop(asset.ID)
	return u.workshop
}

// TestResultStatusNeedsWholeClassification: Resultat gets its ✓ only when
// every information type is rated, not as soon as each aspect has a
// level from some type.
func TestResultStatusNeedsWholeClassification(t *testing.T) {
	u, _ := newTestUI(t)
	w := openWith(t, u, &domain.Asset{Name: "Ekonomisystem"},
		domain.InfoType{Name: "Fakturor", Ratings: allRated(2)},
		domain.InfoType{Name: "Löner"})
	if got := w.classifyStatus(); got != stepIncomplete {
		t.Fatalf("classify %v with one type unrated", got)
	}
	if got := w.resultStatus(); got != stepIncomplete {
		t.Errorf("result %v while Klassning is incomplete", got)
	}
	for a, r := range allRated(3) {
		if err := u.svc.Rate(w.c.InfoTypes[1].ID, a, r); err != nil {
			t.Fatal(err)
		}
	}
	u.showWorkshop(w.asset.ID)
	w = u.workshop
	if got := w.resultStatus(); got != stepDone {
		t.Errorf("result %v with every type rated", got)
	}
}

// TestResultStatusEmpty: nothing rated, no mark at all.
func TestResultStatusEmpty(t *testing.T) {
	u, _ := newTestUI(t)
	w := openWith(t, u, &domain.Asset{Name: "Ekonomisystem"}, domain.InfoType{Name: "Fakturor"})
	if got := w.resultStatus(); got != stepEmpty {
		t.Errorf("result %v with nothing rated", got)
	}
}

// TestThresholdNotAssessed: an analysis just opened, or answered only in
// part with Nej, says "Inte bedömd" in neutral colour and gets no ✓; the
// register says so too, and never "krävs inte".
func TestThresholdNotAssessed(t *testing.T) {
	u, _ := newTestUI(t)
	w := openWith(t, u, &domain.Asset{Name: "Hemtjänst", PersonalData: true}, domain.InfoType{Name: "Genomförandeplaner", Ratings: allRated(3)})
	w.thr.full = true // the group chose the full analysis
	w.show(4)
	s := w.thr
	if s.a == nil {
		t.Fatal("no analysis")
	}
	check := func(when string) {
		t.Helper()
		if s.outcome.Text != "Inte bedömd" || s.outcome.Importance == widget.SuccessImportance {
			t.Errorf("%s: outcome %q with importance %v", when, s.outcome.Text, s.outcome.Importance)
		}
	}
	check("untouched")
	if got := w.thresholdStatus(); got != stepEmpty {
		t.Errorf("untouched analysis has status %v", got)
	}
	test.Tap(s.cards["A1"].no)
	test.Tap(s.cards["B1"].no)
	check("two Nej")
	if got := w.thresholdStatus(); got != stepIncomplete {
		t.Errorf("a begun analysis has status %v", got)
	}
	if !screenHasText(u.Window(), "frågor i del A och B är obesvarade") {
		t.Error("the panel does not say how many questions are open")
	}
	stored, err := u.svc.CurrentThreshold(w.asset.ID)
	if err != nil || stored.FinalDecision() != domain.OutcomeNone {
		t.Fatalf("stored %v %v", stored, err)
	}

	u.showRegister()
	s2, ok := summaryOf(u, w.asset.ID)
	if !ok {
		t.Fatal("asset not in the register")
	}
	if got := thresholdText(s2); got != "DPIA: inte bedömd" {
		t.Errorf("register row says %q", got)
	}
	u.register.selected = w.asset.ID
	u.register.showDetail()
	if !screenHasText(u.Window(), "Inte bedömd") || screenHasText(u.Window(), "Krävs inte") {
		t.Error("the detail panel does not say the analysis is not assessed")
	}
}

// TestThresholdAllNo: every question answered Nej is green "krävs ej",
// with a ✓.
func TestThresholdAllNo(t *testing.T) {
	u, _ := newTestUI(t)
	w := openWith(t, u, &domain.Asset{Name: "Bokningar", PersonalData: true}, domain.InfoType{Name: "Lokaler", Ratings: allRated(1)})
	w.thr.full = true // the group chose the full analysis
	w.show(4)
	s := w.thr
	for _, q := range domain.ThresholdQuestions().Questions {
		if q.Part != "C" {
			test.Tap(s.cards[q.ID].no)
		}
	}
	if s.outcome.Text != domain.OutcomeNotRequired.Label() || s.outcome.Importance != widget.SuccessImportance {
		t.Errorf("all Nej shows %q (%v)", s.outcome.Text, s.outcome.Importance)
	}
	if got := w.thresholdStatus(); got != stepDone {
		t.Errorf("all Nej has status %v", got)
	}
}

// TestThresholdPanelAboveNavigation: at 1366×768 the live panel with the
// DPIA reference ends above "Nästa steg", scrolling on its own.
func TestThresholdPanelAboveNavigation(t *testing.T) {
	u, _ := newTestUI(t)
	win := u.Window()
	win.Resize(fyne.NewSize(1366, 768))
	w := openWith(t, u, &domain.Asset{Name: "Hemtjänst", PersonalData: true}, domain.InfoType{Name: "Planer", Ratings: allRated(3)})
	w.thr.full = true // the group chose the full analysis
	w.show(4)
	next := findButton(t, win, "Nästa steg")
	d := fyne.CurrentApp().Driver()
	panelBottom := d.AbsolutePositionForObject(w.thr.panel).Y + w.thr.panel.Size().Height
	if top := d.AbsolutePositionForObject(next).Y; panelBottom > top {
		t.Errorf("the live panel ends at %.0f, below the navigation at %.0f", panelBottom, top)
	}
	if h := w.thr.panel.Size().Height; h < 200 {
		t.Errorf("the live panel is only %.0f tall", h)
	}
}

// summaryOf returns the register's row for asset id.
func summaryOf(u *UI, id int64) (domain.AssetSummary, bool) {
	for _, s := range u.register.all {
		if s.Asset.ID == id {
			return s, true
		}
	}
	return domain.AssetSummary{}, false
}

// TestLockedPlaceholdersEmpty: on a locked, decided classification an
// empty field says "Inte ifyllt" before its hint, because readOnlyTheme
// draws the hint in the text colour, where it would pass for a value.
func TestLockedPlaceholdersEmpty(t *testing.T) {
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Lönesystem"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	decided(t, u, a, "Johan Ek", domain.NewDate(2025, 11, 1), domain.InfoType{Name: "Löner", Ratings: allRated(2)})
	u.showWorkshop(a.ID)
	w := u.workshop
	if !w.locked {
		t.Fatal("not locked")
	}
	for i := range w.steps {
		w.show(i)
		for _, o := range objects(u.Window()) {
			switch e := o.(type) {
			case *field:
				if e.Visible() && e.Disabled() && e.Text == "" && !strings.HasPrefix(e.PlaceHolder, "Inte ifyllt") {
					t.Errorf("step %d: locked empty field shows %q", i+1, e.PlaceHolder)
				}
			case *widget.Entry:
				if e.Visible() && e.Disabled() && e.Text == "" && !strings.HasPrefix(e.PlaceHolder, "Inte ifyllt") {
					t.Errorf("step %d: locked empty entry shows %q", i+1, e.PlaceHolder)
				}
			}
		}
	}
}

// TestLabelsReadable renders the register and each workshop step in the
// light and the dark theme and checks every label's colour, as its
// importance gives it, against the window background: 4.5:1 at least
// ("Informationstyp 1 av 2" and "Allt du skriver sparas direkt" are
// LowImportance, the register's reasons HighImportance, "Fastställd"
// SuccessImportance).
func TestLabelsReadable(t *testing.T) {
	for _, v := range []string{"light", "dark"} {
		t.Run(v, func(t *testing.T) {
			u := newDemoUI(t)
			u.setVariant(v)
			bg := u.theme.Color(theme.ColorNameBackground, theme.VariantLight)
			names := map[widget.Importance]fyne.ThemeColorName{
				widget.LowImportance: theme.ColorNameDisabled, widget.MediumImportance: theme.ColorNameForeground,
				widget.HighImportance: theme.ColorNamePrimary, widget.DangerImportance: theme.ColorNameError,
				widget.WarningImportance: theme.ColorNameWarning, widget.SuccessImportance: theme.ColorNameSuccess,
			}
			seen := map[widget.Importance]bool{}
			check := func(where string) {
				for _, o := range objects(u.Window()) {
					l, ok := o.(*widget.Label)
					if !ok || !l.Visible() || l.Text == "" {
						continue
					}
					seen[l.Importance] = true
					fg := u.theme.Color(names[l.Importance], theme.VariantLight)
					if c := contrastRatio(fg, bg); c < minContrast {
						t.Errorf("%s: %q has contrast %.2f", where, l.Text, c)
					}
				}
			}
			check("register")
			u.register.selected = u.register.shown[0].Asset.ID
			u.register.showDetail()
			check("register detail")
			u.showWorkshop(u.register.shown[0].Asset.ID)
			for i := range u.workshop.steps {
				u.workshop.show(i)
				check(u.workshop.steps[i].title)
			}
			u.showRegister()
			u.register.editAsset(u.register.shown[0].Asset.ID)
			check("asset form")
			for _, i := range []widget.Importance{widget.LowImportance, widget.HighImportance, widget.SuccessImportance, widget.WarningImportance} {
				if !seen[i] {
					t.Errorf("no label of importance %d was checked", i)
				}
			}
		})
	}
}

// TestRegisterThresholdFits: the register's DPIA word fits its column,
// in Swedish and in English, so it neither runs over the badges nor is
// cut off.
func TestRegisterThresholdFits(t *testing.T) {
	for _, lang := range []string{"sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			if lang == "en" {
				inEnglish(t)
			}
			u := newDemoUI(t)
			size := u.theme.Size(theme.SizeNameCaptionText)
			pad := 2 * u.theme.Size(theme.SizeNameInnerPadding)
			outcomes := []domain.Outcome{domain.OutcomeNone, domain.OutcomeNotRequired, domain.OutcomeException,
				domain.OutcomeAssess, domain.OutcomeNotApplicable, domain.OutcomeRequired, domain.OutcomeUnsure}
			for _, o := range outcomes {
				for _, st := range domain.DPIAStatuses {
					txt := thresholdText(domain.AssetSummary{Threshold: o, DPIA: st})
					if w := fyne.MeasureText(txt, size, fyne.TextStyle{}).Width + pad; w > colStatus {
						t.Errorf("%q is %.0f wide, the column %d", txt, w, colStatus)
					}
				}
			}
		})
	}
}

// TestDetailPanelFits: on a 1280-px screen the register's detail panel
// needs no more width than it has, in Swedish and in English, so its
// wrapped texts are not cut off.
func TestDetailPanelFits(t *testing.T) {
	for _, lang := range []string{"sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			if lang == "en" {
				inEnglish(t)
			}
			u := newDemoUI(t)
			u.Window().Resize(fyne.NewSize(1280, 720))
			r := u.register
			for _, s := range r.shown[:4] {
				r.selected = s.Asset.ID
				r.showDetail()
				if w := r.detail.MinSize().Width; w > 0.3*1280-2*theme.Padding() {
					t.Errorf("%s: the detail panel needs %.0f px", s.Asset.Name, w)
				}
			}
		})
	}
}

// TestStepStates walks one classification from nothing to decided and
// checks every step's mark on the way: ✓ only when the step is complete.
func TestStepStates(t *testing.T) {
	u, _ := newTestUI(t)
	w := openWith(t, u, &domain.Asset{Name: "Bokningssystem"})
	want := func(when string, states ...stepStatus) {
		t.Helper()
		w = u.workshop
		got := []stepStatus{w.scopeStatus(), w.typesStatus(), w.classifyStatus(), w.resultStatus(), w.thresholdStatus(), w.decisionStatus()}
		for i := range states {
			if got[i] != states[i] {
				t.Errorf("%s: step %d is %v, want %v", when, i+1, got[i], states[i])
			}
		}
	}
	E, I, D := stepEmpty, stepIncomplete, stepDone
	want("new", E, E, E, E, E, E)

	c := *w.c
	c.Scope = "Hela bokningssystemet"
	if err := u.svc.UpdateClassification(&c); err != nil {
		t.Fatal(err)
	}
	t1 := domain.InfoType{Name: "Bokningar", Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 2, Motivation: "x"}}}
	if err := u.svc.AddInfoType(c.ID, &t1); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(w.asset.ID)
	want("scope without participants, one aspect rated", I, D, I, I, E, E)

	if err := u.svc.AddParticipant(c.ID, &domain.Participant{Name: "Eva Ek", Role: domain.RoleOwner}); err != nil {
		t.Fatal(err)
	}
	for a, r := range allRated(2) {
		if err := u.svc.Rate(t1.ID, a, r); err != nil {
			t.Fatal(err)
		}
	}
	u.showWorkshop(w.asset.ID)
	want("everything rated", D, D, D, D, E, E)

	if _, err := u.svc.Decide(c.ID, domain.OwnerDecision{By: "Eva Ek", At: testToday}); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(w.asset.ID)
	want("decided", D, D, D, D, E, D)
}
