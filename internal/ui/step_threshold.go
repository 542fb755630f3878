package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// thresholdState is the threshold step: the asset's current analysis,
// one card per question and a live panel with the rule's outcome.
type thresholdState struct {
	w     *workshopScreen
	a     *domain.ThresholdAnalysis // nil until the step is first shown
	cards map[string]*answerCard

	full     bool // the group chose the full analysis although the routine assessment does not require it
	tally    *widget.Label
	outcome  *widget.Label
	problems *fyne.Container
	panel    *container.Scroll // the live panel, scrolling on its own
}

// answerCard is one threshold question with Ja/Nej/Osäker buttons and a
// comment field.
type answerCard struct {
	q               domain.Question
	yes, no, unsure *widget.Button
	comment         *field
	content         fyne.CanvasObject
}

func (w *workshopScreen) thresholdStatus() stepStatus {
	a := w.thr.a
	if a == nil && (domain.NeedsThreshold(w.c.InfoTypes) || w.asset.PersonalData) {
		return w.routineStatus()
	}
	switch {
	case a == nil || !a.Started():
		return stepEmpty
	case len(a.Problems()) == 0:
		return stepDone
	}
	return stepIncomplete
}

// ensureThreshold creates the asset's analysis when it has none.
func (s *thresholdState) ensure() error {
	if s.a != nil || s.w.locked {
		return nil
	}
	a, err := s.w.d.svc.StartThreshold(s.w.asset, s.w.c)
	if err != nil {
		return err
	}
	s.a = a
	return nil
}

func (w *workshopScreen) thresholdStep() fyne.CanvasObject {
	s := w.thr
	personal := domain.NeedsThreshold(w.c.InfoTypes) || w.asset.PersonalData
	if personal && !w.wantsFullAnalysis() {
		return w.routineOnlyStep()
	}
	if err := s.ensure(); err != nil {
		w.d.showError(tr("Tröskelanalysen kunde inte skapas"), err)
	}
	if s.a == nil {
		return container.NewVBox(heading(tr("5  Tröskelanalys")), widget.NewLabel(tr("Ingen tröskelanalys gjordes för denna klassning.")))
	}
	a := s.a
	qs := a.Questions()
	s.cards = map[string]*answerCard{}
	suggest := map[string][]string{}
	for _, sg := range domain.SuggestAnswers(w.c.InfoTypes) {
		suggest[sg.QuestionID] = append(suggest[sg.QuestionID], sg.Reason)
	}

	body := container.NewVBox(heading(tr("5  Tröskelanalys")))
	intro := widget.NewLabel(tr("Behövs en konsekvensbedömning (DPIA) enligt GDPR art. 35? Svara Ja, Nej eller Osäker på varje fråga. Ja och Osäker behöver en kommentar."))
	intro.Wrapping = fyne.TextWrapWord
	body.Add(intro)
	if personal {
		body.Add(w.routinePanel(func() {}))
	}
	na := widget.NewCheck(tr("Ej tillämplig: tillgången behandlar inga personuppgifter"), nil)
	na.SetChecked(a.NotApplicable)
	naReason := newTextArea(a.NotApplicableReason, 2, func(text string) error {
		return s.update(func(x *domain.ThresholdAnalysis) { x.NotApplicableReason = text })
	})
	naReason.SetPlaceHolder(tr("Skäl: varför behandlas inga personuppgifter?"))
	questions := container.NewVBox()
	for _, part := range []struct{ id, title, hint string }{
		{"A", tr("Del A – de tre fallen i art. 35.3"), tr("Ett Ja i del A betyder att konsekvensbedömning krävs.")},
		{"B", tr("Del B – de nio kriterierna"), tr("Två eller fler Ja betyder att konsekvensbedömning krävs. Ett Ja: gruppen bedömer särskilt.")},
		{"C", tr("Del C – omständigheter som kan göra den onödig"), tr("Gäller bara när två eller fler kriterier i del B är uppfyllda. Ange referens.")},
	} {
		questions.Add(subheading(part.title))
		h := widget.NewLabel(part.hint)
		h.Wrapping = fyne.TextWrapWord
		questions.Add(h)
		for _, q := range qs.Part(part.id) {
			c := s.newAnswerCard(q, suggest[q.ID])
			s.cards[q.ID] = c
			questions.Add(c.content)
		}
	}
	showQuestions := func() {
		if a.NotApplicable {
			questions.Hide()
			naReason.Show()
		} else {
			questions.Show()
			naReason.Hide()
		}
	}
	na.OnChanged = func(on bool) {
		if err := s.update(func(x *domain.ThresholdAnalysis) { x.NotApplicable = on }); err != nil {
			w.d.showError(tr("Ändringen sparades inte"), err)
			return
		}
		showQuestions()
	}
	if !personal {
		note := widget.NewLabel(tr("Ingen informationstyp är markerad med personuppgifter. Om tillgången inte behandlar personuppgifter alls räcker det att ange det, med skäl."))
		note.Wrapping = fyne.TextWrapWord
		note.Importance = widget.HighImportance
		body.Add(note)
	}
	body.Add(na)
	body.Add(naReason)
	body.Add(questions)
	showQuestions()
	if w.locked {
		na.Disable()
		naReason.Disable()
	}

	panel := s.livePanel()
	s.refresh()
	s.panel = container.NewVScroll(container.NewPadded(panel))
	return newBorder(nil, nil, nil, container.New(sideLayout{width: 380}, s.panel),
		container.NewVScroll(container.NewPadded(body)))
}

// sideLayout gives its objects a fixed width and the whole height it has,
// so that a scrolling side panel ends where the step ends.
type sideLayout struct{ width float32 }

// MinSize is the fixed width and the tallest minimum height.
func (l sideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.width, h)
}

// Layout fills size with every object.
func (l sideLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// update applies edit to a copy of the analysis and stores it.
func (s *thresholdState) update(edit func(*domain.ThresholdAnalysis)) error {
	c := *s.a
	edit(&c)
	if err := s.w.d.svc.UpdateThreshold(&c); err != nil {
		return err
	}
	*s.a = c
	s.refresh()
	s.w.changed()
	return nil
}

// answer stores the response to question id.
func (s *thresholdState) answer(id string, r domain.Response) error {
	if err := s.w.d.svc.Answer(s.a.ID, id, r); err != nil {
		return err
	}
	s.a.Responses[id] = r
	s.refresh()
	s.w.changed()
	return nil
}

func (s *thresholdState) newAnswerCard(q domain.Question, suggestions []string) *answerCard {
	c := &answerCard{q: q}
	choose := func(ans domain.Answer) func() {
		return func() {
			r := s.a.Responses[q.ID]
			r.Answer, r.Comment = ans, c.comment.Text
			if err := s.answer(q.ID, r); err != nil {
				s.w.d.showError(tr("Svaret sparades inte"), err)
				return
			}
			c.comment.Reset(r.Comment)
			c.show(ans)
			if (ans == domain.AnswerYes || ans == domain.AnswerUnsure) && !hasText(r.Comment) {
				s.w.d.win.Canvas().Focus(c.comment)
			}
		}
	}
	c.yes = widget.NewButton(tr("Ja"), choose(domain.AnswerYes))
	c.no = widget.NewButton(tr("Nej"), choose(domain.AnswerNo))
	c.unsure = widget.NewButton(tr("Osäker"), choose(domain.AnswerUnsure))
	c.comment = newField(s.a.Responses[q.ID].Comment, func(text string) error {
		r := s.a.Responses[q.ID]
		r.Comment = text
		return s.answer(q.ID, r)
	})
	if q.Part == "C" {
		c.comment.SetPlaceHolder(tr("Referens eller förklaring"))
	} else {
		c.comment.SetPlaceHolder(tr("Kommentar (krävs vid Ja och Osäker)"))
	}
	c.show(s.a.Responses[q.ID].Answer)
	title := widget.NewLabelWithStyle(q.ID+"  "+pick(q.Label, q.LabelEN), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	expl := widget.NewLabel(pick(q.Explanation, q.ExplanationEN))
	expl.Wrapping = fyne.TextWrapWord
	ex := widget.NewLabel(trf("Exempel: %s", pick(q.Example, q.ExampleEN)))
	ex.Wrapping = fyne.TextWrapWord
	ex.TextStyle = fyne.TextStyle{Italic: true}
	box := container.NewVBox(title, expl, ex)
	for _, sg := range suggestions {
		l := widget.NewLabel(trf("Förslag att överväga: %s", sg))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.HighImportance
		box.Add(l)
	}
	buttons := container.NewHBox(c.yes, c.no, c.unsure)
	box.Add(newBorder(nil, nil, buttons, nil, c.comment))
	if s.w.locked {
		c.yes.Disable()
		c.no.Disable()
		c.unsure.Disable()
		c.comment.Disable()
	}
	c.content = widget.NewCard("", "", box)
	return c
}

// show marks the chosen answer's button.
func (c *answerCard) show(a domain.Answer) {
	for ans, b := range map[domain.Answer]*widget.Button{domain.AnswerYes: c.yes, domain.AnswerNo: c.no, domain.AnswerUnsure: c.unsure} {
		if ans == a {
			b.Importance = widget.HighImportance
			b.SetIcon(theme.ConfirmIcon())
		} else {
			b.Importance = widget.MediumImportance
			b.SetIcon(nil)
		}
		b.Refresh()
	}
}

// livePanel shows the count of Ja and Osäker and the rule's outcome as
// the answers change, and records the group's decision.
func (s *thresholdState) livePanel() fyne.CanvasObject {
	a := s.a
	s.tally = widget.NewLabel("")
	s.tally.Wrapping = fyne.TextWrapWord
	s.outcome = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.outcome.SizeName = theme.SizeNameSubHeadingText
	s.outcome.Wrapping = fyne.TextWrapWord
	s.problems = container.NewVBox()

	decisions := []domain.Decision{domain.DecisionNone, domain.DecisionRequired, domain.DecisionNotRequired}
	labels := []string{tr("Följ regelns utfall"), tr(domain.DecisionRequired.Label()), tr(domain.DecisionNotRequired.Label())}
	decision := widget.NewSelect(labels, nil)
	for i, d := range decisions {
		if a.Decision == d {
			decision.SetSelectedIndex(i)
		}
	}
	decision.OnChanged = func(string) {
		d := decisions[decision.SelectedIndex()]
		if err := s.update(func(x *domain.ThresholdAnalysis) { x.Decision = d }); err != nil {
			s.w.d.showError(tr("Beslutet sparades inte"), err)
		}
	}
	reason := newTextArea(a.DecisionReason, 3, func(text string) error {
		return s.update(func(x *domain.ThresholdAnalysis) { x.DecisionReason = text })
	})
	reason.SetPlaceHolder(tr("Skäl för beslutet"))
	dso := newTextArea(a.DSOOpinion, 3, func(text string) error {
		return s.update(func(x *domain.ThresholdAnalysis) { x.DSOOpinion = text })
	})
	dso.SetPlaceHolder(tr("Dataskyddsombudets yttrande"))

	if s.w.locked {
		decision.Disable()
		reason.Disable()
		dso.Disable()
	}
	return container.NewVBox(
		widget.NewLabelWithStyle(tr("Regelns utfall"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		s.outcome, s.tally, s.problems,
		widget.NewSeparator(),
		widget.NewLabelWithStyle(tr("Gruppens beslut"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		decision, reason, dso,
		widget.NewSeparator(),
		newProcessingPanel(s.w.d, s.w.asset.ID).content,
	)
}

// refresh updates the live panel after an answer or a decision.
func (s *thresholdState) refresh() {
	if s.tally == nil || s.a == nil {
		return
	}
	t := domain.Count(s.a.Responses)
	tally := trf("Del B: %d Ja, %d Osäker\nDel A: %s\nDel C: %s", t.Yes, t.Unsure, yesNo(t.AYes, t.AUnsure), yesNo(t.Exception, false))
	if n := s.a.Unanswered(); n > 0 && !s.a.NotApplicable {
		tally += "\n" + trn("%d frågor i del A och B är obesvarade.", n, n)
	}
	s.tally.SetText(tally)
	rule := s.a.Outcome()
	s.outcome.SetText(tr(rule.Label()))
	s.outcome.Importance = outcomeImportance(rule)
	s.outcome.Refresh()
	s.problems.RemoveAll()
	if final := s.a.FinalDecision(); final != rule {
		s.problems.Add(wrapLabel(trf("Beslut: %s", tr(final.Label()))))
	}
	for _, p := range s.a.Problems() {
		if p.QuestionID != "" && p.Format == domain.ThresholdUnanswered {
			continue // unanswered questions are visible on the cards
		}
		l := wrapLabel("• " + problemText(s.w.d.model, p.Format, p.Args))
		l.Importance = widget.WarningImportance
		s.problems.Add(l)
	}
	s.problems.Refresh()
}

// outcomeImportance colours an outcome: red when a DPIA is to be done,
// orange when the group must weigh it, green only when the answers rule
// it out, and neutral while the analysis is not assessed.
func outcomeImportance(o domain.Outcome) widget.Importance {
	switch o {
	case domain.OutcomeRequired, domain.OutcomeUnsure:
		return widget.DangerImportance
	case domain.OutcomeAssess, domain.OutcomeException:
		return widget.WarningImportance
	case domain.OutcomeNotRequired, domain.OutcomeNotApplicable:
		return widget.SuccessImportance
	}
	return widget.MediumImportance
}

func yesNo(yes, unsure bool) string {
	switch {
	case yes:
		return tr("Ja")
	case unsure:
		return tr("Osäker")
	}
	return tr("inget Ja")
}
