package ui

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestTextsHaveGlyphs: every character of every interface text, in both
// languages, and of the model's texts is in the bundled text fonts, so
// nothing is drawn as "�". Fyne's symbol font is no help: a character
// drawn from it takes the space beside it along, and the symbol font has
// no space, so "Arkiv → Spara" was drawn "Arkiv →� Spara" (emoji such as ⚠
// and ✓ are not in the text fonts either).
func TestTextsHaveGlyphs(t *testing.T) {
	var faces []*font.Face
	for _, r := range [][]byte{theme.DefaultTextFont().Content(), theme.DefaultTextBoldFont().Content()} {
		f, err := font.ParseTTF(bytes.NewReader(r))
		if err != nil {
			t.Fatal(err)
		}
		faces = append(faces, f)
	}
	has := func(r rune) bool {
		if unicode.IsControl(r) || unicode.In(r, unicode.Zl, unicode.Zp) {
			return true // a line break or a control, not drawn (the rules' text cleaning names them)
		}
		for _, f := range faces {
			if _, ok := f.NominalGlyph(r); ok {
				return true
			}
		}
		return false
	}
	check := func(where, s string) {
		for _, r := range s {
			if !has(r) {
				t.Errorf("%s: %q has %q (U+%04X), which the fonts lack", where, s, r, r)
				return
			}
		}
	}
	for _, name := range []string{"sv.json", "en.json"} {
		for k, v := range loadJSON(t, name) {
			check(name, k)
			check(name, v)
		}
		for k, forms := range loadPlurals(t, name) {
			for _, f := range forms {
				check(name+" "+k, f)
			}
		}
	}
	// The use cases' words, which the window shows as they are.
	for _, name := range []string{"../app/words/sv.json", "../app/words/en.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var words map[string]string
		if err := json.Unmarshal(b, &words); err != nil {
			t.Fatal(err)
		}
		for k, v := range words {
			check(name+" "+k, v)
		}
	}
	m := domain.DefaultModel()
	b, _ := json.Marshal(m)
	check("model", string(b))
	q, _ := json.Marshal(domain.ThresholdQuestions())
	check("questions", string(q))
	// The screens' literals, and the words of the use cases, the rules and
	// the file formats, which the screens show as they are.
	var files []string
	for _, dir := range []string{".", "../app", "../domain", "../xlsx"} {
		more, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		files = append(files, more...)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					check(fset.Position(lit.Pos()).String(), s)
				}
			}
			return true
		})
	}
}
