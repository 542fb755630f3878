package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/document"
	"github.com/infoklass/infoklass/internal/document/chart"
	"github.com/infoklass/infoklass/internal/document/docx"
	"github.com/infoklass/infoklass/internal/domain"
)

// ReviewDocInput is what the Word document of Ledningens genomgång is
// made from: the review, the register as it stands (for the priority
// list), the ISAM's activities for each plan year and the day it is made.
type ReviewDocInput struct {
	Review     *domain.Review
	Register   []domain.AssetSummary
	Activities map[int][]string
	Made       domain.Date
}

// ExportReviewDocx writes Ledningens genomgång for year to path as a
// Word document, in the seeds' order, with placeholders for what
// Infoklass does not know.
func (s *Service) ExportReviewDocx(ctx context.Context, path string, year int) error {
	if err := s.checkTarget(path); err != nil {
		return err
	}
	in, err := s.reviewDocInput(ctx, year)
	if err != nil {
		return err
	}
	d, err := ReviewDoc(in)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return docx.WriteFile(path, d, s.Today().Time())
}

func (s *Service) reviewDocInput(ctx context.Context, year int) (ReviewDocInput, error) {
	r, err := s.Review(year)
	if err != nil {
		return ReviewDocInput{}, err
	}
	sums, err := s.Register()
	if err != nil {
		return ReviewDocInput{}, err
	}
	acts := map[int][]string{}
	for y := year + 1; y <= year+domain.PlanYears; y++ {
		a, err := s.ISAMActivities(ctx, y)
		if err != nil {
			return ReviewDocInput{}, err
		}
		acts[y] = a
	}
	return ReviewDocInput{Review: r, Register: sums, Activities: acts, Made: s.Today()}, nil
}

// placeholder is a paragraph the ISAM writes; Infoklass does not know it.
func placeholder(text string) document.Paragraph {
	return document.Paragraph{Text: "[Fyll i: " + text + "]", Placeholder: true}
}

// ReviewDoc returns the document of in: the seeds' headings in their
// order, each figure as a sentence and a small table beside the two
// years before, charts, placeholders for the rest, the three-year plan,
// and appendices with the definitions and the assets behind each figure.
func ReviewDoc(in ReviewDocInput) (*document.Doc, error) {
	r := in.Review
	y := r.Year
	d := &document.Doc{Title: fmt.Sprintf("Ledningens genomgång %d", y),
		Subtitle: "Informationssäkerhet och dataskydd",
		Footer:   fmt.Sprintf("Ledningens genomgång %d – underlag från Infoklass %s", y, in.Made)}
	d.Blocks = append(d.Blocks,
		placeholder("förvaltningens namn, vem som fastställer genomgången och när."),
		document.Heading{Level: 1, Text: "1 Sammanfattning"},
		placeholder("en sammanfattning av årets arbete och vad som behöver prioriteras kommande år."),
		document.Heading{Level: 1, Text: "2 Faktorer som påverkar verksamheten"},
		document.Heading{Level: 2, Text: "2.1 Omvärldsbevakning – hot, trender och ny lagstiftning"},
		placeholder("omvärldsbevakning, till exempel cybersäkerhetslagen (NIS2) och CER-direktivet."),
		document.Heading{Level: 2, Text: "2.2 Budget, inriktning och lokala förändringar"},
		placeholder("vad budgeten och stadens inriktning säger om informationssäkerhet."),
		document.Heading{Level: 1, Text: fmt.Sprintf("3 Vad har hänt under %d gällande informationssäkerhet och dataskydd", y)},
		document.Heading{Level: 2, Text: "3.1 RSA-arbetet"},
		placeholder("risk- och sårbarhetsanalysens arbete under året."),
		document.Heading{Level: 2, Text: "3.2 Incidenthantering"},
		placeholder("personuppgiftsincidenter, NIS-incidenter, IT-säkerhetsincidenter och andra avvikelser under året."),
		document.Heading{Level: 2, Text: "3.3 Utbildning och information"},
		placeholder("genomförda utbildningar, genomförandegrad och informationsinsatser."),
	)
	blocks, err := reviewClassification(r)
	if err != nil {
		return nil, err
	}
	d.Blocks = append(d.Blocks, blocks...)
	if blocks, err = reviewDPIA(r); err != nil {
		return nil, err
	}
	d.Blocks = append(d.Blocks, blocks...)
	d.Blocks = append(d.Blocks, reviewPriorityList(in)...)
	d.Blocks = append(d.Blocks, reviewFollowUp(r)...)
	d.Blocks = append(d.Blocks, reviewRisks(r)...)
	d.Blocks = append(d.Blocks, reviewPlan(in)...)
	d.Blocks = append(d.Blocks, reviewAppendix(r)...)
	return d, nil
}

// sentences returns the review's sentences made by the given functions'
// subjects, picked by a word they contain.
func pick(r *domain.Review, words ...string) []document.Block {
	var out []document.Block
	for _, s := range r.Sentences {
		for _, w := range words {
			if strings.Contains(s, w) {
				out = append(out, document.Paragraph{Text: s})
				break
			}
		}
	}
	return out
}

// figureTable is the small table of the measures with ids, for the two
// years before and the year.
func figureTable(r *domain.Review, ids ...string) document.Table {
	t := document.Table{Header: []string{"Mått"}, Widths: []float64{5}}
	years := r.Years()
	for _, yf := range years {
		t.Header = append(t.Header, fmt.Sprint(yf.Year))
		t.Widths = append(t.Widths, 1)
	}
	for _, id := range ids {
		m, ok := domain.MeasureByID(r.Figures.Model, id)
		if !ok {
			continue
		}
		row := []string{m.Label}
		for i := range years {
			row = append(row, fmt.Sprint(m.Get(&years[i]).Count()))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// figureChart draws the measures with ids as bars, one bar a year.
func figureChart(r *domain.Review, title string, ids ...string) (document.Image, error) {
	b := chart.Bars{Title: title}
	years := r.Years()
	for _, yf := range years {
		b.Series = append(b.Series, chart.Series{Name: fmt.Sprint(yf.Year)})
	}
	for _, id := range ids {
		m, _ := domain.MeasureByID(r.Figures.Model, id)
		b.Categories = append(b.Categories, capitalFirst(strings.TrimPrefix(m.Label, "– ")))
		for i := range years {
			b.Series[i].Values = append(b.Series[i].Values, m.Get(&years[i]).Count())
		}
	}
	png, w, h, err := b.PNG()
	if err != nil {
		return document.Image{}, err
	}
	return document.Image{PNG: png, Width: 160, Height: 160 * float64(h) / float64(w), Caption: title + ", " + yearsText(r)}, nil
}

func yearsText(r *domain.Review) string {
	ys := r.Years()
	return fmt.Sprintf("%d–%d", ys[0].Year, ys[len(ys)-1].Year)
}

func reviewClassification(r *domain.Review) ([]document.Block, error) {
	out := []document.Block{document.Heading{Level: 2, Text: "3.4 Informationsklassning"}}
	out = append(out, pick(r, "hanterats", "avbrutits", "en fastställd klassning", "saknar fastställd klassning", "samhällsviktig", "inför en upphandling")...)
	ids := []string{"handled", "handled_followup", "decided", "decided_normative", "in_progress", "cancelled", "procurement"}
	for _, m := range r.Measures() {
		if strings.HasPrefix(m.ID, "level") {
			ids = append(ids, m.ID) // a row per level of the model, then level0
		}
	}
	out = append(out, figureTable(r, append(ids, "critical_unclassified")...))
	img, err := figureChart(r, "Informationsklassningar", "handled", "decided", "in_progress", "cancelled", "procurement")
	if err != nil {
		return nil, err
	}
	return append(out, img), nil
}

func reviewDPIA(r *domain.Review) ([]document.Block, error) {
	out := []document.Block{document.Heading{Level: 2, Text: "3.5 Konsekvensbedömningar"}}
	out = append(out, pick(r, "konsekvensbedömning")...)
	out = append(out, figureTable(r, "thresholds", "dpia_required", "thresholds_not_required", "thresholds_open",
		"dpia_done", "dpia_risk", "dpia_ongoing", "dpia_planned"))
	img, err := figureChart(r, "Tröskelanalyser och konsekvensbedömningar", "thresholds", "dpia_required", "dpia_done", "dpia_risk")
	if err != nil {
		return nil, err
	}
	return append(append(out, img), reviewProcessings(r)...), nil
}

// reviewProcessings lists the processings of personal data as they stood
// at the end of the year: the DPIA is followed per processing.
func reviewProcessings(r *domain.Review) []document.Block {
	ps := r.Figures.Processings
	out := []document.Block{document.Heading{Level: 3, Text: "Konsekvensbedömningar per behandling"}}
	if len(ps) == 0 {
		return append(out, document.Paragraph{Text: "Inga personuppgiftsbehandlingar är registrerade i Infoklass."},
			placeholder("behandlingarna i registerförteckningen och deras konsekvensbedömningar."))
	}
	withRef := 0
	t := document.Table{Header: []string{"Behandling", "Registerförteckning", "Konsekvensbedömning", "Informationstillgångar"},
		Widths: []float64{2.4, 1.5, 3, 2.4}}
	for _, p := range ps {
		if p.RecordRef != "" {
			withRef++
		}
		dpia := p.DPIA.Text()
		if p.DPIA.Status == domain.DPIANotRequired && p.DPIA.Reason != "" {
			dpia += ": " + p.DPIA.Reason
		}
		t.Rows = append(t.Rows, []string{p.Name, p.RecordRef, dpia, strings.Join(p.Assets, ", ")})
	}
	out = append(out, document.Paragraph{Text: fmt.Sprintf("Vid årets slut följs konsekvensbedömningen av %d personuppgiftsbehandlingar, varav %d med hänvisning till registerförteckningen.",
		len(ps), withRef)}, t)
	return out
}

// reviewPriorityList gives the head of the prioritised list, and how
// many assets hold personal data and so belong in the registerförteckning.
func reviewPriorityList(in ReviewDocInput) []document.Block {
	out := []document.Block{document.Heading{Level: 2, Text: "3.6 Prioriteringslistan"}}
	personal := 0
	for _, s := range in.Register {
		if s.Asset.PersonalData || domain.HasPersonalData(s.Flags) {
			personal++
		}
	}
	out = append(out, document.Paragraph{Text: fmt.Sprintf("Prioriteringslistan omfattar %d informationstillgångar den %s. De som står först ska klassas eller följas upp först:",
		len(in.Register), domain.ReviewDate(in.Made))})
	t := document.Table{Header: []string{"Plats", "Informationstillgång", "Poäng", "Skäl"}, Widths: []float64{0.9, 2.4, 0.9, 5}}
	for i, s := range in.Register {
		if i == 10 {
			break
		}
		t.Rows = append(t.Rows, []string{fmt.Sprint(s.Rank), s.Asset.Name, fmt.Sprint(s.Priority.Score), s.Priority.Text()})
	}
	out = append(out, t,
		document.Paragraph{Text: fmt.Sprintf("Registerförteckning: %d av informationstillgångarna behandlar personuppgifter och ska finnas i förvaltningens registerförteckning över personuppgiftsbehandlingar.", personal)},
		placeholder("var registerförteckningen finns, när den senast sågs över och om behandlingarna ovan finns med."))
	return out
}

func reviewFollowUp(r *domain.Review) []document.Block {
	out := []document.Block{document.Heading{Level: 2, Text: "3.7 Uppföljning av klassningar och krav"}}
	out = append(out, pick(r, "följts upp", "följas upp", "försenad", "krav som följer")...)
	out = append(out, figureTable(r, "followed_up", "followups_due", "followups_done", "followups_overdue",
		"requirements_met", "requirements_not_met", "requirements_not_assessed"))
	n := r.Figures.RequirementCounts
	out = append(out, document.Paragraph{Text: fmt.Sprintf("Kraven räknas som registret ser ut när genomgången skrivs: %d uppfyllda eller ej tillämpliga, %d inte eller delvis uppfyllda, %d inte bedömda.",
		n.Met, n.NotMet, n.NotAssessed)})
	return out
}

func reviewRisks(r *domain.Review) []document.Block {
	out := []document.Block{document.Heading{Level: 2, Text: "3.8 Risker"}}
	if len(r.Risks) == 0 {
		out = append(out, document.Paragraph{Text: "Infoklass ser inga risker i klassningsarbetet."})
	}
	for _, k := range r.Risks {
		out = append(out, document.Paragraph{Text: k.Text, Bold: true})
		var items []string
		for _, it := range k.Items {
			items = append(items, joinNonEmpty(it.Asset, it.Detail))
		}
		out = append(out, document.List{Items: items})
	}
	return append(out, placeholder("risker som identifierats i GDPR-årsrapporten och hur de hanteras."))
}

// reviewPlan gives each of the three years after the review: the assets
// due then by the register at the year's end, what Årsplan has accepted,
// and the ISAM's activities.
func reviewPlan(in ReviewDocInput) []document.Block {
	r := in.Review
	y := r.Year
	out := []document.Block{document.Heading{Level: 1, Text: fmt.Sprintf("4 Plan för %d–%d", y+1, y+domain.PlanYears)}}
	for i := 0; i < domain.PlanYears; i++ {
		year := y + 1 + i
		out = append(out, document.Heading{Level: 2, Text: fmt.Sprintf("4.%d Under %d", i+1, year)})
		if acts := in.Activities[year]; len(acts) > 0 {
			out = append(out, document.Paragraph{Text: "Aktiviteter:", Bold: true}, document.List{Items: acts})
		} else {
			out = append(out, placeholder(fmt.Sprintf("aktiviteterna för %d (skrivs in i Infoklass under Ledningens genomgång).", year)))
		}
		t := document.Table{Header: []string{"Informationstillgång", "Varför", "Årsplan"}, Widths: []float64{2.5, 4, 1.5}}
		accepted := map[int64]string{}
		if i < len(r.Plan) {
			for q, items := range r.Plan[i].Accepted {
				for _, it := range items {
					accepted[it.AssetID] = quarterText(q)
				}
			}
		}
		if i < len(r.Figures.Due) {
			for _, it := range r.Figures.Due[i].Items {
				t.Rows = append(t.Rows, []string{it.Asset, it.Detail, accepted[it.AssetID]})
			}
		}
		if len(t.Rows) == 0 {
			out = append(out, document.Paragraph{Text: "Inga informationstillgångar faller till klassning eller uppföljning detta år."})
			continue
		}
		out = append(out, document.Paragraph{Text: fmt.Sprintf("Informationsklassningar att genomföra eller följa upp (%d):", len(t.Rows)), Bold: true}, t)
	}
	return out
}

func quarterText(q int) string {
	if q == 0 {
		return "planerad"
	}
	return fmt.Sprintf("kvartal %d", q)
}

// reviewAppendix gives the definitions of the figures and the assets
// behind each figure of the year.
func reviewAppendix(r *domain.Review) []document.Block {
	out := []document.Block{document.PageBreak{}, document.Heading{Level: 1, Text: "Bilaga 1. Så räknas siffrorna"}}
	defs := document.Table{Header: []string{"Mått", "Definition"}, Widths: []float64{2, 5}}
	ms := r.Measures()
	for i, m := range ms {
		if def := domain.MeasureDefinition(r.Figures.Model, m.ID); def != "" {
			defs.Rows = append(defs.Rows, []string{domain.FullLabel(ms, i), def})
		}
	}
	out = append(out, document.Paragraph{Text: fmt.Sprintf("Siffrorna räknas för %d som allt stod vid årets slut; senare ändringar ändrar dem inte. Samma siffror finns i Excel-bilagan (infoklass report -o LG.xlsx).", r.Year)},
		defs, document.Heading{Level: 1, Text: fmt.Sprintf("Bilaga 2. Informationstillgångarna bakom siffrorna %d", r.Year)})
	for i, m := range ms {
		f := m.Get(&r.Figures)
		if f.Count() == 0 {
			continue
		}
		t := document.Table{Header: []string{"Informationstillgång", "Datum", "Uppgift"}, Widths: []float64{2.5, 1.2, 4}}
		for _, it := range f.Items {
			t.Rows = append(t.Rows, []string{it.Asset, it.Date.String(), it.Detail})
		}
		out = append(out, document.Heading{Level: 3, Text: fmt.Sprintf("%s (%d)", domain.FullLabel(ms, i), f.Count())}, t)
	}
	return out
}

func capitalFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
