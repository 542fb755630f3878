package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

func (w *workshopScreen) typesStatus() stepStatus {
	if len(w.c.InfoTypes) == 0 {
		return stepEmpty
	}
	for _, t := range w.c.InfoTypes {
		if !hasText(t.Name) {
			return stepIncomplete
		}
	}
	return stepDone
}

// infoType returns the screen's copy of information type id.
func (w *workshopScreen) infoType(id int64) *domain.InfoType {
	for i := range w.c.InfoTypes {
		if w.c.InfoTypes[i].ID == id {
			return &w.c.InfoTypes[i]
		}
	}
	return nil
}

// updateInfoType stores an edit of information type id's name,
// description or flags.
func (w *workshopScreen) updateInfoType(id int64, edit func(*domain.InfoType)) error {
	t := w.infoType(id)
	if t == nil {
		return nil
	}
	c := *t
	c.Flags = append([]domain.Flag(nil), t.Flags...)
	edit(&c)
	if err := w.d.svc.UpdateInfoType(&c); err != nil {
		return err
	}
	*t = c
	w.changed()
	return nil
}

// addInfoType adds an information type named name at the end.
func (w *workshopScreen) addInfoType(name string) error {
	if domain.NormalizeName(name) == "" {
		return domain.ErrNameRequired
	}
	t := domain.InfoType{Name: domain.NormalizeName(name), Ratings: map[domain.Aspect]domain.Rating{}}
	if err := w.d.svc.AddInfoType(w.c.ID, &t); err != nil {
		return err
	}
	w.c.InfoTypes = append(w.c.InfoTypes, t)
	w.changed()
	return nil
}

func (w *workshopScreen) typesStep() fyne.CanvasObject {
	list := container.NewVBox()
	var fill func()
	fill = func() {
		list.RemoveAll()
		for i := range w.c.InfoTypes {
			list.Add(w.infoTypeCard(i, fill))
		}
		if len(w.c.InfoTypes) == 0 {
			l := widget.NewLabel(tr("Inga informationstyper ännu. Tänk på vilka slags uppgifter som finns: t.ex. genomförandeplaner, kontaktuppgifter, journalanteckningar, loggar."))
			l.Wrapping = fyne.TextWrapWord
			list.Add(l)
		}
		list.Refresh()
	}
	fill()
	name := newEntry()
	name.SetPlaceHolder(tr("Namn på ny informationstyp, t.ex. Genomförandeplaner"))
	add := func() {
		if err := w.addInfoType(name.Text); err != nil {
			w.d.showError(tr("Informationstypen lades inte till"), err)
			return
		}
		name.SetText("")
		fill()
		w.d.win.Canvas().Focus(name)
	}
	name.OnSubmitted = func(string) { add() }
	addBtn := widget.NewButtonWithIcon(tr("Lägg till"), theme.ContentAddIcon(), add)
	addBtn.Importance = widget.HighImportance
	starter := widget.NewButtonWithIcon(tr("Från startbiblioteket…"), theme.ListIcon(), func() { w.showStarter(fill) })
	adder := newBorder(nil, nil, nil, container.NewHBox(addBtn, starter), name)
	if w.locked {
		name.Disable()
		addBtn.Disable()
		starter.Disable()
	}
	intro := widget.NewLabel(tr("Lista informationstyperna i tillgången och markera vad de innehåller. Markeringarna föreslår lägsta rimliga nivåer i klassningen."))
	intro.Wrapping = fyne.TextWrapWord
	return newBorder(container.NewVBox(heading(tr("2  Informationstyper")), intro, adder), nil, nil, nil,
		container.NewVScroll(list))
}

// infoTypeCard edits information type i: name, description and flags,
// with buttons to move and delete it.
func (w *workshopScreen) infoTypeCard(i int, refill func()) fyne.CanvasObject {
	t := w.c.InfoTypes[i]
	id := t.ID
	name := newField(t.Name, func(s string) error {
		if domain.NormalizeName(s) == "" {
			return domain.ErrNameRequired
		}
		return w.updateInfoType(id, func(x *domain.InfoType) { x.Name = domain.NormalizeName(s) })
	})
	desc := newTextArea(t.Description, 2, func(s string) error {
		return w.updateInfoType(id, func(x *domain.InfoType) { x.Description = s })
	})
	desc.SetPlaceHolder(tr("Kort beskrivning: vad är det för uppgifter, om vilka, hur många?"))
	flags := container.NewGridWithColumns(2)
	var checks []*widget.Check
	for _, f := range w.d.model.Floors {
		f := f
		label := pick(f.Label, f.LabelEN)
		if hint := floorHint(w.d.model, f); hint != "" {
			label = trf("%s  (%s)", label, hint)
		}
		wc := newWrapCheck(label)
		c := wc.check
		c.SetChecked(domain.HasFlag(t.Flags, f.Flag))
		c.OnChanged = func(on bool) {
			err := w.updateInfoType(id, func(x *domain.InfoType) { x.Flags = setFlag(x.Flags, f.Flag, on) })
			if err != nil {
				w.d.showError(tr("Ändringen sparades inte"), err)
				return
			}
			if on && f.Refer {
				dialog.ShowInformation(tr("Säkerhetsskydd"), tr("Information som omfattas av säkerhetsskydd klassas inte i Infoklass.\n\nMarkeringen sparas och informationstypen räknas inte in i resultatet. Kontakta säkerhetsskyddschefen."), w.d.win)
			}
		}
		checks = append(checks, c)
		flags.Add(wc)
	}
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() {
		if w.saved(w.d.svc.MoveInfoType(id, -1)) && i > 0 {
			w.c.InfoTypes[i-1], w.c.InfoTypes[i] = w.c.InfoTypes[i], w.c.InfoTypes[i-1]
			refill()
		}
	})
	down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() {
		if w.saved(w.d.svc.MoveInfoType(id, +1)) && i < len(w.c.InfoTypes)-1 {
			w.c.InfoTypes[i+1], w.c.InfoTypes[i] = w.c.InfoTypes[i], w.c.InfoTypes[i+1]
			refill()
		}
	})
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		msg := trf("Ta bort informationstypen \"%s\" med dess nivåer och motiveringar?", w.infoType(id).Name)
		dialog.ShowConfirm(tr("Ta bort informationstyp"), msg, func(ok bool) {
			if !ok || !w.saved(w.d.svc.DeleteInfoType(id)) {
				return
			}
			for j := range w.c.InfoTypes {
				if w.c.InfoTypes[j].ID == id {
					w.c.InfoTypes = append(w.c.InfoTypes[:j], w.c.InfoTypes[j+1:]...)
					break
				}
			}
			refill()
			w.changed()
		}, w.d.win)
	})
	if i == 0 {
		up.Disable()
	}
	if i == len(w.c.InfoTypes)-1 {
		down.Disable()
	}
	if w.locked {
		name.Disable()
		desc.Disable()
		up.Disable()
		down.Disable()
		del.Disable()
		for _, c := range checks {
			c.Disable()
		}
	}
	num := widget.NewLabelWithStyle(fmt.Sprintf("%d.", i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := newBorder(nil, nil, num, container.NewHBox(up, down, del), name)
	box := container.NewVBox(top, desc, flags)
	if i == 0 {
		box.Add(abbrevHint()) // where OSL and RSA first appear
	}
	return widget.NewCard("", "", box)
}

// abbrevHint explains the abbreviations the flags use, OSL and RSA.
func abbrevHint() *widget.Label {
	l := widget.NewLabel(tr("OSL är offentlighets- och sekretesslagen. RSA är kommunens risk- och sårbarhetsanalys."))
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// floorHint says which levels a floor proposes, as in "minst K3, S3".
func floorHint(m *domain.Model, f domain.Floor) string {
	if f.Refer {
		return tr("klassas inte här")
	}
	if s := minText(m, f); s != "" {
		return trf("minst %s", s)
	}
	return ""
}

func setFlag(flags []domain.Flag, f domain.Flag, on bool) []domain.Flag {
	out := flags[:0:0]
	for _, g := range flags {
		if g != f {
			out = append(out, g)
		}
	}
	if on {
		out = append(out, f)
	}
	return out
}
