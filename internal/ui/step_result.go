package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

func (w *workshopScreen) resultStatus() stepStatus {
	res := w.c.Result(w.d.model)
	if res.Overall == domain.Unset {
		return stepEmpty
	}
	if w.classifyStatus() != stepDone {
		return stepIncomplete // a level from one type is not yet the asset's result
	}
	for _, p := range w.c.Problems(w.d.model) {
		if p.Kind == domain.ProblemRaiseNoReason || p.Kind == domain.ProblemRaiseNotAbove {
			return stepIncomplete
		}
	}
	for _, a := range res.Aspects {
		if a.Calculated == domain.Unset {
			return stepIncomplete
		}
	}
	return stepDone
}

// resultStep shows per aspect the calculated level and where it comes
// from, lets the group raise it with a reason, and shows the effective
// level with its explanation.
func (w *workshopScreen) resultStep() fyne.CanvasObject {
	m := w.d.model
	body := container.NewVBox(heading(tr("4  Resultat")))
	intro := widget.NewLabel(tr("Tillgångens nivå per aspekt är den högsta nivån bland informationstyperna. Gruppen kan höja en nivå, med skäl, men aldrig sänka den."))
	intro.Wrapping = fyne.TextWrapWord
	body.Add(intro)
	overall := widget.NewLabel("")
	overall.TextStyle = fyne.TextStyle{Bold: true}
	rows := container.NewVBox()
	var fill func()
	fill = func() {
		res := w.c.Result(m)
		rows.RemoveAll()
		for _, ar := range res.Aspects {
			rows.Add(w.resultRow(ar, fill))
		}
		overall.SetText(trf("Högsta nivå totalt: %s", overallText(m, res.Overall)))
		rows.Refresh()
	}
	fill()
	body.Add(rows)
	body.Add(overall)
	res := w.c.Result(m)
	if len(res.Warnings) > 0 {
		body.Add(subheading(tr("Varningar")))
		for _, p := range res.Warnings {
			l := widget.NewLabel(problemText(m, p.Format, p.Args))
			l.Wrapping = fyne.TextWrapWord
			l.Importance = widget.WarningImportance
			body.Add(l)
		}
	}
	for _, name := range res.Referred {
		l := widget.NewLabel(trf("'%s' omfattas av säkerhetsskydd, ingår inte i resultatet och ska hanteras med säkerhetsskyddschefen.", name))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.DangerImportance
		body.Add(l)
	}
	return container.NewVScroll(body)
}

func overallText(m *domain.Model, l domain.Level) string {
	if info, ok := m.Level(l); ok {
		return m.NumberText(l) + " – " + pick(info.Label, info.LabelEN)
	}
	return tr("ingen nivå vald ännu")
}

// raiseSelect offers "Ingen höjning" and every level of m above the
// calculated one, with raised chosen; levels are the offered levels in
// the order of the options after the first.
func raiseSelect(m *domain.Model, calculated, raised domain.Level) (sel *widget.Select, levels []domain.Level) {
	options := []string{tr("Ingen höjning")}
	for l := calculated + 1; l <= m.MaxLevel(); l++ {
		if l < 1 {
			continue
		}
		li, _ := m.Level(l)
		options = append(options, trf("Höj till %s – %s", m.NumberText(l), pick(li.Label, li.LabelEN)))
		levels = append(levels, l)
	}
	sel = widget.NewSelect(options, nil)
	sel.SetSelectedIndex(0)
	for i, l := range levels {
		if raised == l {
			sel.SetSelectedIndex(i + 1)
		}
	}
	return sel, levels
}

// resultRow shows one aspect: calculated, raise and effective.
func (w *workshopScreen) resultRow(ar domain.AspectResult, refill func()) fyne.CanvasObject {
	m := w.d.model
	a := ar.Aspect
	info, _ := m.Aspect(a)
	calc := newBadge()
	calc.set(m, a, ar.Calculated)
	eff := newBadge()
	eff.set(m, a, ar.Effective)
	explain := widget.NewLabel(explainText(m, ar))
	explain.Wrapping = fyne.TextWrapWord

	raise := w.c.Raises[a]
	sel, levels := raiseSelect(m, ar.Calculated, raise.Level)
	reason := widget.NewSelect(raiseReasonLabels(), nil)
	for i, r := range domain.RaiseReasons {
		if raise.Reason == r {
			reason.SetSelectedIndex(i)
		}
	}
	reason.PlaceHolder = tr("Välj skäl")
	store := func(edit func(*domain.Raise)) error {
		r := w.c.Raises[a]
		edit(&r)
		var p *domain.Raise
		if r.Level != domain.Unset {
			p = &r
		}
		if err := w.d.svc.Raise(w.c.ID, a, p); err != nil {
			return err
		}
		if w.c.Raises == nil {
			w.c.Raises = map[domain.Aspect]domain.Raise{}
		}
		if p == nil {
			delete(w.c.Raises, a)
		} else {
			w.c.Raises[a] = r
		}
		// The sentence follows the reason and the explanation as they
		// are typed, not only when the step is shown again.
		explain.SetText(explainText(m, w.c.Result(m).Aspect(a)))
		w.changed()
		return nil
	}
	expl := newField(raise.Explanation, func(s string) error {
		return store(func(r *domain.Raise) { r.Explanation = s })
	})
	expl.SetPlaceHolder(tr("Förklara varför nivån höjs"))
	raiseBox := newBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(colWidth(330), 40), reason), expl)
	if raise.Level == domain.Unset {
		raiseBox.Hide()
	}
	sel.OnChanged = func(string) {
		var l domain.Level
		if i := sel.SelectedIndex(); i > 0 {
			l = levels[i-1]
		}
		if err := store(func(r *domain.Raise) { r.Level = l }); err != nil {
			w.d.showError(tr("Ändringen sparades inte"), err)
			return
		}
		refill()
	}
	reason.OnChanged = func(string) {
		r := domain.RaiseReasons[reason.SelectedIndex()]
		if err := store(func(x *domain.Raise) { x.Reason = r }); err != nil {
			w.d.showError(tr("Ändringen sparades inte"), err)
		}
	}
	if w.locked {
		sel.Disable()
		reason.Disable()
		expl.Disable()
	}
	if ar.Calculated == domain.Unset || len(levels) == 0 {
		sel.Disable()
	}
	name := widget.NewLabelWithStyle(pick(info.Name, info.NameEN), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	calcBox := container.NewHBox(widget.NewLabel(tr("Beräknad")), calc.box)
	effBox := container.NewHBox(widget.NewLabel(tr("Gäller")), eff.box)
	line := newBorder(nil, nil,
		container.NewHBox(container.NewGridWrap(fyne.NewSize(colWidth(170), 40), name), calcBox),
		effBox,
		container.NewGridWrap(fyne.NewSize(colWidth(330), 40), sel))
	card := container.NewVBox(line, raiseBox, explain)
	return widget.NewCard("", "", card)
}

func raiseReasonLabels() []string {
	out := make([]string, len(domain.RaiseReasons))
	for i, r := range domain.RaiseReasons {
		out[i] = tr(r.Label())
	}
	return out
}
