package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

func hasText(s string) bool { return strings.TrimSpace(s) != "" }

func (w *workshopScreen) scopeStatus() stepStatus {
	switch {
	case hasText(w.c.Scope) && len(w.c.Participants) > 0:
		return stepDone
	case hasText(w.c.Scope) || len(w.c.Participants) > 0:
		return stepIncomplete
	}
	return stepEmpty
}

// updateClassification applies edit to a copy of the classification's
// scalar fields and stores it; the screen's copy changes only on success.
func (w *workshopScreen) updateClassification(edit func(*domain.Classification)) error {
	c := *w.c
	edit(&c)
	if err := w.d.svc.UpdateClassification(&c); err != nil {
		return err
	}
	*w.c = c
	w.changed()
	return nil
}

func (w *workshopScreen) scopeStep() fyne.CanvasObject {
	kind := widget.NewSelect(nil, nil)
	for _, k := range domain.ClassificationKinds {
		kind.Options = append(kind.Options, tr(k.Label()))
	}
	for i, k := range domain.ClassificationKinds {
		if k == w.c.Kind {
			kind.SetSelectedIndex(i)
		}
	}
	kind.OnChanged = func(string) {
		k := domain.ClassificationKinds[kind.SelectedIndex()]
		if err := w.updateClassification(func(c *domain.Classification) { c.Kind = k }); err != nil {
			w.d.showError(tr("Ändringen sparades inte"), err)
		}
	}
	date := newDateField(w.c.Date, func(d domain.Date) error {
		return w.updateClassification(func(c *domain.Classification) { c.Date = d })
	})
	scope := newTextArea(w.c.Scope, 5, func(s string) error {
		return w.updateClassification(func(c *domain.Classification) { c.Scope = s })
	})
	scope.SetPlaceHolder(tr("Vad ingår i klassningen och vad ingår inte? Vilka delar av systemet, vilka verksamheter, vilka gränssnitt?"))
	form := widget.NewForm(
		widget.NewFormItem(tr("Typ av klassning"), kind),
		widget.NewFormItem(tr("Datum"), date),
		widget.NewFormItem(tr("Avgränsning"), scope),
	)
	participants := container.NewVBox()
	var fill func()
	fill = func() {
		participants.RemoveAll()
		for i := range w.c.Participants {
			participants.Add(w.participantRow(i, fill))
		}
		if len(w.c.Participants) == 0 {
			participants.Add(widget.NewLabel(tr("Inga deltagare ännu. Roller är viktigare än namn.")))
		}
		participants.Refresh()
	}
	fill()
	add := widget.NewButtonWithIcon(tr("Lägg till deltagare"), theme.ContentAddIcon(), func() {
		p := domain.Participant{Role: nextRole(w.c.Participants)}
		if !w.saved(w.d.svc.AddParticipant(w.c.ID, &p)) {
			return
		}
		w.c.Participants = append(w.c.Participants, p)
		fill()
		w.changed()
		if n := len(participants.Objects); n > 0 {
			if row, ok := participants.Objects[n-1].(*fyne.Container); ok {
				if f, ok := row.Objects[0].(*field); ok {
					w.d.win.Canvas().Focus(f)
				}
			}
		}
	})
	if w.locked {
		kind.Disable()
		date.Disable()
		scope.Disable()
		add.Disable()
	}
	return container.NewVScroll(container.NewVBox(
		heading(tr("1  Avgränsning & deltagare")),
		form,
		subheading(tr("Deltagare")),
		participants,
		container.NewHBox(add),
	))
}

// participantRow edits participant i; refill redraws the list after a delete.
func (w *workshopScreen) participantRow(i int, refill func()) fyne.CanvasObject {
	p := w.c.Participants[i]
	id := p.ID
	update := func(edit func(*domain.Participant)) error {
		for j := range w.c.Participants {
			if w.c.Participants[j].ID == id {
				q := w.c.Participants[j]
				edit(&q)
				if err := w.d.svc.UpdateParticipant(&q); err != nil {
					return err
				}
				w.c.Participants[j] = q
				w.changed()
				return nil
			}
		}
		return nil
	}
	name := newField(p.Name, func(s string) error {
		return update(func(q *domain.Participant) { q.Name = s })
	})
	name.SetPlaceHolder(tr("Namn"))
	role := widget.NewSelect(roleLabels(), nil)
	for k, r := range domain.Roles {
		if r == p.Role {
			role.SetSelectedIndex(k)
		}
	}
	role.OnChanged = func(string) {
		r := domain.Roles[role.SelectedIndex()]
		if err := update(func(q *domain.Participant) { q.Role = r }); err != nil {
			w.d.showError(tr("Ändringen sparades inte"), err)
		}
	}
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		if !w.saved(w.d.svc.DeleteParticipant(id)) {
			return
		}
		for j := range w.c.Participants {
			if w.c.Participants[j].ID == id {
				w.c.Participants = append(w.c.Participants[:j], w.c.Participants[j+1:]...)
				break
			}
		}
		refill()
		w.changed()
	})
	if w.locked {
		name.Disable()
		role.Disable()
		del.Disable()
	}
	return newBorder(nil, nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(colWidth(380), 40), role), del), name)
}

// nextRole suggests the role of the next participant: the first of the
// core roles that nobody has yet.
func nextRole(ps []domain.Participant) domain.Role {
	for _, r := range []domain.Role{domain.RoleOwner, domain.RoleISAM, domain.RoleDSO, domain.RoleSystemManager, domain.RoleRepresentative} {
		taken := false
		for _, p := range ps {
			if p.Role == r {
				taken = true
			}
		}
		if !taken {
			return r
		}
	}
	return domain.RoleOther
}

func roleLabels() []string {
	out := make([]string, len(domain.Roles))
	for i, r := range domain.Roles {
		out[i] = tr(r.Label())
	}
	return out
}

func heading(s string) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameHeadingText
	return l
}

func subheading(s string) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}
