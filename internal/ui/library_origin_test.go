package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestNormOrigin lowers a level copied from a norm: the note asks for the
// reason and the approver, the decision is blocked until both are given,
// and both are recorded.
func TestNormOrigin(t *testing.T) {
	test.NewTempApp(t)
	translationsOnce.Do(loadTranslations)
	city := libraryService(t, true)
	asset, _ := city.AssetByName("Ekonomisystem")
	c, _ := city.DecidedClassification(asset.ID)
	path := filepath.Join(t.TempDir(), "norm.xlsx")
	if _, err := city.ExportNorm(context.Background(), path, c.ID, "Stadsledningskontoret", 1); err != nil {
		t.Fatal(err)
	}
	svc := libraryService(t, false)
	imp, err := svc.ImportNorm(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &domain.Asset{Name: "Ekonomi Kista"}
	svc.CreateAsset(a)
	local, err := svc.StartFromNorm(imp.Norm.ID, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	link, _ := svc.NormLink(local.ID)
	it := &local.InfoTypes[0]
	var errs []error
	p := newNormOrigin(svc, link, it, domain.Integrity, func(_ string, err error) { errs = append(errs, err) })
	if p.content == nil || !strings.Contains(p.note.Text, "Från normen (Stadsledningskontoret, version 1): R3 – Fel belopp betalas ut") || p.reason.Visible() {
		t.Fatalf("note %q", p.note.Text)
	}
	// Lowered to R2.
	r := domain.Rating{Level: 2, Motivation: "Bara små belopp hos oss"}
	if err := svc.Rate(it.ID, domain.Integrity, r); err != nil {
		t.Fatal(err)
	}
	it.SetRating(domain.Integrity, r)
	p.Refresh()
	if !p.reason.Visible() || !p.by.Visible() || !strings.Contains(p.note.Text, "Sänkt till R2") {
		t.Errorf("lowered: %q", p.note.Text)
	}
	if m := normMark(domain.DefaultModel(), link, it, domain.Integrity); m != " (sänkt från normens R3)" {
		t.Errorf("mark %q", m)
	}
	if m := normMark(domain.DefaultModel(), link, it, domain.Confidentiality); m != " (normen)" {
		t.Errorf("mark K %q", m)
	}
	if m := normMark(domain.DefaultModel(), nil, it, domain.Confidentiality); m != "" {
		t.Errorf("mark without norm %q", m)
	}
	if ps, _ := svc.NormProblems(local.ID); len(ps) != 1 {
		t.Fatalf("problems %+v", ps)
	}
	test.Type(p.reason, "Attest av två personer")
	p.reason.Flush()
	test.Type(p.by, "Anna Berg")
	p.by.Flush()
	if ps, _ := svc.NormProblems(local.ID); len(ps) != 0 || len(errs) != 0 {
		t.Errorf("after approval: %+v %v", ps, errs)
	}
	hist, _ := svc.History(a.ID)
	var fields []string
	for _, h := range hist {
		fields = append(fields, h.Field+"="+h.New)
	}
	if !strings.Contains(strings.Join(fields, "|"), "R.norm_approved_by=Anna Berg") {
		t.Errorf("history %v", fields)
	}
	// A type added locally has no note.
	if q := newNormOrigin(svc, link, &domain.InfoType{ID: 999}, domain.Integrity, nil); q.content != nil {
		t.Error("note for a local type")
	}
	if q := newNormOrigin(svc, nil, it, domain.Integrity, nil); q.content != nil {
		t.Error("note without a norm")
	}
}

// TestNormDepartureInTheWorkshop lowers a level below the norm in the
// workshop: Beslut lists the departure; once the reason and the approver
// are typed in Klassning's norm note, Beslut no longer does.
func TestNormDepartureInTheWorkshop(t *testing.T) {
	u, _ := newTestUI(t)
	city := libraryService(t, true)
	asset, _ := city.AssetByName("Ekonomisystem")
	c, _ := city.DecidedClassification(asset.ID)
	path := filepath.Join(t.TempDir(), "norm.xlsx")
	if _, err := city.ExportNorm(context.Background(), path, c.ID, "Stadsledningskontoret", 1); err != nil {
		t.Fatal(err)
	}
	imp, err := u.svc.ImportNorm(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &domain.Asset{Name: "Ekonomi Kista"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	if _, err := u.svc.StartFromNorm(imp.Norm.ID, a.ID); err != nil {
		t.Fatal(err)
	}
	u.showWorkshopStep(a.ID, stepClassify)
	w := u.workshop
	w.classify.goTo(0, 1) // Integrity: R3 in the norm
	w.classify.choose(2)
	lowered := func() bool {
		for _, p := range w.blockingProblems() {
			if p.Kind == domain.ProblemNormLowered {
				return true
			}
		}
		return false
	}
	if !lowered() {
		t.Fatal("Beslut does not list the level lowered below the norm")
	}
	o := w.classify.origin
	o.reason.SetText("Bara små belopp hos oss")
	o.reason.Flush()
	o.by.SetText("Karin Holm")
	o.by.Flush()
	if lowered() {
		t.Error("Beslut still lists the departure after its reason and approval were typed")
	}
}
