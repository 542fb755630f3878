package ui

import (
	"encoding/json"
	"fyne.io/fyne/v2/test"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func loadJSON(t *testing.T, name string) map[string]string {
	t.Helper()
	b, err := translations.ReadFile("translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	m := map[string]string{}
	for k, v := range raw {
		var text string
		if json.Unmarshal(v, &text) == nil {
			m[k] = text
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			t.Fatalf("%s: %q is neither a text nor plural forms: %v", name, k, err)
		}
		m[k] = forms["other"]
	}
	return m
}

// loadPlurals returns the texts of a translation file that have plural
// forms, each as its forms by name ("one", "other").
func loadPlurals(t *testing.T, name string) map[string]map[string]string {
	t.Helper()
	b, err := translations.ReadFile("translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := map[string]map[string]string{}
	for k, v := range raw {
		var forms map[string]string
		if json.Unmarshal(v, &forms) == nil {
			out[k] = forms
		}
	}
	return out
}

// TestPluralForms checks that every text given to trn has a singular and
// a plural in both languages, taking the same arguments, and that a count
// of one reads in the singular: "1 fråga", "1 question".
func TestPluralForms(t *testing.T) {
	need := literalCalls(t, ".", 0, "trn")
	if len(need) == 0 {
		t.Fatal("no trn calls found")
	}
	for _, file := range []string{"sv.json", "en.json"} {
		plurals := loadPlurals(t, file)
		for s, where := range need {
			forms, ok := plurals[s]
			if !ok || forms["one"] == "" || forms["other"] == "" {
				t.Errorf("%s: %q has no one and other forms in %s: %v", where, s, file, forms)
				continue
			}
			want := strings.Join(verbs.FindAllString(s, -1), " ")
			for name, f := range forms {
				if got := strings.Join(verbs.FindAllString(f, -1), " "); got != want {
					t.Errorf("%s %s form of %q, %q, takes %s, not %s", file, name, s, f, got, want)
				}
			}
			if file == "sv.json" && forms["other"] != s {
				t.Errorf("the Swedish plural of %q is %q", s, forms["other"])
			}
		}
	}
	test.NewTempApp(t)
	translationsOnce.Do(loadTranslations) // alone, no earlier test has loaded them
	if got := trn("%d normerande klassningar", 1, 1); got != "1 normerande klassning" {
		t.Errorf("one reads %q", got)
	}
	if got := trn("%d normerande klassningar", 3, 3); got != "3 normerande klassningar" {
		t.Errorf("three read %q", got)
	}
	inEnglish(t)
	if got := trn("%d normerande klassningar", 1, 1); got != "1 normative classification" {
		t.Errorf("one reads %q in English", got)
	}
}

// literalCalls returns the string literals passed as argument arg to the
// named functions in the Go files of dir (tests left out), and the
// literals given as Format or Message fields.
func literalCalls(t *testing.T, dir string, arg int, names ...string) map[string]string {
	t.Helper()
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	out := map[string]string{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if kv, ok := n.(*ast.KeyValueExpr); ok {
				key, _ := kv.Key.(*ast.Ident)
				lit, _ := kv.Value.(*ast.BasicLit)
				if key != nil && lit != nil && lit.Kind == token.STRING && (key.Name == "Format" || key.Name == "Message") {
					s, _ := strconv.Unquote(lit.Value)
					out[s] = fset.Position(lit.Pos()).String()
				}
				return true
			}
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) <= arg {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			if !want[name] {
				return true
			}
			if lit, ok := call.Args[arg].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				out[s] = fset.Position(lit.Pos()).String()
			}
			return true
		})
	}
	return out
}

var verbs = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestEveryTextIsTranslated fails when a text the interface shows has no
// English translation, or its translation does not take the same
// arguments: every tr and trf literal in this package, every label of the
// domain, every message format of the domain and every open error.
func TestEveryTextIsTranslated(t *testing.T) {
	en, sv := loadJSON(t, "en.json"), loadJSON(t, "sv.json")
	need := literalCalls(t, ".", 0, "tr", "trf")
	for s, where := range literalCalls(t, "../domain", 3, "problem") {
		need[s] = where
	}
	thr := literalCalls(t, "../domain", 1, "thresholdProblem")
	thr[domain.ThresholdUnanswered] = "domain.ThresholdUnanswered"
	for _, f := range []string{"%s besvarad med %s behöver en kommentar.", "%s besvarad med %s behöver en referens eller förklaring."} {
		thr[f] = "domain.ThresholdAnalysis.Problems"
	}
	for s, where := range thr {
		need[s] = where
		need["Tröskelanalys: "+s] = where
	}
	add := func(s, where string) { need[s] = where }
	for _, s := range domain.Statuses {
		add(s.Label(), "domain.Status")
	}
	for _, k := range domain.AssetKinds {
		add(k.Label(), "domain.AssetKind")
	}
	for _, k := range domain.ClassificationKinds {
		add(k.Label(), "domain.ClassificationKind")
	}
	for _, r := range domain.Roles {
		add(r.Label(), "domain.Role")
	}
	for _, r := range domain.RaiseReasons {
		add(r.Label(), "domain.RaiseReason")
		add(string(r), "domain.RaiseReason")
	}
	for _, a := range []domain.Answer{domain.AnswerNone, domain.AnswerYes, domain.AnswerNo, domain.AnswerUnsure} {
		add(a.Label(), "domain.Answer")
	}
	for _, o := range []domain.Outcome{domain.OutcomeNone, domain.OutcomeRequired, domain.OutcomeNotRequired, domain.OutcomeException,
		domain.OutcomeAssess, domain.OutcomeUnsure, domain.OutcomeNotApplicable} {
		add(o.Label(), "domain.Outcome")
	}
	for _, d := range []domain.Decision{domain.DecisionNone, domain.DecisionRequired, domain.DecisionNotRequired} {
		add(d.Label(), "domain.Decision")
	}
	for _, s := range domain.DPIAStatuses {
		add(s.Label(), "domain.DPIAStatus")
	}
	for _, n := range domain.DPIANeeds {
		add(n.Label(), "domain.DPIANeed")
	}
	for _, s := range []domain.PlanState{domain.PlanProposed, domain.PlanAccepted, domain.PlanMoved} {
		add(s.Label(), "domain.PlanState")
	}
	for _, a := range domain.AllAspects {
		add(a.Name(), "domain.Aspect")
		add(strings.ToLower(a.Name()), "domain.Aspect")
	}
	for _, r := range []domain.AspectResult{{}, {Effective: 2, Calculated: 2}, {Effective: 3, Calculated: 2, Raise: &domain.Raise{Level: 3}}} {
		f, _ := r.Explanation(domain.DefaultModel(), "och")
		add(f, "domain.AspectResult")
	}
	for _, f := range domain.ChangeLabels {
		add(f, "domain.ChangeLabels")
	}
	for _, r := range helpRows {
		add(r[0], "helpRows")
		add(r[1], "helpRows")
	}
	for _, l := range sortLabels {
		add(l, "sortLabels")
	}
	for s, where := range need {
		e, ok := en[s]
		if !ok {
			t.Errorf("%s: %q has no English translation", where, s)
			continue
		}
		if sv[s] != s {
			t.Errorf("%s: %q is not in sv.json", where, s)
		}
		if strings.Join(verbs.FindAllString(s, -1), " ") != strings.Join(verbs.FindAllString(e, -1), " ") {
			t.Errorf("%q and its translation %q take different arguments", s, e)
		}
	}
	for _, f := range domain.Priorities().Factors {
		if f.TextEN == "" {
			t.Errorf("priority factor %s has no English text", f.ID)
		}
	}
	m := domain.DefaultModel()
	for _, l := range m.Levels {
		if l.LabelEN == "" {
			t.Errorf("level %d has no English label", l.Level)
		}
	}
	for _, q := range domain.ThresholdQuestions().Questions {
		if q.LabelEN == "" || q.ExplanationEN == "" || q.ExampleEN == "" {
			t.Errorf("question %s lacks English", q.ID)
		}
	}
}

// TestNoUntranslatedSwedish fails when a Swedish text is written in the
// interface's code without passing through tr or trf.
func TestNoUntranslatedSwedish(t *testing.T) {
	swedish := regexp.MustCompile(`[åäöÅÄÖ]`)
	allowed := literalCalls(t, ".", 0, "tr", "trf", "trn")
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, _ := os.ReadFile(f)
		file, err := parser.ParseFile(fset, f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.GenDecl:
				if x.Tok == token.VAR {
					return false // the help rows and sort labels are translated where they are shown
				}
			case *ast.BasicLit:
				if x.Kind != token.STRING {
					return true
				}
				s, _ := strconv.Unquote(x.Value)
				if swedish.MatchString(s) {
					if _, ok := allowed[s]; !ok {
						t.Errorf("%s: %q is shown without translation", fset.Position(x.Pos()), s)
					}
				}
			}
			return true
		})
	}
}
