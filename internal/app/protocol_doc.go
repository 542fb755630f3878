package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/document"
	"github.com/infoklass/infoklass/internal/document/pdf"
	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// ProtocolPDFName suggests the file name of an asset's protocol:
// "Protokoll – Treserva.pdf", or "Protokoll – Treserva (utkast).pdf".
func ProtocolPDFName(asset string, draft bool) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, asset)
	if draft {
		return "Protokoll – " + name + " (utkast).pdf"
	}
	return "Protokoll – " + name + ".pdf"
}

// ExportProtocolPDF writes the protocol of the latest classification of
// the asset named name to path as an A4 PDF for signature, and returns
// the asset's name as stored. A draft says so on every page.
func (s *Service) ExportProtocolPDF(ctx context.Context, path, name string) (string, error) {
	p, err := s.protocolTo(ctx, path, name)
	if err != nil {
		return "", err
	}
	if err := pdf.WriteFile(path, ProtocolDoc(p, p.Model)); err != nil {
		return "", fmt.Errorf("protokollet: %w", err)
	}
	return p.Asset.Name, nil
}

// ProtocolDoc returns the protocol p as a document: the meeting's scope
// and participants, the information types with levels and motivations,
// the votes, the result with its raises, the threshold analysis with
// every answer, the DSO's opinion and the DPIA, the parked questions,
// the decision and the next review, and a line to sign on.
func ProtocolDoc(p xlsx.Protocol, m *domain.Model) *document.Doc {
	c := p.Classification
	d := &document.Doc{Title: "Protokoll från informationsklassning", Subtitle: p.Asset.Name,
		Footer: "Protokoll: " + p.Asset.Name}
	if !c.Decided() {
		d.Mark = xlsx.DraftMark
		if len(p.Blockers) > 0 {
			var items []string
			for _, b := range p.Blockers {
				items = append(items, b.Message)
			}
			d.Blocks = append(d.Blocks, document.Paragraph{Text: fmt.Sprintf("Detta återstår innan beslut (%d):", len(items)), Bold: true},
				document.List{Items: items})
		}
	}
	var people []string
	for _, x := range c.Participants {
		people = append(people, joinNonEmpty(x.Name, x.Role.Label()))
	}
	d.Blocks = append(d.Blocks, document.Fields{Rows: [][2]string{
		{"Informationstillgång", p.Asset.Name},
		{"Informationsägare", joinNonEmpty(p.Asset.OwnerName, p.Asset.OwnerRole)},
		{"Typ av klassning", c.Kind.Label()},
		{"Datum", c.Date.String()},
		{"Avgränsning", c.Scope},
		{"Deltagare", strings.Join(people, "\n")},
	}})
	d.Blocks = append(d.Blocks, protocolTypes(c, m)...)
	d.Blocks = append(d.Blocks, protocolVotes(p, m)...)
	d.Blocks = append(d.Blocks, protocolResult(c, m)...)
	d.Blocks = append(d.Blocks, protocolThreshold(p.Threshold, p.Processings)...)
	d.Blocks = append(d.Blocks, protocolParked(p.Parked)...)
	d.Blocks = append(d.Blocks, protocolDecision(p)...)
	return d
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}

// protocolTypes lists the information types with a level and a
// motivation for each aspect, and the norm's departures.
func protocolTypes(c *domain.Classification, m *domain.Model) []document.Block {
	header := []string{"Informationstyp"}
	aspects := m.AspectCodes()
	for _, a := range aspects {
		header = append(header, string(a))
	}
	header = append(header, "Motiveringar")
	t := document.Table{Header: header, Widths: []float64{3}}
	for range aspects {
		t.Widths = append(t.Widths, 0.7)
	}
	t.Widths = append(t.Widths, 6)
	for _, it := range c.InfoTypes {
		row := []string{it.Name}
		var why []string
		for _, a := range aspects {
			rt := it.Ratings[a]
			row = append(row, m.NumberText(rt.Level))
			if rt.Motivation != "" {
				why = append(why, m.LevelLabel(a, rt.Level)+": "+rt.Motivation)
			}
		}
		if it.Referred() {
			why = []string{"Omfattas av säkerhetsskydd; klassas inte här och hanteras med säkerhetsskyddschefen."}
		}
		t.Rows = append(t.Rows, append(row, strings.Join(why, "\n")))
	}
	out := []document.Block{document.Heading{Level: 1, Text: "Informationstyper och nivåer"}, t}
	if c.Norm != nil {
		out = append(out, document.Heading{Level: 2, Text: "Normerande klassning"}, document.Paragraph{Text: c.Norm.Title() + "."})
		devs := domain.NormDeviations(c, c.Norm)
		if len(devs) == 0 {
			out = append(out, document.Paragraph{Text: "Alla nivåer är normens."})
		}
		var items []string
		for _, dv := range devs {
			items = append(items, dv.Text(m))
		}
		if len(items) > 0 {
			out = append(out, document.List{Items: items})
		}
	}
	return out
}

// protocolVotes lists the silent votes of the meeting.
func protocolVotes(p xlsx.Protocol, m *domain.Model) []document.Block {
	if len(p.Votes) == 0 {
		return nil
	}
	names := map[int64]string{}
	for _, t := range p.Classification.InfoTypes {
		names[t.ID] = t.Name
	}
	t := document.Table{Header: []string{"Informationstyp och aspekt", "Röstning"}, Widths: []float64{1, 1.4}}
	for _, v := range p.Votes {
		text := v.Summary(m)
		if v.Revealed {
			text += " (" + v.VotesText(m) + ")"
		}
		t.Rows = append(t.Rows, []string{names[v.InfoTypeID] + ", " + v.Aspect.Name(), text})
	}
	return []document.Block{document.Heading{Level: 2, Text: "Tyst röstning"}, t}
}

// protocolResult gives each aspect's effective level with its reason,
// raises included, and the floor warnings.
func protocolResult(c *domain.Classification, m *domain.Model) []document.Block {
	res := c.Result(m)
	t := document.Table{Header: []string{"Aspekt", "Nivå", "Skäl"}, Widths: []float64{1.4, 0.6, 5}}
	var raises []string
	for _, ar := range res.Aspects {
		info, _ := m.Aspect(ar.Aspect)
		t.Rows = append(t.Rows, []string{info.Name, m.NumberText(ar.Effective), ar.Explain(m)})
		if ar.Raise != nil {
			reason := ar.Raise.Reason.Label()
			if r := []rune(reason); len(r) > 0 {
				reason = strings.ToLower(string(r[:1])) + string(r[1:])
			}
			raises = append(raises, fmt.Sprintf("%s höjd från %s till %s på grund av %s: %s", info.Name, m.LevelLabel(ar.Aspect, ar.Calculated),
				m.LevelLabel(ar.Aspect, ar.Effective), reason, ar.Raise.Explanation))
		}
	}
	out := []document.Block{document.Heading{Level: 1, Text: "Resultat"}, t}
	if len(raises) > 0 {
		out = append(out, document.Heading{Level: 2, Text: "Höjningar"}, document.List{Items: raises})
	} else {
		out = append(out, document.Paragraph{Text: "Ingen nivå har höjts över den beräknade."})
	}
	var warn []string
	for _, w := range res.Warnings {
		warn = append(warn, "Varning: "+w.Message)
	}
	if len(warn) > 0 {
		out = append(out, document.List{Items: warn})
	}
	return out
}

// protocolThreshold gives the threshold analysis: every question with
// its answer and comment, the outcome, the decision, the DSO's opinion
// and the DPIA of each processing the asset serves.
func protocolThreshold(t *domain.ThresholdAnalysis, ps []domain.Processing) []document.Block {
	out := []document.Block{document.Heading{Level: 1, Text: "Tröskelanalys"}}
	if t == nil {
		return append(out, document.Paragraph{Text: "Ingen tröskelanalys gjordes."})
	}
	if t.NotApplicable {
		out = append(out, document.Paragraph{Text: "Ej tillämplig: inga personuppgifter behandlas. " + t.NotApplicableReason})
	} else {
		tab := document.Table{Header: []string{"Nr", "Fråga", "Svar", "Kommentar"}, Widths: []float64{0.5, 4, 0.9, 2.6}}
		for _, q := range t.Questions().Questions {
			r := t.Responses[q.ID]
			tab.Rows = append(tab.Rows, []string{q.ID, q.Label, r.Answer.Label(), r.Comment})
		}
		out = append(out, tab)
	}
	rows := [][2]string{
		{"Regelns utfall", t.Outcome().Label()},
		{"Beslut", t.FinalDecision().Label()},
	}
	if t.DecisionReason != "" {
		rows = append(rows, [2]string{"Skäl", t.DecisionReason})
	}
	dso := t.DSOOpinion
	if dso == "" {
		dso = "Inget yttrande antecknat."
	}
	rows = append(rows, [2]string{"Dataskyddsombudets yttrande", dso})
	for _, p := range ps {
		rows = append(rows, [2]string{"Behandling", joinDPIA(p)})
	}
	if t.FinalDecision().RequiresDPIA() && len(ps) == 0 {
		st := t.DPIAStatus.Label()
		if !t.DPIADate.IsZero() {
			st += ", " + t.DPIADate.String()
		}
		if t.DPIAReference != "" {
			st += ", " + t.DPIAReference
		}
		rows = append(rows, [2]string{"Konsekvensbedömning", st})
	}
	return append(out, document.Fields{Rows: rows})
}

// joinDPIA is a processing's name, registerförteckning entry and DPIA.
func joinDPIA(p domain.Processing) string {
	s := p.Name + ". "
	if p.RecordRef != "" {
		s += "Registerförteckning " + p.RecordRef + ". "
	}
	return s + "Konsekvensbedömning: " + p.DPIA.Text()
}

// protocolParked lists the parked questions, open or resolved.
func protocolParked(parked []domain.ParkedQuestion) []document.Block {
	out := []document.Block{document.Heading{Level: 1, Text: "Parkerade frågor"}}
	if len(parked) == 0 {
		return append(out, document.Paragraph{Text: "Inga."})
	}
	t := document.Table{Header: []string{"Nr", "Fråga", "Status"}, Widths: []float64{0.5, 6, 1}}
	for i, q := range parked {
		state := "Öppen"
		if q.Resolved {
			state = "Löst"
		}
		t.Rows = append(t.Rows, []string{fmt.Sprint(i + 1), q.Text, state})
	}
	return append(out, t)
}

// protocolDecision gives the decision, the next review and the line to
// sign on.
func protocolDecision(p xlsx.Protocol) []document.Block {
	c := p.Classification
	by, at := c.DecidedBy, c.DecidedAt.String()
	if !c.Decided() {
		by, at = "Inte fastställd", "–"
	}
	next := c.NextReview.String()
	if next == "" {
		next = "–"
	}
	return []document.Block{
		document.Keep{Height: 70},
		document.Heading{Level: 1, Text: "Beslut"},
		document.Fields{Rows: [][2]string{{"Beslutat av", by}, {"Beslutsdatum", at}, {"Nästa uppföljning", next}}},
		document.Signature{Label: "Informationsägare", Name: p.Asset.OwnerName},
	}
}

// ProtocolPDFFile suggests the file name of the protocol of the asset
// named name, which says whether it is a draft.
func (s *Service) ProtocolPDFFile(name string) (string, error) {
	a, err := s.db.AssetByName(s.ctx, name)
	if err != nil {
		return "", err
	}
	if a == nil {
		return "", domain.Refuse("asset.no_such_name", "det finns ingen informationstillgång som heter %q", name)
	}
	c, err := s.db.LatestClassification(s.ctx, a.ID)
	if err != nil {
		return "", err
	}
	return ProtocolPDFName(a.Name, c == nil || !c.Decided()), nil
}
