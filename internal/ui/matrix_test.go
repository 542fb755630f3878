package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// matrixTypes are eight information types of a social services system,
// some with flags that set floors, one under protective security.
var matrixTypes = []struct {
	name  string
	flags []domain.Flag
}{
	{"Journalanteckningar", []domain.Flag{domain.FlagPersonal, domain.FlagSensitive, domain.FlagSecrecy}},
	{"Genomförandeplaner", []domain.Flag{domain.FlagPersonal, domain.FlagSecrecy}},
	{"Kontaktuppgifter till anhöriga", []domain.Flag{domain.FlagPersonal}},
	{"Skyddade personuppgifter", []domain.Flag{domain.FlagProtectedIdentity}},
	{"Beslut om bistånd", []domain.Flag{domain.FlagAuthority, domain.FlagPersonal}},
	{"Närvaro och insatstider", nil},
	{"Avvikelserapporter (lex Sarah)", []domain.Flag{domain.FlagVulnerable}},
	{"Fakturaunderlag", nil},
}

// matrixWorkshop opens Klassning of an asset with the eight types, the
// first rated, as a matrix.
func matrixWorkshop(t *testing.T) (*UI, *workshopScreen) {
	t.Helper()
	u, _ := newTestUI(t)
	a := &domain.Asset{Name: "Treserva – socialtjänstens verksamhetssystem", OwnerName: "Maria Lindqvist"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(a.ID)
	w := u.workshop
	for _, x := range matrixTypes {
		it := domain.InfoType{Name: x.name, Flags: x.flags, Ratings: map[domain.Aspect]domain.Rating{}}
		if err := u.svc.AddInfoType(w.c.ID, &it); err != nil {
			t.Fatal(err)
		}
	}
	u.showWorkshop(a.ID)
	w = u.workshop
	if err := u.svc.Rate(w.c.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 4, Motivation: "Uppgifter om hälsa och sociala förhållanden.\nRöjande skadar den enskilde allvarligt."}); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(a.ID)
	w = u.workshop
	w.show(stepClassify)
	pressShortcut(u, keyMatrix)
	if w.classify.mv == nil {
		t.Fatal("Ctrl+M did not show the matrix")
	}
	return u, w
}

// TestMatrixByKeys edits the matrix by keys alone: the arrows move, a
// digit sets the level, Enter opens the motivation and Ctrl+Enter saves
// it; each is stored at once, and the result row follows.
func TestMatrixByKeys(t *testing.T) {
	u, w := matrixWorkshop(t)
	mv := w.classify.mv
	if u.win.Canvas().Focused() != mv.table {
		t.Fatalf("the matrix has not the keyboard: %T", u.win.Canvas().Focused())
	}
	if !strings.Contains(mv.detailText(), "Röjande skadar") || !strings.Contains(mv.detailText(), "K4") {
		t.Errorf("detail of K of the first type: %q", mv.detailText())
	}
	pressKey(u, fyne.KeyRight) // R
	pressKey(u, fyne.KeyDown)  // Genomförandeplaner
	typeKeys(u, "3")
	pressKey(u, fyne.KeyReturn)
	area, ok := u.win.Canvas().Focused().(*dialogArea)
	if !ok {
		t.Fatalf("Enter focused %T", u.win.Canvas().Focused())
	}
	typeKeys(u, "Fel i planen ger fel insats.")
	u.win.Canvas().Focus(area)
	pressConfirm(u)
	if u.dialogOpen() {
		t.Fatal("Ctrl+Enter did not save the motivation")
	}
	c, _ := u.svc.Classification(w.c.ID)
	r := c.InfoTypes[1].Ratings[domain.Integrity]
	if r.Level != 3 || r.Motivation != "Fel i planen ger fel insats." {
		t.Errorf("Genomförandeplaner R = %+v", r)
	}
	if u.win.Canvas().Focused() != mv.table {
		t.Errorf("after saving the focus is on %T", u.win.Canvas().Focused())
	}
	typeKeys(u, "9") // not a level: nothing changes
	if c, _ := u.svc.Classification(w.c.ID); c.InfoTypes[1].Ratings[domain.Integrity].Level != 3 {
		t.Error("9 changed the level")
	}
	for range 20 {
		pressKey(u, fyne.KeyDown) // to the result row, and no further
	}
	if mv.cur.Row != mv.resultRow() || !strings.Contains(mv.detailText(), "R3") {
		t.Errorf("at row %d: %q", mv.cur.Row, mv.detailText())
	}
	typeKeys(u, "1") // the result row is computed
	if c, _ := u.svc.Classification(w.c.ID); c.Result(u.model).Aspect(domain.Integrity).Effective != 3 {
		t.Error("a digit on the result row changed a level")
	}
	pressShortcut(u, keyMatrix)
	if w.classify.mv != nil || w.classify.picker == nil {
		t.Fatal("Ctrl+M did not go back to the cards")
	}
}

// TestMatrixFloorsAndNumbering shows the floors in the cells and below,
// and reads and writes levels in KLASSA's numbering 0–4.
func TestMatrixFloorsAndNumbering(t *testing.T) {
	u, w := matrixWorkshop(t)
	mv := w.classify.mv
	mv.table.Select(widget.TableCellID{Row: 4, Col: 1}) // Skyddade personuppgifter, K
	if !strings.Contains(mv.floor.Text, "Golv: K") {
		t.Errorf("floor of a protected identity: %q", mv.floor.Text)
	}
	floor, _ := u.model.FloorFor(matrixTypes[3].flags, domain.Confidentiality)
	typeKeys(u, "1")
	if mv.floor.Importance != widget.WarningImportance || !strings.Contains(mv.floor.Text, "lägre") {
		t.Errorf("level 1 under the floor %v: %q", floor, mv.floor.Text)
	}
	if got := floorText(u.model, &w.c.InfoTypes[3], domain.Confidentiality); got != mv.floor.Text {
		t.Errorf("floorText %q, shown %q", got, mv.floor.Text)
	}
	klassa, _ := domain.ShippedModel("klassa")
	if matrixLevel(klassa, domain.Confidentiality, 1) != "K0" || matrixLevel(klassa, domain.Integrity, domain.Unset) != "R–" {
		t.Errorf("KLASSA's numbering: %q %q", matrixLevel(klassa, domain.Confidentiality, 1), matrixLevel(klassa, domain.Integrity, domain.Unset))
	}
}

// TestMatrixLocked: a decided classification's matrix shows the levels
// and refuses digits and Enter, saying why.
func TestMatrixLocked(t *testing.T) {
	u, w := matrixWorkshop(t)
	w.locked = true
	w.show(stepClassify)
	mv := w.classify.mv
	typeKeys(u, "2")
	pressKey(u, fyne.KeyReturn)
	if u.dialogOpen() {
		t.Error("Enter opened the motivation of a locked classification")
	}
	if c, _ := u.svc.Classification(w.c.ID); c.InfoTypes[0].Ratings[domain.Confidentiality].Level != 4 {
		t.Error("a digit changed a locked classification")
	}
	if !strings.Contains(mv.hint.Text, "låst") {
		t.Errorf("hint %q", mv.hint.Text)
	}
	test.Tap(findButton(t, u.win, "Visa korten"))
	if w.classify.matrix {
		t.Error("Visa korten did not show the cards")
	}
}

// TestMatrixExport: Matris till Excel… opens the save dialog with the
// matrix's file name, marked as a draft while undecided; the service
// writes the matrix of the workshop's classification.
func TestMatrixExport(t *testing.T) {
	u, w := matrixWorkshop(t)
	test.Tap(findButton(t, u.win, "Matris till Excel…"))
	found := false
	for _, o := range objects(u.win) {
		if e, ok := o.(*widget.Entry); ok && e.Text == "Klassningsmatris – Treserva – socialtjänstens verksamhetssystem (utkast).xlsx" {
			found = true
		}
	}
	if !found {
		t.Error("the save dialog does not suggest the matrix's draft name")
	}
	closeOverlays(u)
	path := filepath.Join(t.TempDir(), "matris.xlsx")
	if _, err := u.svc.ExportMatrix(context.Background(), path, w.asset.Name); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Matris", "A12"); v != "Fakturaunderlag" {
		t.Errorf("A12 = %q", v)
	}
}

// TestMatrixFits: eight information types, the header and the result
// row fit without scrolling at 1366×768 and, presenting, at 1280×720;
// the columns fit the width.
func TestMatrixFits(t *testing.T) {
	u, w := matrixWorkshop(t)
	for _, c := range []struct {
		screen  fyne.Size
		present bool
	}{{fyne.NewSize(1366, 768), false}, {fyne.NewSize(1280, 720), true}} {
		if u.presenting != c.present {
			u.togglePresentation()
		}
		u.win.Resize(contentSize(c.screen, c.present))
		mv := w.classify.mv
		if mv == nil {
			t.Fatal("the matrix is not shown")
		}
		fit := &matrixFit{v: mv}
		pad := theme.Padding()
		rows := float32(mv.resultRow() + 1)
		need := rows*fit.rowHeight() + (rows-1)*pad
		if got := mv.table.Size().Height; got+1 < need {
			t.Errorf("%v (presentation %v): the matrix gets %.0f px, its %v rows need %.0f", c.screen, c.present, got, rows, need)
		}
		width := pad * float32(len(mv.aspects()))
		for col := 0; col <= len(mv.aspects()); col++ {
			width += mv.table.columnWidth(col)
		}
		if got := mv.table.Size().Width; got+1 < width {
			t.Errorf("%v: the columns need %.0f px of %.0f", c.screen, width, got)
		}
	}
}

// TestMatrixInKlassasNumbering: in a KLASSA database (0–4) the digit 0
// sets the lowest level and 4 the highest, shown as K0 and K4; Ctrl+M
// opens the matrix from another step.
func TestMatrixInKlassasNumbering(t *testing.T) {
	u := newKlassaUI(t)
	u.Window().Resize(fyne.NewSize(1366, 728))
	a := &domain.Asset{Name: "Skolplattformen"}
	if err := u.svc.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	u.showWorkshop(a.ID)
	w := u.workshop
	if err := w.addInfoType("Betyg"); err != nil {
		t.Fatal(err)
	}
	w.show(stepResult)
	pressShortcut(u, keyMatrix)
	if w.current != stepClassify || w.classify.mv == nil {
		t.Fatal("Ctrl+M in Resultat did not open the matrix")
	}
	for _, c := range []struct {
		key   string
		level domain.Level
		shown string
	}{{"0", 1, "K0"}, {"4", 5, "K4"}, {"5", 5, "K4"}} {
		typeKeys(u, c.key)
		got, _ := u.svc.Classification(w.c.ID)
		if l := got.InfoTypes[0].Ratings[domain.Confidentiality].Level; l != c.level || !strings.Contains(w.classify.mv.detailText(), c.shown+" – ") {
			t.Errorf("after %s: level %d, shown %q; want %d, %s", c.key, l, w.classify.mv.detailText(), c.level, c.shown)
		}
	}
}
