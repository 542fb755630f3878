package app

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// storeCodes are the store's refusal codes, read from the constants of
// internal/sqlite/error.go: a code added there is checked here without
// anyone listing it.
func storeCodes(t *testing.T) []sqlite.Code {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join("..", "sqlite", "error.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []sqlite.Code
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok {
			return true
		}
		if id, isType := vs.Type.(*ast.Ident); !isType || id.Name != "Code" {
			return true
		}
		for _, v := range vs.Values {
			if lit, ok := v.(*ast.BasicLit); ok {
				s, _ := strconv.Unquote(lit.Value)
				out = append(out, sqlite.Code(s))
			}
		}
		return true
	})
	if len(out) < 10 {
		t.Fatalf("only %d store codes read from error.go", len(out))
	}
	return out
}

// literalCodes are the codes written as literals in a Text in this
// package's code: Text{"code", …} and Text{Code: "code"}.
func literalCodes(t *testing.T) []string {
	t.Helper()
	pkgs, err := parser.ParseDir(token.NewFileSet(), ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range pkgs {
		ast.Inspect(p, func(n ast.Node) bool {
			cl, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if id, isIdent := cl.Type.(*ast.Ident); !isIdent || id.Name != "Text" || len(cl.Elts) == 0 {
				return true
			}
			e := cl.Elts[0]
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				out = append(out, s)
			}
			return true
		})
	}
	return out
}

// refusals are the domain.Refuse calls of internal/domain and this
// package: each code with its Swedish format.
func refusals(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, dir := range []string{".", filepath.Join("..", "domain")} {
		pkgs, err := parser.ParseDir(token.NewFileSet(), dir, func(fi fs.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pkgs {
			ast.Inspect(p, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) < 2 {
					return true
				}
				name := ""
				switch f := call.Fun.(type) {
				case *ast.Ident:
					name = f.Name
				case *ast.SelectorExpr:
					name = f.Sel.Name
				}
				code, ok1 := call.Args[0].(*ast.BasicLit)
				format, ok2 := call.Args[1].(*ast.BasicLit)
				if name != "Refuse" || !ok1 || !ok2 {
					return true
				}
				c, _ := strconv.Unquote(code.Value)
				f, _ := strconv.Unquote(format.Value)
				out[c] = f
				return true
			})
		}
	}
	if len(out) < 5 {
		t.Fatalf("only %d refusals found", len(out))
	}
	return out
}

// emitted is every code the package's messages can carry.
func emitted(t *testing.T) map[string]string {
	out := map[string]string{}
	add := func(code, from string) { out[code] = from }
	for _, c := range literalCodes(t) {
		add(c, "a literal Text")
	}
	for _, c := range storeCodes(t) {
		tx, ok := Describe(&sqlite.Error{Code: c})
		if !ok {
			t.Errorf("store code %s has no words", c)
		}
		add(tx.Code, "store code "+string(c))
	}
	for k := sqlite.Other; k <= sqlite.LastKind; k++ {
		for _, e := range []*sqlite.OpenError{{Kind: k, Path: "x.db"}, {Kind: k, Path: "x.db", Err: &sqlite.WALError{}},
			{Kind: k, Path: "x.db", Err: &sqlite.SchemaError{}}, {Kind: k, Path: "x.db", Err: &sqlite.AliasError{}}} {
			add(openMessage(e).Code, "open kind")
			add(openCLIMessage(e).Code, "open kind, command line")
		}
	}
	for c, n := range classNames {
		add(openMessage(&sqlite.OpenError{Kind: sqlite.Other, Err: classError(c)}).Code, "open class "+n)
		add(explain(classError(c)).Code, "class "+n)
	}
	for _, c := range fullCodes {
		add(c, "full disk")
	}
	for _, s := range sentences {
		add(s.code, s.err.Error())
	}
	for c, f := range refusals(t) {
		add(c, "domain.Refuse")
		if want := capitalize(f) + "."; catalogue[Swedish][c] != want {
			t.Errorf("refusal %s: the catalogue says %q, the code %q", c, catalogue[Swedish][c], want)
		}
	}
	for _, s := range workbookErrors {
		tx, _ := Describe(s.err)
		add(tx.Code, s.err.Error())
	}
	for _, e := range []error{&domain.BlockedError{}, &domain.ModelError{}, &ExistsError{}, &domain.NameError{Name: "x"},
		&domain.NameError{Field: "Beskrivning"}, &domain.TextLengthError{What: "Namnet"}, &domain.TextLengthError{What: "Beskrivning"}} {
		tx, _ := Describe(e)
		add(tx.Code, "own error")
	}
	add(codeUnknown, "unknown")
	return out
}

// classError is an error of class c.
func classError(c sqlite.ErrorClass) error {
	for _, e := range classSamples {
		if sqlite.Classify(e) == c {
			return e
		}
	}
	return nil
}

var classSamples = []error{errText("database or disk is full"), errText("permission denied"), errText("no such file or directory"),
	errText("too many levels of symbolic links"), errText("read-only file system"), errText("database is locked"),
	errText("disk I/O error"), errText("database disk image is malformed"), errText("file name too long")}

type errText string

func (e errText) Error() string { return string(e) }

var verbs = regexp.MustCompile(`%[-+# 0]*[0-9]*[a-zA-Z%]`)

// TestCatalogue: every code has Swedish and English words with the same
// verbs in the same order; every code the package emits — its literals,
// the store's codes read from the store's source, every kind and class of
// error, the sentences — is in the catalogue, and every code in the
// catalogue is emitted.
func TestCatalogue(t *testing.T) {
	sv, en := catalogue[Swedish], catalogue[English]
	for c, s := range sv {
		e, ok := en[c]
		switch {
		case strings.TrimSpace(s) == "":
			t.Errorf("%s has no Swedish words", c)
		case !ok || strings.TrimSpace(e) == "":
			t.Errorf("%s has no English words", c)
		case strings.Join(verbs.FindAllString(s, -1), " ") != strings.Join(verbs.FindAllString(e, -1), " "):
			t.Errorf("%s: the verbs differ:\n%s\n%s", c, s, e)
		}
	}
	for c := range en {
		if _, ok := sv[c]; !ok {
			t.Errorf("%s is in English only", c)
		}
	}
	em := emitted(t)
	var missing []string
	for c, from := range em {
		if _, ok := sv[c]; !ok {
			missing = append(missing, c+" ("+from+")")
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("code %s is not in the catalogue", m)
	}
	for c := range sv {
		if _, ok := em[c]; !ok {
			t.Errorf("the catalogue's %s is never emitted", c)
		}
	}
}

// TestWorkbookErrors: a workbook that cannot be read is said as such,
// with what was found, in both languages; never "something went wrong".
func TestWorkbookErrors(t *testing.T) {
	tx, ok := Describe(fmt.Errorf("läs lista.xlsx: %w: filen är 600,0 MB, gränsen är 512,0 MB", xlsx.ErrTooLarge))
	if got := tx.In(Swedish); !ok || got != "Arbetsboken är för stor för att importeras. Filen är 600,0 MB, gränsen är 512,0 MB. Inget har ändrats." {
		t.Errorf("too large: %q", got)
	}
	if got := tx.In(English); !strings.HasPrefix(got, "The workbook is too large to be imported.") {
		t.Errorf("too large in English: %q", got)
	}
	s := newService(t)
	path := filepath.Join(t.TempDir(), "lista.xlsx")
	if err := os.WriteFile(path, []byte("Namn;Ägare\nLönesystem;Johan\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := s.PreviewImport(context.Background(), path, "")
	tx, ok = Describe(err)
	if !ok || tx.Code != "workbook.not_workbook" || strings.Contains(tx.In(English), "went wrong") {
		t.Errorf("a text file as a workbook: %v → %+v %q", err, tx, tx.In(English))
	}
}

// TestTextErrors: a name or text refused for a character or its length
// reads in Swedish as the domain words it, and in English.
func TestTextErrors(t *testing.T) {
	for _, e := range []error{
		&domain.NameError{Name: "Lön\u202esystem", Rune: 0x202e, Pos: 4, What: "ett tecken som vänder textens riktning"},
		&domain.NameError{Field: "Informationsägare", Rune: 0x7, Pos: 1, What: "ett styrtecken"},
		&domain.TextLengthError{What: "Namnet", Chars: 40000}, &domain.TextLengthError{What: "Beskrivning", Chars: 40000},
	} {
		tx, ok := Describe(fmt.Errorf("ändra tillgång: %w", e))
		if !ok || tx.In(Swedish) != e.Error() {
			t.Errorf("%v: %q", e, tx.In(Swedish))
		}
		if en := tx.In(English); en == tx.In(Swedish) || !strings.Contains(en, "Excel") && !strings.Contains(en, "U+") {
			t.Errorf("%v in English: %q", e, en)
		}
	}
}

// TestTextIn: a message reads in the language asked for.
func TestTextIn(t *testing.T) {
	tx, ok := Describe(sqlite.ErrDuplicateName)
	if !ok || tx.In(Swedish) != "Det finns redan en informationstillgång med det namnet." ||
		tx.In(English) != "There is already an information asset with that name." {
		t.Errorf("%+v: %q / %q", tx, tx.In(Swedish), tx.In(English))
	}
	full, _ := fileMessage(onFile("/hem/lista.xlsx", writeExport, errText("no space left on device")))
	if got := full.In(English); !strings.Contains(got, "/hem/lista.xlsx") || !strings.Contains(got, "disk is full") {
		t.Errorf("English full disk: %q", got)
	}
}

// TestRefusalsHaveWords: a rule's refusal reaches the window as its
// sentence in the user's language, not as "något gick fel".
func TestRefusalsHaveWords(t *testing.T) {
	s := newService(t)
	err := domain.ValidateDecisionDate(domain.NewDate(2099, 1, 1), domain.NewDate(2025, 5, 1), s.Today())
	tx, ok := Describe(fmt.Errorf("besluta: %w", err))
	if !ok || tx.In(Swedish) != "Beslutsdatumet 2099-01-01 ligger efter dagens datum 2025-06-01; ett beslut kan inte dateras framåt." ||
		!strings.HasPrefix(tx.In(English), "The decision date 2099-01-01 is after") {
		t.Errorf("%v: %q / %q", err, tx.In(Swedish), tx.In(English))
	}
	if _, err := s.Review(1066); err == nil {
		t.Fatal("the year 1066 reviewed")
	} else if tx, ok := Describe(err); !ok || tx.Code != "review.year" {
		t.Errorf("1066: %+v", tx)
	}
}
