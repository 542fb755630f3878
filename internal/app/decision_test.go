package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// undecided stores an asset whose classification has one type rated on
// every aspect, and one type rated on none unless rateAll.
func undecided(t *testing.T, s *Service, rateAll bool) *Workshop {
	t.Helper()
	a := &domain.Asset{Name: "Bygglovshantering", OwnerName: "Lena Ek"}
	if err := s.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	ws, err := s.OpenWorkshop(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"Ansökningar", "Ritningar"} {
		it := domain.InfoType{Name: name, Ratings: map[domain.Aspect]domain.Rating{}}
		if i == 0 || rateAll {
			for _, asp := range s.model.AspectCodes() {
				it.Ratings[asp] = domain.Rating{Level: 2, Motivation: "Måttlig skada"}
			}
		}
		if err := s.AddInfoType(ws.Classification.ID, &it); err != nil {
			t.Fatal(err)
		}
	}
	if ws, err = s.OpenWorkshop(a.ID); err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestDecide(t *testing.T) {
	s := openTempService(t)
	ws := undecided(t, s, false)
	c := ws.Classification
	if n := len(s.Blockers(ws.Asset, c, ws.Threshold)); n != 4 {
		t.Fatalf("%d blockers, want the four unrated aspects", n)
	}
	_, err := s.Decide(c.ID, domain.OwnerDecision{By: "Lena Ek"})
	var be *domain.BlockedError
	if !errors.As(err, &be) {
		t.Fatalf("Decide with unrated aspects: %v", err)
	}
	if f, _, ok := Message(err); !ok || !strings.Contains(f, "kan inte fastställas") {
		t.Errorf("the refusal reads %q", f)
	}
	if _, err := s.Decide(c.ID, domain.OwnerDecision{By: "  "}); !errors.Is(err, domain.ErrNoDecisionMaker) {
		t.Errorf("Decide without a name: %v", err)
	}
	for _, it := range c.InfoTypes[1:] {
		for _, asp := range s.model.AspectCodes() {
			if err := s.Rate(it.ID, asp, domain.Rating{Level: 1, Motivation: "Offentligt"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	d, err := s.Decide(c.ID, domain.OwnerDecision{By: "Lena Ek"})
	if err != nil {
		t.Fatal(err)
	}
	if d.At != s.Today() || d.NextReview != s.Today().AddMonths(12) {
		t.Errorf("decision %+v: want today and a review in 12 months", d)
	}
	if err := s.Rate(c.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 4, Motivation: "x"}); !IsDecided(err) {
		t.Errorf("a rating after the decision: %v", err)
	}
	f, _, _ := Message(domain.ErrDecided)
	if !strings.Contains(f, "Starta uppföljning") {
		t.Errorf("the locked message %q does not point to the follow-up", f)
	}
	got, _ := s.Classification(c.ID)
	n, err := s.StartFollowUp(got)
	if err != nil || n.Kind != domain.KindFollowUp || n.Decided() {
		t.Fatalf("follow-up %+v, %v", n, err)
	}
	if carried, _ := s.ParkedQuestions(n.ID); len(carried) != 0 {
		t.Errorf("a follow-up of a meeting with no parked questions has %+v", carried)
	}
	if err := s.Rate(n.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Omprövad"}); err != nil {
		t.Errorf("the follow-up is not editable: %v", err)
	}
}

// TestParkedQuestionsAfterDecision resolves a parked question after the
// decision, is refused a rewording with a sentence that says why, and
// starts a follow-up that carries the question still open.
func TestParkedQuestionsAfterDecision(t *testing.T) {
	s := openTempService(t)
	ws := undecided(t, s, true)
	c := ws.Classification
	open := domain.ParkedQuestion{Text: "Vem äger loggarna hos leverantören?"}
	answered := domain.ParkedQuestion{Text: "Omfattas elevhälsans journaler?"}
	for _, q := range []*domain.ParkedQuestion{&open, &answered} {
		if err := s.ParkQuestion(c.ID, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Decide(c.ID, domain.OwnerDecision{By: "Lena Ek"}); err != nil {
		t.Fatal(err)
	}
	answered.Resolved = true
	if err := s.UpdateParked(&answered); err != nil {
		t.Fatalf("resolving after the decision: %v", err)
	}
	err := s.DeleteParked(open.ID)
	if f, _, ok := Message(err); !errors.Is(err, domain.ErrParkedFixed) || !ok || !strings.Contains(f, "markeras som löst") {
		t.Errorf("removing after the decision: %v reads %q", err, f)
	}
	got, _ := s.Classification(c.ID)
	n, err := s.StartFollowUp(got)
	if err != nil {
		t.Fatal(err)
	}
	carried, err := s.ParkedQuestions(n.ID)
	if err != nil || len(carried) != 1 || carried[0].Text != open.Text || carried[0].Resolved {
		t.Errorf("the follow-up carried %+v, %v", carried, err)
	}
	kept, _ := s.ParkedQuestions(c.ID)
	if len(kept) != 2 || !kept[1].Resolved {
		t.Errorf("the decided classification's questions became %+v", kept)
	}
}

// TestProtocolOfADraft writes the protocol before and after the decision:
// the draft says so on its first rows and in the page header, with what
// remains; the decided one does not.
func TestProtocolOfADraft(t *testing.T) {
	s := openTempService(t)
	ws := undecided(t, s, false)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "protokoll.xlsx")
	if _, err := s.ExportProtocol(ctx, path, ws.Asset.Name); err != nil {
		t.Fatal(err)
	}
	rows, header := protocol(t, path)
	if !strings.Contains(rows, "Utkast – inte fastställd") || !strings.Contains(rows, "Detta återstår innan beslut (4)") ||
		!strings.Contains(rows, "'Ritningar': ingen nivå vald för konfidentialitet.") {
		t.Errorf("the draft protocol lacks the mark or what remains:\n%s", rows)
	}
	if !strings.Contains(header, "Utkast – inte fastställd") {
		t.Errorf("the page header %q does not mark the draft", header)
	}
	for _, it := range ws.Classification.InfoTypes[1:] {
		for _, asp := range s.model.AspectCodes() {
			s.Rate(it.ID, asp, domain.Rating{Level: 1, Motivation: "Offentligt"})
		}
	}
	if _, err := s.Decide(ws.Classification.ID, domain.OwnerDecision{By: "Lena Ek"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ExportProtocol(ctx, path, ws.Asset.Name); err != nil {
		t.Fatal(err)
	}
	if rows, header := protocol(t, path); strings.Contains(rows+header, "Utkast") {
		t.Errorf("the decided protocol is marked as a draft")
	}
}

func protocol(t *testing.T, path string) (rows, header string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, _ := f.GetRows(xlsx.SheetProtocol)
	var b strings.Builder
	for _, r := range all {
		b.WriteString(strings.Join(r, " | ") + "\n")
	}
	hf, _ := f.GetHeaderFooter(xlsx.SheetProtocol)
	if hf != nil {
		header = hf.OddHeader
	}
	return b.String(), header
}

// TestExportNeverOverwritesADatabase exports onto the open database, a
// link to it and another SQLite file: each is refused and left as it was.
func TestExportNeverOverwritesADatabase(t *testing.T) {
	s := openTempService(t)
	undecided(t, s, true)
	ctx := context.Background()
	other := openTempService(t)
	for _, target := range []string{s.Path(), other.Path(), filepath.Join(filepath.Dir(s.Path()), ".", filepath.Base(s.Path()))} {
		if _, err := s.ExportList(ctx, target, ListOptions{}); !errors.Is(err, ErrTargetIsDatabase) {
			t.Errorf("export onto %s: %v", target, err)
		}
		if _, _, err := s.ExportAsset(ctx, target, "Bygglovshantering", AssetExport{}); !errors.Is(err, ErrTargetIsDatabase) {
			t.Errorf("asset export onto %s: %v", target, err)
		}
		if _, err := s.ExportProtocol(ctx, target, "Bygglovshantering"); !errors.Is(err, ErrTargetIsDatabase) {
			t.Errorf("protocol onto %s: %v", target, err)
		}
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("the database after the refused exports: %v %v", problems, err)
	}
	if problems, err := other.Check(); err != nil || len(problems) > 0 {
		t.Errorf("the other database: %v %v", problems, err)
	}
}

// TestCancelledExportWritesNothing cancels an export before it writes.
func TestCancelledExportWritesNothing(t *testing.T) {
	s := openTempService(t)
	undecided(t, s, true)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := filepath.Join(t.TempDir(), "lista.xlsx")
	if _, err := s.ExportList(ctx, path, ListOptions{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled export: %v", err)
	}
	if _, err := excelize.OpenFile(path); err == nil {
		t.Error("a cancelled export wrote its file")
	}
}

// TestLoweringBelowTheNormBlocksTheDecision starts a classification from
// a norm, lowers a level, and finds the decision refused until the reason
// and the approver are recorded.
func TestLoweringBelowTheNormBlocksTheDecision(t *testing.T) {
	s, a, c := belowTheNorm(t)
	t0 := c.InfoTypes[0]
	var err error
	ws, _ := s.OpenWorkshop(a.ID)
	if ws.Threshold == nil {
		if ws.Threshold, err = s.StartThreshold(ws.Asset, ws.Classification); err != nil {
			t.Fatal(err)
		}
	}
	_, err = s.Decide(c.ID, domain.OwnerDecision{By: "Eva Ek"})
	var be *domain.BlockedError
	if !errors.As(err, &be) {
		t.Fatalf("Decide with a level below the norm: %v", err)
	}
	lowered := false
	for _, p := range be.Blockers {
		lowered = lowered || p.Kind == domain.ProblemNormLowered
	}
	if !lowered {
		t.Errorf("the blockers do not name the lowered level: %+v", be.Blockers)
	}
	if err := s.SetNormDeviation(t0.ID, domain.Confidentiality, "Uppgifterna är pseudonymiserade här", "Karin Holm"); err != nil {
		t.Fatal(err)
	}
	ws, _ = s.OpenWorkshop(a.ID)
	for _, p := range s.Blockers(ws.Asset, ws.Classification, ws.Threshold) {
		if p.Kind == domain.ProblemNormLowered {
			t.Errorf("still blocked after the approval: %s", p.Message)
		}
	}
}

// TestUnmetRequirementsRaiseThePriority marks a requirement of a level-3
// asset not met: the ranked list adds the factor, with its reason.
func TestUnmetRequirementsRaiseThePriority(t *testing.T) {
	s := openTempService(t)
	ws := undecided(t, s, true)
	for _, asp := range s.model.AspectCodes() {
		if err := s.Rate(ws.Classification.InfoTypes[0].ID, asp, domain.Rating{Level: 3, Motivation: "Betydande"}); err != nil {
			t.Fatal(err)
		}
	}
	score := func() (int, string) {
		sums, err := s.Register()
		if err != nil || len(sums) != 1 {
			t.Fatalf("register: %v %v", sums, err)
		}
		var texts []string
		for _, r := range sums[0].Priority.Reasons {
			texts = append(texts, r.Text)
		}
		return sums[0].Priority.Score, strings.Join(texts, "; ")
	}
	before, _ := score()
	reqs := domain.Requirements().For(domain.Applicability{Effective: map[domain.Aspect]domain.Level{domain.Confidentiality: 3}})
	if len(reqs) == 0 {
		t.Fatal("no requirements at K3")
	}
	if err := s.SetFulfilment(ws.Asset.ID, domain.Fulfilment{RequirementID: reqs[0].ID, Status: domain.FulfilNotMet}); err != nil {
		t.Fatal(err)
	}
	after, reasons := score()
	if after != before+2 || !strings.Contains(reasons, "säkerhetskrav är inte uppfyllda") {
		t.Errorf("score %d → %d, reasons %q", before, after, reasons)
	}
}

// TestProtocolRecordsNormAndVotes writes the protocol of a classification
// started from a norm, with a level lowered and approved and a silent vote
// shown: both stand in the protocol.
func TestProtocolRecordsNormAndVotes(t *testing.T) {
	ctx := context.Background()
	s, a, c := belowTheNorm(t)
	t0 := c.InfoTypes[0]
	if err := s.SetNormDeviation(t0.ID, domain.Confidentiality, "Pseudonymiserade uppgifter", "Karin Holm"); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Eva Ek", "Per Ås"} {
		if err := s.AddParticipant(c.ID, &domain.Participant{Name: name, Role: domain.RoleRepresentative}); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := s.Classification(c.ID)
	round, err := s.StartVote(t0.ID, domain.Integrity)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range []domain.Level{2, 4} {
		if err := s.CastVote(round.ID, got.Participants[len(got.Participants)-2+i].ID, l); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.RevealVote(round.ID); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "protokoll.xlsx")
	if _, err := s.ExportProtocol(ctx, path, a.Name); err != nil {
		t.Fatal(err)
	}
	rows, _ := protocol(t, path)
	for _, want := range []string{"Normerande klassning från Stadsledningskontoret", "i stället för normens", "Godkänd av Karin Holm",
		"Tyst röstning", "spridning 2 – diskutera", "Eva Ek 2, Per Ås 4"} {
		if !strings.Contains(rows, want) {
			t.Errorf("the protocol lacks %q:\n%s", want, rows)
		}
	}
}

// belowTheNorm imports a norm exported by another database, starts a
// classification of a new asset from it, and lowers the first type's K
// one level below the norm's.
func belowTheNorm(t *testing.T) (*Service, *domain.Asset, *domain.Classification) {
	t.Helper()
	ctx := context.Background()
	city := openTempService(t)
	src := decidedSocial(t, city, 3, "Känsliga uppgifter om enskilda")
	path := filepath.Join(t.TempDir(), "norm.xlsx")
	if _, err := city.ExportNorm(ctx, path, src.ID, "Stadsledningskontoret", 1); err != nil {
		t.Fatal(err)
	}
	s := openTempService(t)
	imp, err := s.ImportNorm(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &domain.Asset{Name: "Socialtjänst Kista"}
	if err := s.CreateAsset(a); err != nil {
		t.Fatal(err)
	}
	c, err := s.StartFromNorm(imp.Norm.ID, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	t0 := c.InfoTypes[0]
	low := t0.Ratings[domain.Confidentiality]
	low.Level--
	if err := s.Rate(t0.ID, domain.Confidentiality, low); err != nil {
		t.Fatal(err)
	}
	return s, a, c
}

// cancelAfter is a context cancelled after n checks of its Err.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// TestCancelledImportWritesNothing cancels an import part-way through its
// rows: the transaction is rolled back and no asset is written.
func TestCancelledImportWritesNothing(t *testing.T) {
	s := openTempService(t)
	p, err := s.PreviewImport(context.Background(), filepath.Join("..", "..", "testdata", "lists", "farsta-isam-lista.xlsx"), "")
	if err != nil || !p.OK() {
		t.Fatalf("preview: %v %v", err, p.Problems)
	}
	if err := s.ApplyImport(&cancelAfter{Context: context.Background(), n: 4}, p); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled import: %v", err)
	}
	if sums, _ := s.Register(); len(sums) != 0 {
		t.Errorf("a cancelled import wrote %d assets", len(sums))
	}
	if err := s.ApplyImport(context.Background(), p); err != nil {
		t.Fatal(err)
	}
	if sums, _ := s.Register(); len(sums) == 0 {
		t.Error("the import after the cancelled one wrote nothing")
	}
}
