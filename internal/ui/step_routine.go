package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// routineNeeds are the answers of the routine assessment, as offered.
var routineNeeds = []domain.DPIANeed{domain.NeedNotNeeded, domain.NeedRequired, domain.NeedDoubtful}

// routineStatus is the threshold step's mark while no full analysis is
// made: done when the routine assessment lacks nothing.
func (w *workshopScreen) routineStatus() stepStatus {
	switch {
	case len(domain.RoutineProblems(w.c)) == 0:
		return stepDone
	case w.c.Routine == (domain.RoutineAssessment{}):
		return stepEmpty
	}
	return stepIncomplete
}

// wantsFullAnalysis reports whether the threshold step shows the full
// analysis: one is made already, the assessment or the flags require
// it, or the group chose to make it.
func (w *workshopScreen) wantsFullAnalysis() bool {
	full, _ := domain.FullAnalysisRequired(w.c)
	return w.thr.a != nil || full || w.thr.full
}

// setRoutine applies edit to the routine assessment and stores it.
func (w *workshopScreen) setRoutine(edit func(*domain.RoutineAssessment)) error {
	r := w.c.Routine
	edit(&r)
	if err := w.d.svc.SetRoutine(w.c.ID, r); err != nil {
		return err
	}
	w.c.Routine = r
	w.changed()
	return nil
}

// routinePanel is the routine assessment of the need for a DPIA that
// opens the threshold step: what the flags suggest, the group's answer
// with its reason, and the DSO's opinion. While no full analysis is
// made, a button starts one; onFull shows it.
func (w *workshopScreen) routinePanel(onFull func()) fyne.CanvasObject {
	box := container.NewVBox(subheading(tr("Bedömning av behovet av konsekvensbedömning")))
	intro := wrapLabel(tr("Bedöm i varje klassning om en konsekvensbedömning (DPIA) behövs. Den fullständiga tröskelanalysen görs när bedömningen är tveksam eller när markeringarna kräver det."))
	box.Add(intro)
	if need, why := domain.FlagSuggestion(w.c.InfoTypes); need != domain.NeedUnassessed {
		hint := wrapLabel(trf("Markeringarna tyder på: %s (%s).", tr(need.Label()), why))
		hint.Importance = widget.HighImportance
		box.Add(hint)
	}
	labels := make([]string, len(routineNeeds))
	for i, n := range routineNeeds {
		labels[i] = tr(n.Label())
	}
	choice := widget.NewRadioGroup(labels, nil)
	for i, n := range routineNeeds {
		if n == w.c.Routine.Need {
			choice.SetSelected(labels[i])
		}
	}
	reason := newTextArea(w.c.Routine.Reason, 2, func(text string) error {
		return w.setRoutine(func(r *domain.RoutineAssessment) { r.Reason = text })
	})
	reason.SetPlaceHolder(tr("Skäl för bedömningen"))
	dso := newTextArea(w.c.Routine.DSOOpinion, 2, func(text string) error {
		return w.setRoutine(func(r *domain.RoutineAssessment) { r.DSOOpinion = text })
	})
	dso.SetPlaceHolder(tr("Dataskyddsombudets synpunkt (behövs när gruppen är mindre försiktig än markeringarna)"))
	full := widget.NewButtonWithIcon(tr("Gör den fullständiga tröskelanalysen"), theme.ListIcon(), onFull)
	choice.OnChanged = func(label string) {
		for i, l := range labels {
			if l == label && routineNeeds[i] != w.c.Routine.Need {
				if err := w.setRoutine(func(r *domain.RoutineAssessment) { r.Need = routineNeeds[i] }); err != nil {
					w.d.showError(tr("Ändringen sparades inte"), err)
					return
				}
				if wanted, _ := domain.FullAnalysisRequired(w.c); wanted && w.thr.a == nil {
					onFull()
				}
			}
		}
	}
	box.Add(choice)
	box.Add(reason)
	box.Add(dso)
	if w.locked {
		choice.Disable()
		reason.Disable()
		dso.Disable()
	} else if w.thr.a == nil {
		box.Add(container.NewHBox(full))
	}
	return box
}

// routineOnlyStep is the threshold step while no full analysis is made:
// the routine assessment alone.
func (w *workshopScreen) routineOnlyStep() fyne.CanvasObject {
	body := container.NewVBox(heading(tr("5  Tröskelanalys")))
	body.Add(w.routinePanel(func() {
		w.thr.full = true
		w.show(stepThreshold)
	}))
	problems := container.NewVBox()
	w.onChange = func() { w.fillRoutineProblems(problems) }
	w.fillRoutineProblems(problems)
	body.Add(problems)
	body.Add(widget.NewSeparator())
	body.Add(newProcessingPanel(w.d, w.asset.ID).content)
	return container.NewVScroll(container.NewPadded(body))
}

// fillRoutineProblems lists in box what the routine assessment still
// lacks; the step calls it again after every edit (w.onChange).
func (w *workshopScreen) fillRoutineProblems(box *fyne.Container) {
	box.RemoveAll()
	for _, p := range domain.RoutineProblems(w.c) {
		l := wrapLabel(problemText(w.d.model, p.Format, p.Args))
		l.Importance = widget.WarningImportance
		box.Add(l)
	}
}

// securityPanel records, for information under säkerhetsskydd, that the
// säkerhetsskyddschef was told; the decision waits for it. It is nil when
// no information type is under säkerhetsskydd.
func (w *workshopScreen) securityPanel() fyne.CanvasObject {
	referred := false
	for i := range w.c.InfoTypes {
		referred = referred || w.c.InfoTypes[i].Referred()
	}
	if !referred {
		return nil
	}
	box := container.NewVBox(subheading(tr("Säkerhetsskydd")))
	box.Add(wrapLabel(tr("Informationen omfattas av säkerhetsskyddslagen och klassas inte här. Säkerhetsskyddschefen ska underrättas innan klassningen fastställs.")))
	sec := w.c.Security
	date := newDateField(sec.On, func(d domain.Date) error { return w.setSecurity(func(s *domain.SecurityReferral) { s.On = d }) })
	date.SetPlaceHolder(tr("Underrättad den (ÅÅÅÅ-MM-DD)"))
	note := newTextArea(sec.Note, 1, func(text string) error {
		return w.setSecurity(func(s *domain.SecurityReferral) { s.Note = text })
	})
	note.SetPlaceHolder(tr("Vem underrättades, och hur"))
	box.Add(date)
	box.Add(note)
	if w.locked {
		date.Disable()
		note.Disable()
	}
	return box
}

// setSecurity applies edit to the säkerhetsskydd referral and stores it.
func (w *workshopScreen) setSecurity(edit func(*domain.SecurityReferral)) error {
	s := w.c.Security
	edit(&s)
	if err := w.d.svc.SetSecurityReferral(w.c.ID, s); err != nil {
		return err
	}
	w.c.Security = s
	w.changed()
	return nil
}
