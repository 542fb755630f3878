package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

func (w *workshopScreen) decisionStatus() stepStatus {
	switch {
	case w.c.Decided():
		return stepDone
	case w.c.DecidedBy != "" || !w.c.DecidedAt.IsZero() || !w.c.NextReview.IsZero():
		return stepIncomplete // drafted, not decided
	}
	return stepEmpty
}

// blockingProblems returns what must be put right before the owner can
// decide: the domain's one list, which Decide checks too.
func (w *workshopScreen) blockingProblems() []domain.Problem {
	return w.d.svc.Blockers(w.asset, w.c, w.thr.a) // w.c.Norm is kept current by the norm notes in Klassning
}

// fillBlockers lists in box what still blocks the decision. The decision
// step calls it again after every edit (w.onChange), so a blocker put
// right on this page, such as the säkerhetsskydd referral, goes at once.
func (w *workshopScreen) fillBlockers(box *fyne.Container) {
	box.RemoveAll()
	problems := w.blockingProblems()
	if len(problems) == 0 {
		return
	}
	box.Add(subheading(trf("Detta återstår innan beslut (%d)", len(problems))))
	for i, p := range problems {
		if i == 8 {
			box.Add(widget.NewLabel(trf("… och %d till.", len(problems)-8)))
			break
		}
		l := widget.NewLabel(blockerText(w.d.model, p))
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.WarningImportance
		box.Add(l)
	}
}

// decisionStep records the information owner's decision and the next
// review date. A classification with gaps cannot be decided.
func (w *workshopScreen) decisionStep() fyne.CanvasObject {
	m := w.d.model
	res := w.c.Result(m)
	badges := newBadgeRow(m)
	badges.set(res.Effective())
	body := container.NewVBox(heading(tr("6  Beslut")),
		container.NewHBox(widget.NewLabel(tr("Resultat:")), badges.Content, widget.NewLabel(overallText(m, res.Overall))))

	blockers := container.NewVBox()
	w.onChange = func() { w.fillBlockers(blockers) }
	w.fillBlockers(blockers)
	body.Add(blockers)

	by := newField(w.c.DecidedBy, func(s string) error {
		return w.updateClassification(func(c *domain.Classification) { c.DecidedBy = domain.NormalizeName(s) })
	})
	by.SetPlaceHolder(tr("Informationsägarens namn"))
	at := newDateField(w.c.DecidedAt, func(d domain.Date) error {
		return w.updateClassification(func(c *domain.Classification) { c.DecidedAt = d })
	})
	next := newDateField(w.c.NextReview, func(d domain.Date) error {
		return w.updateClassification(func(c *domain.Classification) { c.NextReview = d })
	})
	form := widget.NewForm(
		widget.NewFormItem(tr("Beslutat av"), by),
		widget.NewFormItem(tr("Beslutsdatum"), at),
		widget.NewFormItem(tr("Nästa uppföljning"), next),
	)
	if !w.locked { // hints for the drafting; a decided classification has its values
		if w.asset.OwnerName != "" {
			form.Items[0].HintText = trf("Informationsägare enligt registret: %s", w.asset.OwnerName)
		}
		form.Items[1].HintText = tr("Tomt: dagens datum när du trycker Fastställ.")
		form.Items[2].HintText = trf("Förslag: %d månader efter beslutet.", domain.ReviewMonths)
	}
	body.Add(form)
	if sec := w.securityPanel(); sec != nil {
		body.Add(sec)
	}
	protocol := widget.NewButtonWithIcon(tr("Protokoll för underskrift…"), theme.DocumentPrintIcon(), w.writeProtocol)
	body.Add(container.NewHBox(protocol))
	body.Add(w.parkedList())

	decide := widget.NewButtonWithIcon(tr("Fastställ klassningen"), theme.ConfirmIcon(), func() { w.decide(by, at, next) })
	decide.Importance = widget.HighImportance
	if w.locked {
		by.Disable()
		at.Disable()
		next.Disable()
		decide.Disable()
		body.Add(widget.NewLabel(trf("Fastställd %s av %s. Nästa uppföljning %s.", w.c.DecidedAt, w.c.DecidedBy, dateOrDash(w.c.NextReview))))
	} else {
		help := widget.NewLabel(tr("När informationsägaren har godkänt resultatet: fyll i namnet och tryck Fastställ. Datum och uppföljning fylls i om de saknas. En fastställd klassning låses; ändringar görs sedan i en uppföljning."))
		help.Wrapping = fyne.TextWrapWord
		body.Add(help)
		body.Add(container.NewHBox(decide))
	}
	return container.NewVScroll(body)
}

// decide records the owner's decision when nothing blocks it. The
// decision's fields hold drafts until then; the use case checks the
// blockers again in the same transaction as it decides.
func (w *workshopScreen) decide(by, at, next *field) {
	by.Flush()
	at.Flush()
	next.Flush()
	if ps := w.blockingProblems(); len(ps) > 0 {
		dialog.ShowInformation(tr("Klassningen kan inte fastställas än"),
			trn("%d saker återstår, till exempel:\n\n%s\n\nSe listan i steget Beslut.", len(ps), len(ps), blockerText(w.d.model, ps[0])), w.d.win)
		return
	}
	name := domain.NormalizeName(w.c.DecidedBy)
	if name == "" {
		dialog.ShowInformation(tr("Namn saknas"), tr("Skriv namnet på den informationsägare som fastställer klassningen."), w.d.win)
		w.d.win.Canvas().Focus(by)
		return
	}
	msg := trf("Fastställa klassningen av \"%s\" med beslut av %s?\n\nDen låses sedan för ändringar.", w.asset.Name, name)
	if warn, err := w.d.svc.DecisionWarnings(w.c, w.thr.a); err == nil {
		msg += decisionWarningText(warn)
	}
	dialog.ShowConfirm(tr("Fastställ klassningen"), msg, func(ok bool) {
		if !ok {
			return
		}
		_, err := w.d.svc.Decide(w.c.ID, domain.OwnerDecision{By: name, At: w.c.DecidedAt, NextReview: w.c.NextReview})
		if err != nil {
			w.d.showError(tr("Beslutet sparades inte"), err)
			return
		}
		w.d.showWorkshopStep(w.asset.ID, stepDecision) // stay on Beslut, with the protocol at hand
	}, w.d.win)
}

// lockedBanner tells that the classification is decided and offers a
// follow-up that starts from a copy of it.
func (w *workshopScreen) lockedBanner() fyne.CanvasObject {
	text := widget.NewLabel(trf("Klassningen fastställdes %s av %s och är låst. Starta en uppföljning för att ändra något; den fastställda versionen finns kvar.", w.c.DecidedAt, w.c.DecidedBy))
	if w.d.isPresenting() { // one line, so that the cards keep the room's screen
		text.SetText(trf("Fastställd %s av %s och låst.", w.c.DecidedAt, w.c.DecidedBy))
	}
	text.Wrapping = fyne.TextWrapWord
	follow := widget.NewButtonWithIcon(tr("Starta uppföljning"), theme.ContentCopyIcon(), w.startFollowUp)
	follow.Importance = widget.HighImportance
	return container.NewPadded(newBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), follow, text))
}

// startFollowUp creates a new classification of kind follow-up from a
// copy of the decided one, and opens it.
func (w *workshopScreen) startFollowUp() {
	if _, err := w.d.svc.StartFollowUp(w.c); err != nil {
		w.d.showError(tr("Uppföljningen kunde inte startas"), err)
		return
	}
	w.d.showWorkshop(w.asset.ID)
}

// writeProtocol saves the meeting record, print-ready on A4. The
// protocol of a classification not yet decided says so on every page.
func (w *workshopScreen) writeProtocol() {
	name := w.asset.Name
	w.d.saveAs(app.ProtocolPDFName(name, !w.c.Decided()), func(ctx context.Context, path string) error {
		_, err := w.d.svc.ExportProtocolPDF(ctx, path, name)
		return err
	})
}

// decisionWarningText says, below the question, what the owner should
// know before deciding: open parked questions, a DPIA not started.
func decisionWarningText(w domain.DecisionWarnings) string {
	s := ""
	if n := len(w.OpenParked); n > 0 {
		s += "\n\n" + trn("%d parkerade frågor är öppna:", n, n)
		for _, q := range w.OpenParked {
			s += "\n• " + q
		}
	}
	if w.DPIANotStarted {
		s += "\n\n" + tr("Tröskelanalysen kräver en konsekvensbedömning, och den är inte påbörjad.")
	}
	return s
}
