package app

import (
	"archive/zip"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// docxText returns the text of word/document.xml in the .docx at path,
// one paragraph a line, after checking that every XML part is well
// formed and that each image the document names is in the package.
func docxText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	parts := map[string]bool{}
	var text strings.Builder
	for _, f := range z.File {
		parts[f.Name] = true
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		rc, _ := f.Open()
		dec := xml.NewDecoder(rc)
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			if f.Name != "word/document.xml" {
				continue
			}
			switch tok := tok.(type) {
			case xml.CharData:
				text.Write(tok)
			case xml.EndElement:
				if tok.Name.Local == "p" {
					text.WriteString("\n")
				}
			}
		}
		rc.Close()
	}
	for _, p := range []string{"[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/media/image1.png", "word/footer1.xml"} {
		if !parts[p] {
			t.Errorf("the package lacks %s", p)
		}
	}
	return text.String()
}

// inOrder reports the first of want that does not follow the one before
// it in s.
func inOrder(s string, want []string) (string, bool) {
	at := 0
	for _, w := range want {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return w, false
		}
		at += i + len(w)
	}
	return "", true
}

// reviewHeadings are the classification part's headings in the seeds'
// order, then the plan and the appendices.
var reviewHeadings = []string{"Sammanfattning", "Faktorer som påverkar verksamheten", "RSA-arbetet", "Incidenthantering",
	"Informationsklassning", "Konsekvensbedömningar", "Prioriteringslistan", "Uppföljning av klassningar och krav", "Risker",
	"Plan för 2026–2028", "Under 2026", "Under 2027", "Under 2028", "Så räknas siffrorna", "Informationstillgångarna bakom siffrorna"}

// TestReviewDocx writes the fixture's review of 2025 as Word: the
// headings stand in the seeds' order, the figures' sentences and the
// plan's activities are there, and LibreOffice opens it (where soffice
// is installed) into a PDF whose text has the same headings in order.
func TestReviewDocx(t *testing.T) {
	s := openReviewFixture(t)
	ctx := context.Background()
	if err := s.SetISAMActivities(ctx, 2026, []string{"Revidera den lokala anvisningen", " ", "Genomföra träffar för dataskyddsnätverket"}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "LG 2025.docx")
	if err := s.ExportReviewDocx(ctx, path, 2025); err != nil {
		t.Fatal(err)
	}
	text := docxText(t, path)
	if w, ok := inOrder(text, reviewHeadings); !ok {
		t.Errorf("heading %q missing or out of order in\n%s", w, text)
	}
	for _, want := range []string{
		"Under 2025 har 5 informationsklassningar hanterats eller är i slutfasen, varav 2 normerande och 2 uppföljningar av tidigare genomförda klassningar.",
		"2 tidigare genomförda klassningar har följts upp och fastställts under året.",
		"[Fyll i: personuppgiftsincidenter", // a placeholder
		"Revidera den lokala anvisningen", "Genomföra träffar för dataskyddsnätverket",
		"Registerförteckning:",
		"Klassningar av alla slag", // a definition
		// the DPIAs per processing, the fixture's migrated into one processing per asset
		"Konsekvensbedömningar per behandling",
		"Vid årets slut följs konsekvensbedömningen av 2 personuppgiftsbehandlingar, varav 0 med hänvisning till registerförteckningen.",
		"Förskoleappen\n\nPågående\nFörskoleappen\n", // name, no registerförteckning entry, DPIA, assets
		"Hemtjänst\n\nEj påbörjad\nHemtjänst\n",      // its new analysis of 2025 started the DPIA afresh
		"räknade per behandling",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the document lacks %q", want)
		}
	}
	if strings.Contains(text, ": :") || strings.Contains(text, "::") {
		t.Error("a doubled colon")
	}
	if keep := os.Getenv("INFOKLASS_KEEP_DOCX"); keep != "" {
		data, _ := os.ReadFile(path)
		os.WriteFile(keep, data, 0o644)
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice saknas: dokumentet öppnas inte i LibreOffice här")
	}
	cmd := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "lo"),
		"--convert-to", "pdf", "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := strings.TrimSuffix(path, ".docx") + ".pdf"
	pages := pdfText(t, pdf)
	if len(pages) < 4 {
		t.Errorf("LibreOffice made %d pages", len(pages))
	}
	flat := strings.Join(strings.Fields(strings.Join(pages, "\n")), " ")
	if w, ok := inOrder(flat, reviewHeadings); !ok {
		t.Errorf("heading %q missing or out of order in the PDF LibreOffice made", w)
	}
	if !strings.Contains(flat, "Sida 1 av") {
		t.Error("no page numbers in the PDF LibreOffice made")
	}
}
