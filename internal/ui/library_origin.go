package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// normOrigin shows, for one aspect of an information type in a
// classification started from a norm, what the norm said and how the
// local level relates to it. A level raised above the norm's asks for the
// reason; one lowered below it asks for the reason and the name of who
// approved it. Both are saved at once and recorded in the history; until
// they are given, domain.NormProblems blocks the decision.
type normOrigin struct {
	svc    *app.Service
	link   *domain.NormLink
	it     *domain.InfoType
	a      domain.Aspect
	report func(title string, err error)

	origin  domain.Origin
	ok      bool
	content fyne.CanvasObject // nil when the rating did not come from a norm
	note    *widget.Label
	reason  *field
	by      *field
}

// newNormOrigin returns the norm note of aspect a of information type it;
// its content is nil when the classification (link nil) or the rating
// did not come from a norm.
func newNormOrigin(svc *app.Service, link *domain.NormLink, it *domain.InfoType, a domain.Aspect, report func(string, error)) *normOrigin {
	p := &normOrigin{svc: svc, link: link, it: it, a: a, report: report}
	p.origin, p.ok = link.Origin(it.ID, a)
	if !p.ok {
		return p
	}
	p.note = widget.NewLabel("")
	p.note.Wrapping = fyne.TextWrapWord
	p.reason = newField(p.origin.Reason, p.save)
	p.reason.SetPlaceHolder(tr("Skäl till att nivån skiljer sig från normens"))
	p.by = newField(p.origin.ApprovedBy, p.save)
	p.by.SetPlaceHolder(tr("Godkänd av (namn)"))
	p.content = container.NewVBox(p.note, p.reason, p.by)
	p.Refresh()
	return p
}

// save stores the reason and the approver typed so far.
func (p *normOrigin) save(string) error {
	if err := p.svc.SetNormDeviation(p.it.ID, p.a, p.reason.Text, p.by.Text); err != nil {
		return err
	}
	p.origin.Reason, p.origin.ApprovedBy = domain.NormalizeName(p.reason.Text), domain.NormalizeName(p.by.Text)
	if p.link.Origins[p.it.ID] != nil {
		p.link.Origins[p.it.ID][p.a] = p.origin
	}
	p.Refresh()
	return nil
}

// Refresh shows the note for the information type's current level; call
// it after the level changed.
func (p *normOrigin) Refresh() {
	if !p.ok {
		return
	}
	l := p.it.Ratings[p.a].Level
	m := p.svc.ModelOf(nil)
	norm := levelLabel(m, p.a, p.origin.Level)
	from := trf("Från normen (%s, version %d): %s – %s", p.link.Organisation, p.link.Version, norm, p.origin.Motivation)
	p.reason.Hide()
	p.by.Hide()
	p.note.Importance = widget.LowImportance
	switch p.origin.Deviation(l) {
	case domain.RaisedFromNorm:
		p.reason.Show()
		p.note.Importance = widget.WarningImportance
		if hasText(p.origin.Reason) {
			p.note.Importance = widget.MediumImportance
		}
		p.note.SetText(trf("%s\nHöjd till %s: skriv skälet.", from, levelLabel(m, p.a, l)))
	case domain.LoweredFromNorm:
		p.reason.Show()
		p.by.Show()
		p.note.Importance = widget.WarningImportance
		if hasText(p.origin.Reason) && hasText(p.origin.ApprovedBy) {
			p.note.Importance = widget.MediumImportance
		}
		p.note.SetText(trf("%s\nSänkt till %s, under normen: skriv skälet och vem som godkände sänkningen.", from, levelLabel(m, p.a, l)))
	default:
		p.note.SetText(from)
	}
	p.note.Refresh()
}

// normMark returns what to add after a level that came from a norm, for
// every step that shows levels: " (normen)" when it is the norm's, " (höjd
// från normens K3)" or " (sänkt från normens K3)" when it differs, and ""
// when the rating did not come from a norm (link may be nil). Levels are
// named in model m.
func normMark(m *domain.Model, link *domain.NormLink, it *domain.InfoType, a domain.Aspect) string {
	o, ok := link.Origin(it.ID, a)
	if !ok {
		return ""
	}
	switch o.Deviation(it.Ratings[a].Level) {
	case domain.RaisedFromNorm:
		return trf(" (höjd från normens %s)", levelLabel(m, a, o.Level))
	case domain.LoweredFromNorm:
		return trf(" (sänkt från normens %s)", levelLabel(m, a, o.Level))
	}
	return tr(" (normen)")
}
