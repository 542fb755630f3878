package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/domain"
)

// classifiedUI opens the workshop of a new asset whose one information
// type is rated and motivated on every aspect, so nothing blocks the
// decision but what a test adds, and shows step 6 Beslut.
func classifiedUI(t *testing.T) (*UI, *domain.Asset) {
	t.Helper()
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Bygglovssystem", OwnerName: "Maria Lind"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	ws, err := u.svc.OpenWorkshop(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	it := domain.InfoType{Name: "Ansökningar", Ratings: map[domain.Aspect]domain.Rating{}}
	for _, asp := range u.model.AspectCodes() {
		it.Ratings[asp] = domain.Rating{Level: 2, Motivation: "Måttlig skada"}
	}
	if err := u.svc.AddInfoType(ws.Classification.ID, &it); err != nil {
		t.Fatal(err)
	}
	u.showWorkshopStep(a.ID, stepDecision)
	return u, a
}

// TestDraftingTheDecisionDoesNotDecide types a name and a date into the
// decision's fields without pressing Fastställ: the classification stays
// undecided and editable, and the register does not show it fastställd.
func TestDraftingTheDecisionDoesNotDecide(t *testing.T) {
	u, a := classifiedUI(t)
	w := u.Window()
	typeInto(w, findEntry(t, w, "Informationsägarens namn"), "Maria Lind")
	typeInto(w, findEntries(w, "ÅÅÅÅ-MM-DD")[0], "2026-11-20") // Beslutsdatum, before Nästa uppföljning
	u.flushFocused()
	u.showRegister()
	u.showWorkshopStep(a.ID, stepDecision)
	c := u.workshop.c
	if c.DecidedBy != "Maria Lind" || c.DecidedAt.String() != "2026-11-20" {
		t.Fatalf("the drafts were not kept: %q %s", c.DecidedBy, c.DecidedAt)
	}
	if c.Decided() || u.workshop.locked {
		t.Fatal("drafting the decision's fields decided the classification")
	}
	if u.workshop.decisionStatus() == stepDone {
		t.Error("Beslut is marked done for a draft")
	}
	u.showRegister()
	for _, s := range u.register.all {
		if s.Asset.ID == a.ID && s.Status == domain.StatusDecided {
			t.Error("the register shows a drafted classification as Fastställd")
		}
	}
}

// TestDecideWithBlockerFails presses Fastställ while an information type
// is unrated: the decision is refused and nothing is decided.
func TestDecideWithBlockerFails(t *testing.T) {
	u, a := classifiedUI(t)
	w := u.Window()
	if err := u.svc.AddInfoType(u.workshop.c.ID, &domain.InfoType{Name: "Ritningar"}); err != nil {
		t.Fatal(err)
	}
	u.showWorkshopStep(a.ID, stepDecision)
	typeInto(w, findEntry(t, w, "Informationsägarens namn"), "Maria Lind")
	if !screenHasText(w, "Detta återstår innan beslut (4)") {
		t.Error("the decision step does not list what blocks the decision")
	}
	test.Tap(findButton(t, w, "Fastställ klassningen"))
	if !screenHasText(w, "Klassningen kan inte fastställas än") {
		t.Error("no message that the classification cannot be decided")
	}
	c, _ := u.svc.Classification(u.workshop.c.ID)
	if c.Decided() {
		t.Fatal("a classification with an unrated type was decided")
	}
}

// TestDecideThenLocked decides through the button, stays on Beslut, and
// finds every later edit refused with a message pointing to the follow-up.
func TestDecideThenLocked(t *testing.T) {
	u, a := classifiedUI(t)
	w := u.Window()
	typeInto(w, findEntry(t, w, "Informationsägarens namn"), "Maria Lind")
	test.Tap(findButton(t, w, "Fastställ klassningen"))
	test.Tap(findButton(t, w, "Ja")) // confirm
	if u.workshop == nil || !u.workshop.locked || !u.workshop.c.Decided() {
		t.Fatal("the classification was not decided")
	}
	if u.workshop.current != stepDecision {
		t.Errorf("after Fastställ the workshop shows step %d, want Beslut", u.workshop.current+1)
	}
	if u.workshop.c.DecidedAt != testToday || u.workshop.c.NextReview != testToday.AddMonths(12) {
		t.Errorf("decided %s, next review %s", u.workshop.c.DecidedAt, u.workshop.c.NextReview)
	}
	// A write that reaches the store anyway is refused and explained.
	it := u.workshop.c.InfoTypes[0]
	err := u.svc.Rate(it.ID, domain.Confidentiality, domain.Rating{Level: 4, Motivation: "Ändrad i efterhand"})
	if !errorsIsDecided(err) {
		t.Fatalf("rating a decided classification: %v", err)
	}
	if msg := message(err); !contains(msg, "Starta uppföljning") {
		t.Errorf("the message %q does not point to Starta uppföljning", msg)
	}
	c, _ := u.svc.Classification(u.workshop.c.ID)
	if c.InfoTypes[0].Ratings[domain.Confidentiality].Level != 2 {
		t.Error("the refused rating was stored")
	}
	u.showRegister()
	for _, s := range u.register.all {
		if s.Asset.ID == a.ID && s.Status != domain.StatusDecided {
			t.Errorf("the register shows %s, want Fastställd", s.Status)
		}
	}
}

// TestHistoryInTheReadersLanguage reads the history of a decision in
// Swedish: labels are built from codes and coded values shown as words.
func TestHistoryInTheReadersLanguage(t *testing.T) {
	u, a := classifiedUI(t)
	it := u.workshop.c.InfoTypes[0]
	if err := u.svc.Rate(it.ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Personuppgifter"}); err != nil {
		t.Fatal(err)
	}
	if _, err := u.svc.Decide(u.workshop.c.ID, domain.OwnerDecision{By: "Maria Lind"}); err != nil {
		t.Fatal(err)
	}
	if err := u.svc.SetStatus(a.ID, domain.StatusPlanned, ""); err != nil {
		t.Fatal(err)
	}
	h, err := u.svc.History(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, c := range h {
		lines = append(lines, changeText(u.svc.Model(), c))
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{"Klassningen fastställd: 2026-11-23", "Ansökningar: K nivå: 2 › 3", "Status: Ej påbörjad › Planerad"} {
		if !strings.Contains(all, want) {
			t.Errorf("the history lacks %q:\n%s", want, all)
		}
	}
}

// TestSecurityReferralClearsItsBlocker: information under säkerhetsskydd
// blocks the decision until the referral to the säkerhetsskyddschef is
// recorded; recording it on the Beslut page takes the blocker off that
// page at once, without leaving the step.
func TestSecurityReferralClearsItsBlocker(t *testing.T) {
	u, a := classifiedUI(t)
	w := u.Window()
	secret := domain.InfoType{Name: "Skyddsobjekt", Flags: []domain.Flag{domain.FlagSecurityProtect}}
	if err := u.svc.AddInfoType(u.workshop.c.ID, &secret); err != nil {
		t.Fatal(err)
	}
	u.showWorkshopStep(a.ID, stepDecision)
	const blocker = "Informationen omfattas av säkerhetsskydd: anteckna"
	if !screenHasText(w, blocker) {
		t.Fatal("the säkerhetsskydd blocker is not listed")
	}
	typeInto(w, findEntry(t, w, "Underrättad den"), "2026-05-20")
	typeInto(w, findEntry(t, w, "Vem underrättades"), "Säkerhetsskyddschef Eva Holm, mejl")
	u.flushFocused()
	if !u.workshop.c.SecurityChiefInformed() {
		t.Fatal("the referral was not recorded")
	}
	if screenHasText(w, blocker) {
		t.Error("the säkerhetsskydd blocker stays on the page after the referral is recorded")
	}
}
