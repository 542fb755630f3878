package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// reviewScreen is "Ledningens genomgång": the figures of a chosen year
// counted from the history, beside the two years before, each opening to
// the assets behind it; charts; sentences to paste into the report; the
// risks; the plan for the coming three years; and the export of it all
// as a workbook.
type reviewScreen struct {
	svc    *app.Service
	win    fyne.Window
	report func(title string, err error)
	save   func(name string, write func(ctx context.Context, path string) error)
	// onBack, when set, shows a button back to where the user came from.
	onBack func()

	year    int
	review  *domain.Review
	years   *widget.Select
	body    *fyne.Container
	text    *widget.Label // the sentences, selectable
	content fyne.CanvasObject
}

// newReviewScreen returns the screen for the current year (the year
// before in January and February, when the review is written). save
// writes a file, as UI.saveAs does; report shows an error.
func newReviewScreen(svc *app.Service, win fyne.Window, report func(title string, err error),
	save func(name string, write func(ctx context.Context, path string) error)) *reviewScreen {
	s := &reviewScreen{svc: svc, win: win, report: report, save: save}
	today := svc.Today()
	s.year = today.Year()
	if today.Time().Month() <= 2 {
		s.year--
	}
	s.build()
	return s
}

func (s *reviewScreen) build() {
	now := s.svc.Today().Year()
	var years []string
	for y := now; y >= now-10; y-- {
		years = append(years, strconv.Itoa(y))
	}
	s.years = widget.NewSelect(years, func(v string) {
		if y, err := strconv.Atoi(v); err == nil && y != s.year {
			s.show(y)
		}
	})
	export := widget.NewButtonWithIcon(tr("Word-dokument…"), theme.DocumentSaveIcon(), s.export)
	appendix := widget.NewButtonWithIcon(tr("Excel-bilaga…"), theme.DocumentSaveIcon(), s.exportAppendix)
	copyText := widget.NewButtonWithIcon(tr("Kopiera texten"), theme.ContentCopyIcon(), s.copyText)
	bar := []fyne.CanvasObject{}
	if s.onBack != nil {
		bar = append(bar, widget.NewButtonWithIcon(tr("Prioriteringslista"), theme.NavigateBackIcon(), s.onBack))
	}
	bar = append(bar, heading(tr("Ledningens genomgång")), container.NewCenter(widget.NewLabel(tr("År"))), s.years, layout.NewSpacer(), copyText, appendix, export)
	s.body = container.NewVBox()
	s.content = container.NewBorder(container.NewHBox(bar...), nil, nil, nil, container.NewVScroll(s.body))
	s.show(s.year)
}

// setBack shows a button back to where the user came from.
func (s *reviewScreen) setBack(back func()) {
	s.onBack = back
	s.build()
}

// show computes and shows the review of year.
func (s *reviewScreen) show(year int) {
	r, err := s.svc.Review(year)
	if err != nil {
		s.report(tr("Ledningens genomgång kunde inte räknas fram"), err)
		return
	}
	s.year, s.review = year, r
	s.years.SetSelected(strconv.Itoa(year))
	s.body.Objects = []fyne.CanvasObject{
		// The figures take the width their measures' names need, the
		// charts and the sentences the rest: two equal columns made the
		// screen twice the table wide, past a laptop's screen in English.
		newBorder(nil, nil, s.figures(), nil, container.NewVBox(append(s.charts(), s.sentences())...)),
		container.NewGridWithColumns(2, s.risks(), s.plan()),
	}
	s.body.Refresh()
}

// reviewLabel returns the comparison row's label in the user's language.
func reviewLabel(m *domain.Model, id string) string {
	switch id {
	case "handled":
		return tr("Klassningar som hanterats eller är i slutfasen")
	case "started":
		return tr("Påbörjade klassningar")
	case "started_local", "decided_local":
		return tr("– varav lokala")
	case "started_normative", "decided_normative":
		return tr("– varav normerande")
	case "started_followup", "decided_followup", "handled_followup":
		return tr("– varav uppföljningar")
	case "in_progress":
		return tr("Pågående vid årets slut")
	case "decided":
		return tr("Fastställda klassningar")
	case "cancelled":
		return tr("Avbrutna klassningar")
	case "followups_due":
		return tr("Uppföljningar som förföll under året")
	case "followups_done":
		return tr("– varav genomförda")
	case "followed_up":
		return tr("Tidigare fastställda klassningar som följts upp")
	case "followups_overdue":
		return tr("Försenade uppföljningar vid årets slut")
	case "thresholds":
		return tr("Tröskelanalyser")
	case "dpia_required":
		return tr("– där konsekvensbedömning krävs")
	case "thresholds_not_required":
		return tr("– där konsekvensbedömning inte krävs")
	case "thresholds_not_applicable":
		return tr("– ej tillämpliga (inga personuppgifter)")
	case "thresholds_open":
		return tr("– utan slutligt beslut")
	case "dpia_done":
		return tr("Genomförda konsekvensbedömningar")
	case "dpia_ongoing":
		return tr("Pågående konsekvensbedömningar vid årets slut")
	case "dpia_planned":
		return tr("Planerade konsekvensbedömningar vid årets slut")
	case "level0":
		return tr("Tillgångar utan fastställd klassning")
	case "critical_unclassified":
		return tr("Samhällsviktiga (RSA) eller NIS2 utan fastställd klassning")
	case "procurement":
		return tr("Klassningar inför upphandling eller licensförnyelse")
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "level")); err == nil && strings.HasPrefix(id, "level") {
		return trf("Tillgångar på nivå %s", m.NumberText(domain.Level(n)))
	}
	if x, ok := domain.MeasureByID(m, id); ok {
		return tr(x.Label) // a measure added to the table is named by it
	}
	return id
}

// figures is the comparison table: a row per measure, a column per
// year, each figure a button that lists the assets behind it.
func (s *reviewScreen) figures() fyne.CanvasObject {
	years := s.review.Years()
	grid := container.New(layout.NewFormLayout())
	head := container.NewGridWithColumns(len(years))
	for _, y := range years {
		l := widget.NewLabelWithStyle(strconv.Itoa(y.Year), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		head.Add(l)
	}
	grid.Add(widget.NewLabelWithStyle(tr("Mått"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	grid.Add(head)
	for _, m := range s.review.Measures() {
		label := widget.NewLabel(reviewLabel(s.review.Figures.Model, m.ID))
		if !strings.HasPrefix(m.Label, "–") {
			label.TextStyle.Bold = true
		}
		grid.Add(label)
		cells := container.NewGridWithColumns(len(years))
		for i := range years {
			y := years[i]
			f := m.Get(&y)
			b := widget.NewButton(strconv.Itoa(f.Count()), func() { s.showItems(reviewLabel(s.review.Figures.Model, m.ID), y.Year, f) })
			b.Importance = widget.LowImportance
			if y.Year == s.year {
				b.Importance = widget.MediumImportance
			}
			cells.Add(b)
		}
		grid.Add(cells)
	}
	return widget.NewCard(tr("Siffror"), trf("Läget %s, jämfört med de två åren före", s.asOf()), grid)
}

// asOf names the day the year's figures stand on.
func (s *reviewScreen) asOf() string {
	y := s.review.Figures
	if y.AsOf.Equal(domain.NewDate(y.Year, 12, 31)) {
		return trf("vid slutet av %d", y.Year)
	}
	return trf("den %s", y.AsOf.String())
}

// showItems lists the assets behind a figure.
func (s *reviewScreen) showItems(label string, year int, f domain.Figure) {
	var box *fyne.Container
	if f.Count() == 0 {
		box = container.NewVBox(widget.NewLabel(tr("Inga informationstillgångar.")))
	} else {
		box = container.NewVBox()
		for _, it := range f.Items {
			line := widget.NewLabel(strings.TrimSpace(strings.Join(nonEmpty(it.Asset, it.Date.String(), it.Detail), " · ")))
			line.Wrapping = fyne.TextWrapWord
			box.Add(line)
		}
	}
	d := dialog.NewCustom(trf("%s – %d", strings.TrimPrefix(label, "– "), year), tr("Stäng"), container.NewVScroll(box), s.win)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// charts are the bars per year of the main figures and of the levels.
func (s *reviewScreen) charts() []fyne.CanvasObject {
	years := s.review.Years()
	var names []string
	for _, y := range years {
		names = append(names, strconv.Itoa(y.Year))
	}
	work := []struct{ id, label string }{
		{"handled", tr("Hanterade")}, {"decided", tr("Fastställda")}, {"cancelled", tr("Avbrutna")},
		{"followups_done", tr("Uppföljda")}, {"followups_overdue", tr("Försenade")},
		{"thresholds", tr("Tröskelanalyser")}, {"dpia_done", tr("Genomförda DPIA")},
	}
	var cats []string
	var vals [][]int
	for _, w := range work {
		m, _ := domain.MeasureByID(s.review.Figures.Model, w.id)
		row := make([]int, len(years))
		for i := range years {
			row[i] = m.Get(&years[i]).Count()
		}
		cats, vals = append(cats, w.label), append(vals, row)
	}
	first := newBarChart(tr("Klassningsarbetet per år"), cats, names, vals)

	cats, vals = nil, nil
	labels, index := domain.ReviewLevels(s.review.Figures.Model)
	for j, l := range index {
		if l == 0 {
			cats = append(cats, tr(labels[j]))
		} else {
			cats = append(cats, trf("Nivå %s", s.review.Figures.Model.NumberText(domain.Level(l))))
		}
		row := make([]int, len(years))
		for i := range years {
			row[i] = years[i].Levels[l].Count()
		}
		vals = append(vals, row)
	}
	second := newBarChart(tr("Informationstillgångar per högsta nivå vid årets slut"), cats, names, vals)
	return []fyne.CanvasObject{first, second}
}

// sentences are the ready-made Swedish sentences, selectable.
func (s *reviewScreen) sentences() fyne.CanvasObject {
	s.text = widget.NewLabel(strings.Join(s.review.Sentences, "\n"))
	s.text.Wrapping = fyne.TextWrapWord
	s.text.Selectable = true
	hint := wrapped(tr("Meningarna är på svenska, ifyllda från siffrorna; markera och kopiera, eller tryck Kopiera texten."))
	hint.Importance = widget.LowImportance
	return widget.NewCard(tr("Text till rapporten"), "", container.NewVBox(hint, s.text))
}

// copyText puts the sentences on the clipboard.
func (s *reviewScreen) copyText() {
	if s.review == nil {
		return
	}
	fyne.CurrentApp().Clipboard().SetContent(s.review.Text())
}

// risks lists the year's risks with the assets behind them.
func (s *reviewScreen) risks() fyne.CanvasObject {
	box := container.NewVBox()
	if len(s.review.Risks) == 0 {
		box.Add(widget.NewLabel(tr("Inga risker av de slag som följs upp här.")))
	}
	for _, r := range s.review.Risks {
		l := widget.NewLabelWithStyle(r.Text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
		var parts []string
		for _, it := range r.Items {
			parts = append(parts, strings.Join(nonEmpty(it.Asset, it.Detail), " – "))
		}
		items := widget.NewLabel(strings.Join(parts, "\n"))
		items.Wrapping = fyne.TextWrapWord
		box.Add(items)
	}
	return widget.NewCard(tr("Risker"), "", box)
}

// plan lists the plan for the three years after the review's year.
func (s *reviewScreen) plan() fyne.CanvasObject {
	box := container.NewVBox()
	for i, p := range s.review.Plan {
		year := p.Year
		edit := widget.NewButtonWithIcon(tr("Aktiviteter…"), theme.DocumentCreateIcon(), func() { s.editActivities(year) })
		box.Add(container.NewHBox(widget.NewLabelWithStyle(strconv.Itoa(p.Year), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), edit))
		if acts, err := s.svc.ISAMActivities(context.Background(), year); err == nil && len(acts) > 0 {
			box.Add(wrapped(trf("Aktiviteter: %s", strings.Join(acts, "; "))))
		}
		if i < len(s.review.Figures.Due) && s.review.Figures.Due[i].Count() > 0 {
			box.Add(wrapped(trf("Att klassa eller följa upp: %s", itemNames(s.review.Figures.Due[i].Items))))
		}
		if p.AcceptedCount() == 0 && len(p.Proposed) == 0 {
			box.Add(widget.NewLabel(tr("Inget planerat ännu.")))
			continue
		}
		for q := 1; q <= 4; q++ {
			if len(p.Accepted[q]) > 0 {
				box.Add(wrapped(trf("Kvartal %d: %s", q, itemNames(p.Accepted[q]))))
			}
		}
		if len(p.Accepted[0]) > 0 {
			box.Add(wrapped(trf("Accepterade utan kvartal: %s", itemNames(p.Accepted[0]))))
		}
		if len(p.Proposed) > 0 {
			box.Add(wrapped(trf("Föreslagna: %s", itemNames(p.Proposed))))
		}
	}
	hint := wrapped(tr("Från registret vid årets slut och Årsplan; aktiviteterna skrivs in här och står i Word-dokumentet"))
	hint.Importance = widget.LowImportance
	return widget.NewCard(tr("Plan för de kommande tre åren"), "", container.NewVBox(append([]fyne.CanvasObject{hint}, box.Objects...)...))
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func itemNames(items []domain.ReviewItem) string {
	var ns []string
	for _, it := range items {
		ns = append(ns, it.Asset)
	}
	return strings.Join(ns, ", ")
}

// export writes the review of the chosen year as a Word document.
func (s *reviewScreen) export() {
	year := s.year
	s.saveFile(trf("Ledningens genomgång %d.docx", year), func(ctx context.Context, path string) error {
		return s.svc.ExportReviewDocx(ctx, path, year)
	})
}

// exportAppendix writes the figures of the chosen year as the workbook
// that goes with the document.
func (s *reviewScreen) exportAppendix() {
	year := s.year
	s.saveFile(fmt.Sprintf("lg-%d.xlsx", year), func(ctx context.Context, path string) error {
		return s.svc.ExportReview(ctx, path, year)
	})
}

func (s *reviewScreen) saveFile(name string, write func(ctx context.Context, path string) error) {
	if s.save == nil {
		s.report(tr("Exporten kunde inte göras"), fmt.Errorf("%s", tr("ingen fil att spara till")))
		return
	}
	s.save(name, write)
}

// editActivities lets the ISAM write the activities of year, one a line;
// they are saved at once and stand in the Word document's plan.
func (s *reviewScreen) editActivities(year int) {
	acts, err := s.svc.ISAMActivities(context.Background(), year)
	if err != nil {
		s.report(tr("Aktiviteterna kunde inte läsas"), err)
		return
	}
	entry := widget.NewMultiLineEntry()
	entry.SetText(strings.Join(acts, "\n"))
	entry.SetMinRowsVisible(8)
	entry.SetPlaceHolder(tr("En aktivitet per rad, till exempel: Revidera den lokala anvisningen"))
	d := dialog.NewForm(trf("Aktiviteter för %d", year), tr("Spara"), tr("Avbryt"),
		[]*widget.FormItem{widget.NewFormItem("", entry)}, func(ok bool) {
			if !ok {
				return
			}
			if err := s.svc.SetISAMActivities(context.Background(), year, strings.Split(entry.Text, "\n")); err != nil {
				s.report(tr("Aktiviteterna sparades inte"), err)
				return
			}
			s.show(s.year)
		}, s.win)
	d.Resize(fyne.NewSize(640, 380))
	d.Show()
}
