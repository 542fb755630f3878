package app

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
	"github.com/xuri/excelize/v2"
)

// longCell stands in a workbook for a text of 40,000 characters, which
// excelize will not write: hostileList puts it into the file's XML.
const longCell = "LÅNG-CELL-40000"

// hostileList writes a list with one asset row, putting longCell's
// text into the XML afterwards.
func hostileList(t *testing.T, row []any) string {
	t.Helper()
	f := excelize.NewFile()
	header := []any{"System", "Ägare", "Förvaltningsobjekt", "Beskrivning", "Status", "K", "R", "T", "Senast klassad"}
	f.SetSheetRow("Sheet1", "A1", &header)
	f.SetSheetRow("Sheet1", "A2", &row)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	f.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, e := range zr.File {
		r, err := e.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r)
		r.Close()
		b = bytes.ReplaceAll(b, []byte(longCell), bytes.Repeat([]byte("x"), 40_000))
		w, err := zw.Create(e.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lista.xlsx")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// dirState is the sha256 of every file in dir, by name; a database's
// -shm, SQLite's shared-memory index that every reader touches, counts
// only by its presence.
func dirState(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][32]byte{}
	for _, e := range es {
		if strings.HasSuffix(e.Name(), "-shm") {
			out[e.Name()] = [32]byte{}
			continue
		}
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = sha256.Sum256(b)
	}
	return out
}

func dirDiff(before, after map[string][32]byte) []string {
	var d []string
	for n, h := range after {
		if b, ok := before[n]; !ok {
			d = append(d, "new "+n)
		} else if b != h {
			d = append(d, "changed "+n)
		}
	}
	for n := range before {
		if _, ok := after[n]; !ok {
			d = append(d, "gone "+n)
		}
	}
	sort.Strings(d)
	return d
}

// TestDryRunAgreesWithApply is the preview's promise as a property: for
// each hostile row — bidi and zero-width characters, control characters,
// carriage returns, 40,000-character texts, a date after today, an
// unknown status, a level outside the model — the preview's verdict is
// the apply's, row by row. The apply's verdict is taken twice: from the
// store alone, writing the reader's plan with no check of the app's, and
// from ApplyImport. A refused row names what is wrong in Swedish and
// leaves the database's folder byte for byte as it was, with no new
// file; an accepted one is stored as the preview showed it.
func TestDryRunAgreesWithApply(t *testing.T) {
	ctx := context.Background()
	ok := func(name string) func(*testing.T, domain.Asset) {
		return func(t *testing.T, a domain.Asset) {
			if a.Name != name {
				t.Errorf("stored as %q, want %q", a.Name, name)
			}
		}
	}
	for _, c := range []struct {
		name  string
		row   []any
		want  string // a part of the refusal; "" for a row that is imported
		check func(*testing.T, domain.Asset)
	}{
		{"bidi-override", []any{"Löne\u202Esystem", "Anna Berg", "", "", "", 3, 2, 2, "2025-03-01"}, "vänder textens riktning (U+202E", nil},
		{"bidi-mark", []any{"Lönesystem\u200E", "Anna Berg", "", "", "", 3, 2, 2, "2025-03-01"}, "U+200E", nil},
		{"bidi-isolate", []any{"Löne\u2067system", "Anna Berg"}, "U+2067", nil},
		{"zero-width", []any{"Löne\u200Bsystem", "Anna Berg"}, "U+200B", nil},
		{"control-in-owner", []any{"Lönesystem", "Anna\x1b[2JBerg"}, "", func(t *testing.T, a domain.Asset) {
			if strings.ContainsAny(a.OwnerName, "\x1b\x07") {
				t.Errorf("a control character stored: %q", a.OwnerName)
			}
		}},
		{"control-in-name", []any{"Löne\x07system", "Anna Berg"}, "", func(t *testing.T, a domain.Asset) {
			if strings.ContainsAny(a.Name, "\x1b\x07") {
				t.Errorf("a control character stored: %q", a.Name)
			}
		}},
		{"private-use", []any{"Löne\uE000system", "Anna Berg"}, "U+E000", nil},
		{"bidi-owner", []any{"Lönesystem", "Anna \u202EBerg"}, "Fältet Informationsägare innehåller ett tecken som vänder textens riktning", nil},
		{"bidi-description", []any{"Lönesystem", "Anna Berg", "", "Lön\u202Eer"}, "Fältet Beskrivning", nil},
		{"bidi-object", []any{"Lönesystem", "Anna Berg", "HR\u2066"}, "Fältet Förvaltningsobjekt", nil},
		{"long-name", []any{longCell, "Anna Berg"}, "", nil},
		{"long-owner", []any{"Lönesystem", longCell}, "", nil},
		{"long-description", []any{"Lönesystem", "Anna Berg", "", longCell}, "", nil},
		{"carriage-return", []any{"Löne\rsystem", "Anna\r\nBerg", "HR\u2028lön", "Rad ett\r\nrad två\rrad tre", "", 3, 2, 2, "2025-03-01"}, "", func(t *testing.T, a domain.Asset) {
			if a.Name != "Löne system" || a.OwnerName != "Anna Berg" || a.ManagementObject != "HR lön" || a.Description != "Rad ett\nrad två\nrad tre" {
				t.Errorf("stored %q %q %q %q", a.Name, a.OwnerName, a.ManagementObject, a.Description)
			}
		}},
		{"future-date", []any{"Lönesystem", "Anna Berg", "", "", "", 3, 2, 2, "2099-01-01"}, "", ok("Lönesystem")},
		{"unknown-status", []any{"Lönesystem", "Anna Berg", "", "", "Bortglömd", 3, 2, 2, "2025-03-01"}, "Bortglömd", nil},
		{"level-outside", []any{"Lönesystem", "Anna Berg", "", "", "", 7, 2, 2, "2025-03-01"}, "ingen nivå i modellen", nil},
		{"plain", []any{"Lönesystem", "Anna Berg", "HR", "Löner", "", 3, 2, 2, "2025-03-01"}, "", ok("Lönesystem")},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := hostileList(t, c.row)
			for i := range c.row { // a long text is refused, whoever refuses it
				if c.row[i] == longCell {
					c.want = "40000 tecken"
				}
			}
			s := newService(t)
			dir := filepath.Dir(s.Path())
			before := dirState(t, dir)
			p, err := s.PreviewImport(ctx, file, "")
			if err != nil {
				t.Fatal(err)
			}
			dry := strings.Join(p.Problems, "\n")
			if c.name == "carriage-return" { // the preview shows what is written
				if len(p.Rows) != 1 || !hasChange(p.Rows[0], "Informationsägare", "", "Anna Berg") || !hasChange(p.Rows[0], "Beskrivning", "", "Rad ett\nrad två\nrad tre") {
					t.Errorf("the preview shows %+v", p.Rows)
				}
			}
			if c.want == "" && dry != "" || c.want != "" && !strings.Contains(dry, c.want) {
				t.Fatalf("the preview says %q, want %q", dry, c.want)
			}
			if p.p.OK() { // the store's own verdict on the reader's plan
				steps, err := p.p.Plan(filepath.Base(file), s.model)
				if err != nil {
					t.Fatal(err)
				}
				storeErr := s.db.ApplyImport(ctx, steps, s.model)
				if (storeErr != nil) != !p.OK() {
					t.Fatalf("the preview's verdict %v, the store's %v", p.Problems, storeErr)
				}
				if storeErr == nil { // written: start again from an empty database
					s = newService(t)
					dir = filepath.Dir(s.Path())
					before = dirState(t, dir)
					if p, err = s.PreviewImport(ctx, file, ""); err != nil {
						t.Fatal(err)
					}
				}
			}
			err = s.ApplyImport(ctx, p)
			if (err != nil) != !p.OK() {
				t.Fatalf("the preview's verdict %v, ApplyImport's %v", p.Problems, err)
			}
			if err != nil {
				if !errors.Is(err, xlsx.ErrProblems) {
					t.Errorf("refused with %v", err)
				}
				if d := dirDiff(before, dirState(t, dir)); len(d) > 0 {
					t.Errorf("a refused import changed the folder: %v", d)
				}
				return
			}
			sums, _ := s.Register()
			if len(sums) != 1 {
				t.Fatalf("%d assets", len(sums))
			}
			if c.check != nil {
				c.check(t, sums[0].Asset)
			}
		})
	}
}

// decidedExport exports a register of one asset whose classification is
// decided with nothing blocking it, so that an import decides it again.
func decidedExport(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	s := openTempService(t)
	a := &domain.Asset{Name: "Elevregister", OwnerName: "Eva Ek", PersonalData: true}
	must(t, s.db.CreateAsset(ctx, a))
	c := domain.NewClassification(a.ID, s.model, s.Today())
	c.Participants = []domain.Participant{{Name: "Eva Ek", Role: domain.RoleOwner}}
	c.InfoTypes = []domain.InfoType{{Name: "Elevuppgifter", Ratings: map[domain.Aspect]domain.Rating{
		domain.Confidentiality: {Level: 2, Motivation: "Namn och klass"}, domain.Integrity: {Level: 2, Motivation: "Fel klass rättas"},
		domain.Availability: {Level: 2, Motivation: "En dag går"}, domain.Traceability: {Level: 2, Motivation: "Ändringar loggas"}}}}
	must(t, s.db.CreateClassification(ctx, c))
	must(t, s.SetRoutine(c.ID, domain.RoutineAssessment{Need: domain.NeedNotNeeded, Reason: "Inga känsliga uppgifter"}))
	if _, err := s.Decide(c.ID, domain.OwnerDecision{By: "Eva Ek"}); err != nil {
		t.Fatalf("decide: %v", err)
	}
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDryRunAgreesWithApplyOnAnExport is the same promise for the sheets
// of an Infoklass export, imported into an empty database: a decision
// dated after today or before its classification, who decided and a
// motivation with bidi controls, an information type's name with a
// zero-width space, a level outside the model. The preview's verdict is
// the store's and ApplyImport's; a refused file changes nothing in the
// database's folder.
func TestDryRunAgreesWithApplyOnAnExport(t *testing.T) {
	ctx := context.Background()
	export := decidedExport(t)
	rows := func() int {
		f, err := excelize.OpenFile(export)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		r, _ := f.GetRows("Klassningar")
		return len(r)
	}()
	for _, c := range []struct {
		name, header string
		value        any
		every        bool   // on every row of the classification, as its own fields stand
		want         string // a part of the refusal; "" for a file that is imported
	}{
		{"decision-after-today", "Beslutsdatum", "2099-01-01", true, ""}, // imported undecided, named with the reason
		{"decision-before-start", "Beslutsdatum", "2020-01-01", true, ""},
		{"decider-bidi", "Beslutat av", "Eva \u202EEk", true, "U+202E"},
		{"decider-line-break", "Beslutat av", "Eva\r\nEk", true, ""},
		{"motivation-bidi", "Motivering K", "Namn \u202Eoch klass", false, "Fältet Motivering"},
		{"type-zero-width", "Informationstyp", "Elev\u200Buppgifter", false, "U+200B"},
		{"level-outside", "K", 7, false, "7"},
		{"unchanged", "Beskrivning", "", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := excelize.OpenFile(export)
			if err != nil {
				t.Fatal(err)
			}
			last := 2
			if c.every {
				last = rows
			}
			for row := 2; row <= last; row++ {
				setByHeader(t, f, "Klassningar", c.header, row, c.value)
			}
			file := filepath.Join(t.TempDir(), "ändrad.xlsx")
			must(t, f.SaveAs(file))
			f.Close()
			s := openTempService(t) // the same day as the export's
			dir := filepath.Dir(s.Path())
			before := dirState(t, dir)
			p, err := s.PreviewImport(ctx, file, "")
			if err != nil {
				t.Fatal(err)
			}
			dry := strings.Join(p.Problems, "\n")
			if c.want == "" && dry != "" || c.want != "" && !strings.Contains(dry, c.want) {
				t.Errorf("the preview says %q, want %q; rows %+v", dry, c.want, p.Rows)
			}
			if p.p.OK() {
				steps, err := p.p.Plan(filepath.Base(file), s.model)
				if err != nil {
					t.Fatal(err)
				}
				err = s.db.ApplyImport(ctx, steps, s.model)
				if (err != nil) != !p.OK() {
					t.Fatalf("the preview's verdict %v, the store's %v", p.Problems, err)
				}
				if err == nil { // imported as the preview said: decided only where it said so
					a, _ := s.db.AssetByName(ctx, "Elevregister")
					got, _ := s.db.LatestClassification(ctx, a.ID)
					notApplied := len(p.Rows) == 1 && len(p.Rows[0].NotApplied) > 0
					if got == nil || got.Decided() == notApplied || strings.ContainsAny(got.DecidedBy, "\r\n") {
						t.Errorf("imported %+v; preview %+v", got, p.Rows)
					}
					return
				}
			}
			if err := s.ApplyImport(ctx, p); err == nil {
				t.Fatalf("the preview's verdict %v, ApplyImport imported it", p.Problems)
			}
			if d := dirDiff(before, dirState(t, dir)); len(d) > 0 {
				t.Errorf("a refused import changed the folder: %v", d)
			}
		})
	}
}
