package ui

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// libraryService opens a new database; decided adds an asset with a
// decided classification to it, made through the use cases as in the
// workshop.
func libraryService(t *testing.T, decided bool) *app.Service {
	t.Helper()
	svc, err := app.Open(filepath.Join(t.TempDir(), "bibliotek.db"), app.WithClock(app.FixedDay(testToday)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	if !decided {
		return svc
	}
	a := &domain.Asset{Name: "Ekonomisystem"}
	if err := svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	w, err := svc.OpenWorkshop(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	it := domain.InfoType{Name: "Leverantörsfakturor", Description: "Fakturor och attester", Flags: []domain.Flag{domain.FlagCritical}}
	if err := svc.AddInfoType(w.Classification.ID, &it); err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		a domain.Aspect
		r domain.Rating
	}{{domain.Confidentiality, domain.Rating{Level: 2, Motivation: "Interna uppgifter"}}, {domain.Integrity, domain.Rating{Level: 3, Motivation: "Fel belopp betalas ut"}},
		{domain.Availability, domain.Rating{Level: 3, Motivation: "Betalningar en dag"}}, {domain.Traceability, domain.Rating{Level: 2, Motivation: "Attester följs upp"}}} {
		if err := svc.Rate(it.ID, r.a, r.r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := svc.Decide(w.Classification.ID, domain.OwnerDecision{By: "Anna Berg"}); err != nil {
		t.Fatal(err)
	}
	return svc
}

func TestLibrary(t *testing.T) {
	test.NewTempApp(t)
	translationsOnce.Do(loadTranslations)
	var errs []error
	report := func(_ string, err error) { errs = append(errs, err) }
	var dialogs int
	showFile := func(d *dialog.FileDialog) { dialogs++; d.Show() }

	// The city exports its decided classification as a norm.
	city := libraryService(t, true)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(1200, 800))
	lc := newLibraryView(city, win, report, showFile, nil)
	win.SetContent(lc.content)
	if !strings.Contains(labels(win), "Biblioteket är tomt") {
		t.Errorf("empty library says:\n%s", labels(win))
	}
	test.Tap(findButton(t, win, "Exportera fastställd klassning som norm"))
	asset, _ := city.AssetByName("Ekonomisystem")
	c, _ := city.DecidedClassification(asset.ID)
	path := filepath.Join(t.TempDir(), "ekonomi.xlsx")
	lc.exportFile(path, c.ID, "Stadsledningskontoret", 1)
	if len(errs) != 0 {
		t.Fatalf("export: %v", errs)
	}

	// The district imports it and classifies its own asset from it.
	district := libraryService(t, false)
	local := &domain.Asset{Name: "Ekonomi Norrmalm"}
	if err := district.CreateAsset(local); err != nil {
		t.Fatal(err)
	}
	var started int64
	l := newLibraryView(district, win, report, showFile, func(id int64) { started = id })
	win.SetContent(l.content)
	test.Tap(findButton(t, win, "Importera normerande klassning"))
	if dialogs != 1 {
		t.Errorf("%d file dialogs shown", dialogs)
	}
	win.Canvas().Overlays().Top().Hide()
	l.importFile(path)
	if len(errs) != 0 || len(l.norms) != 1 || l.selected != 0 {
		t.Fatalf("after import: %v, %d norms, selected %d", errs, len(l.norms), l.selected)
	}
	// The summary is sized to its message: every line shown whole.
	for _, o := range win.Canvas().Overlays().List() {
		o.Resize(win.Canvas().Size())
	}
	settleWindow(win)
	for _, o := range objects(win) {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "Normerande klassning från") {
			if !inView(win, l) || l.Size().Width < 400 {
				at, shown, _ := placement(win, l)
				t.Errorf("the summary's %q lies at %v, shown %v", l.Text, at, shown)
			}
		}
	}
	for _, o := range win.Canvas().Overlays().List() {
		o.Hide() // the import's summary
	}
	text := labels(win)
	for _, want := range []string{"Normerande klassning från Stadsledningskontoret: Ekonomisystem, version 1", "Leverantörsfakturor  K2 R3 T3 S2",
		"R3: Fel belopp betalas ut", "Ingen tidigare version"} {
		if !strings.Contains(text, want) {
			t.Errorf("detail lacks %q:\n%s", want, text)
		}
	}
	l.search.SetText("fakturor")
	if len(l.norms) != 1 {
		t.Errorf("search fakturor: %d", len(l.norms))
	}
	l.search.SetText("socialtjänst")
	if len(l.norms) != 0 {
		t.Errorf("search socialtjänst: %d", len(l.norms))
	}
	l.search.SetText("")
	l.list.Select(0)
	for _, o := range test.LaidOutObjects(win.Canvas().Content()) {
		if s, ok := o.(*widget.Select); ok {
			s.SetSelected("Ekonomi Norrmalm")
		}
	}
	test.Tap(findButton(t, win, "Starta klassning från normen"))
	if started != local.ID || len(errs) != 0 {
		t.Fatalf("started %d, errors %v", started, errs)
	}
	lw, _ := district.OpenWorkshop(local.ID)
	got := lw.Classification
	if len(got.InfoTypes) != 1 || !reflect.DeepEqual(got.InfoTypes[0].Ratings, c.InfoTypes[0].Ratings) {
		t.Errorf("local classification %+v", got)
	}
}
