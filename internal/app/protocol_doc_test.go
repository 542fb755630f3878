package app

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// protocolMeeting stores a classification with everything a protocol
// records: participants, two rated types, a raise, a revealed vote, a
// threshold analysis answered in full with the DSO's opinion, and a
// parked question.
func protocolMeeting(t *testing.T, s *Service) *Workshop {
	t.Helper()
	ws := undecided(t, s, true)
	c := ws.Classification
	c.Scope = "Ansökningar om bygglov från inkomst till beslut."
	if err := s.UpdateClassification(c); err != nil {
		t.Fatal(err)
	}
	for _, p := range []domain.Participant{{Name: "Åsa Öberg", Role: domain.RoleISAM},
		{Name: "Per Ås", Role: domain.RoleRepresentative}} {
		if err := s.AddParticipant(c.ID, &p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Raise(c.ID, domain.Availability, &domain.Raise{Level: 3, Reason: domain.RaiseAggregation,
		Explanation: "Alla ärenden samlas i ett system"}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Classification(c.ID)
	round, err := s.StartVote(got.InfoTypes[0].ID, domain.Integrity)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range []domain.Level{2, 3} {
		if err := s.CastVote(round.ID, got.Participants[i].ID, l); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.RevealVote(round.ID); err != nil {
		t.Fatal(err)
	}
	th, err := s.StartThreshold(ws.Asset, got)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range th.Questions().Questions {
		r := domain.Response{Answer: domain.AnswerNo}
		if i == 0 {
			r = domain.Response{Answer: domain.AnswerYes, Comment: "Personnummer"}
		}
		if err := s.Answer(th.ID, q.ID, r); err != nil {
			t.Fatal(err)
		}
	}
	th.DSOOpinion = "Dataskyddsombudet instämmer i bedömningen."
	if err := s.UpdateThreshold(th); err != nil {
		t.Fatal(err)
	}
	if err := s.ParkQuestion(c.ID, &domain.ParkedQuestion{Text: "Vem äger ritningsarkivet?"}); err != nil {
		t.Fatal(err)
	}
	if ws, err = s.OpenWorkshop(ws.Asset.ID); err != nil {
		t.Fatal(err)
	}
	return ws
}

// pdfText returns the text of the PDF at path, one string a page, read
// back with pdftotext; the test is skipped where poppler is missing.
func pdfText(t *testing.T, path string) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext saknas (poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(strings.TrimRight(string(out), "\f\n"), "\f")
	return pages
}

// TestProtocolPDF writes the protocol of a draft and reads its text back:
// every part is there, the draft mark stands on every page with its
// number, and the decided protocol has no mark.
func TestProtocolPDF(t *testing.T) {
	s := openTempService(t)
	ws := protocolMeeting(t, s)
	if err := s.CreateProcessing(&domain.Processing{Name: "Handläggning av bygglov", RecordRef: "RF-2025-031", AssetIDs: []int64{ws.Asset.ID},
		DPIA: domain.ProcessingDPIA{Status: domain.DPIAOngoing, Reference: "Dnr 2026/77"}}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, ProtocolPDFName(ws.Asset.Name, true))
	if _, err := s.ExportProtocolPDF(context.Background(), path, ws.Asset.Name); err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != "Protokoll – Bygglovshantering (utkast).pdf" {
		t.Errorf("file name %q", filepath.Base(path))
	}
	pages := pdfText(t, path)
	all := strings.Join(pages, "\n")
	q := ws.Threshold.Questions().Questions
	want := []string{
		"Protokoll från informationsklassning", "Ansökningar om bygglov från inkomst till beslut.", // scope
		"Åsa Öberg", "Per Ås", // participants
		"Ansökningar", "Ritningar", "Måttlig skada", // types and motivations
		"Alla ärenden samlas i ett system", "Höjningar", // the raise
		"Tyst röstning", "2 röster", // the vote
		"Tröskelanalys", q[0].ID, "Personnummer", "Nej", // threshold answers
		"Dataskyddsombudet instämmer i bedömningen.", // DSO
		"Behandling Handläggning av bygglov. Registerförteckning RF-2025-031. Konsekvensbedömning: Pågående, Dnr 2026/77", // the DPIA per processing
		"Vem äger ritningsarkivet?", "Öppen", // parked
		"Beslut", "Inte fastställd", "Nästa uppföljning", "Informationsägare",
	}
	flat := strings.Join(strings.Fields(all), " ")
	for _, w := range want {
		if !strings.Contains(flat, w) {
			t.Errorf("the protocol lacks %q", w)
		}
	}
	if !strings.Contains(flat, strings.Join(strings.Fields(q[0].Label), " ")[:20]) {
		t.Errorf("the protocol lacks the question %q", q[0].Label)
	}
	for i, p := range pages {
		if !strings.Contains(p, "Utkast – inte fastställd") {
			t.Errorf("page %d lacks the draft mark", i+1)
		}
		if !strings.Contains(p, fmt.Sprintf("Sida %d av %d", i+1, len(pages))) {
			t.Errorf("page %d lacks its number", i+1)
		}
	}
	if len(pages) < 2 {
		t.Errorf("%d page: the mark on every page is not tested", len(pages))
	}
	if os.Getenv("INFOKLASS_KEEP_PDF") != "" {
		data, _ := os.ReadFile(path)
		os.WriteFile(os.Getenv("INFOKLASS_KEEP_PDF"), data, 0o644)
	}
}
