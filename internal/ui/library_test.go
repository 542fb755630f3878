package ui

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// libraryService opens a new database; decided adds an asset with a
// decided classification to it.
func libraryService(t *testing.T, decided bool) (*app.Service, *sqlite.DB) {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "bibliotek.db"))
	if err != nil {
		t.Fatal(err)
	}
	svc := app.New(db)
	t.Cleanup(func() { svc.Close() })
	if !decided {
		return svc, db
	}
	a := &domain.Asset{Name: "Ekonomisystem"}
	if err := db.CreateAsset(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	c := domain.NewClassification(a.ID, svc.Model(), domain.NewDate(2026, 2, 1))
	c.InfoTypes = []domain.InfoType{{Name: "Leverantörsfakturor", Description: "Fakturor och attester", Flags: []domain.Flag{domain.FlagCritical},
		Ratings: map[domain.Aspect]domain.Rating{domain.Confidentiality: {Level: 2, Motivation: "Interna uppgifter"}, domain.Integrity: {Level: 3, Motivation: "Fel belopp betalas ut"},
			domain.Availability: {Level: 3, Motivation: "Betalningar en dag"}, domain.Traceability: {Level: 2, Motivation: "Attester följs upp"}}}}
	c.DecidedBy, c.DecidedAt, c.NextReview, c.DecidedOn = "Anna Berg", domain.NewDate(2026, 2, 2), domain.NewDate(2027, 2, 2), time.Now()
	if err := db.Batch(context.Background(), func(b *sqlite.Batch) error { return b.CreateClassification(c) }); err != nil {
		t.Fatal(err)
	}
	return svc, db
}

func TestLibrary(t *testing.T) {
	test.NewTempApp(t)
	translationsOnce.Do(loadTranslations)
	var errs []error
	report := func(_ string, err error) { errs = append(errs, err) }
	var dialogs int
	showFile := func(d *dialog.FileDialog) { dialogs++; d.Show() }

	// The city exports its decided classification as a norm.
	city, cityDB := libraryService(t, true)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	win.Resize(fyne.NewSize(1200, 800))
	lc := newLibraryView(city, win, report, showFile, nil)
	win.SetContent(lc.content)
	if !strings.Contains(labels(win), "Biblioteket är tomt") {
		t.Errorf("empty library says:\n%s", labels(win))
	}
	test.Tap(findButton(t, win, "Exportera fastställd klassning som norm"))
	asset, _ := cityDB.AssetByName(context.Background(), "Ekonomisystem")
	c, _ := city.DecidedClassification(asset.ID)
	path := filepath.Join(t.TempDir(), "ekonomi.xlsx")
	lc.exportFile(path, c.ID, "Stadsledningskontoret", 1)
	if len(errs) != 0 {
		t.Fatalf("export: %v", errs)
	}

	// The district imports it and classifies its own asset from it.
	district, districtDB := libraryService(t, false)
	local := &domain.Asset{Name: "Ekonomi Norrmalm"}
	if err := districtDB.CreateAsset(context.Background(), local); err != nil {
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
	got, _ := districtDB.LatestClassification(context.Background(), local.ID)
	if len(got.InfoTypes) != 1 || !reflect.DeepEqual(got.InfoTypes[0].Ratings, c.InfoTypes[0].Ratings) {
		t.Errorf("local classification %+v", got)
	}
}
