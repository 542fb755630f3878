package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// starterPicker is the dialog that adds information types from the
// starter library (domain.Starter) to the classification: a search, the
// types grouped by area, each with its description, flags and suggested
// floors, any number of them ticked, Enter adding them. A type the
// classification already has cannot be ticked.
type starterPicker struct {
	w      *workshopScreen
	lib    *domain.StarterLibrary
	search *field
	list   *fyne.Container
	checks map[string]*pickCheck // by type name
	chosen map[string]bool
	count  *widget.Label
	dlg    *dialog.ConfirmDialog
	done   func() // after types were added, e.g. the step's refill
}

// pickCheck is a starter type's tick box: Space ticks it, Enter adds
// what is ticked.
type pickCheck struct {
	widget.Check
	submit func()
}

func newPickCheck(text string, changed func(bool), submit func()) *pickCheck {
	c := &pickCheck{submit: submit}
	c.Text = text
	c.OnChanged = changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey adds the ticked types on Enter; other keys tick as a check does.
func (c *pickCheck) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		c.submit()
		return
	}
	c.Check.TypedKey(ev)
}

// showStarter opens the starter library; done is called after types
// were added.
func (w *workshopScreen) showStarter(done func()) {
	p := &starterPicker{w: w, lib: domain.Starter(), checks: map[string]*pickCheck{}, chosen: map[string]bool{}, done: done}
	p.search = newEntry()
	p.search.SetPlaceHolder(tr("Sök bland vanliga informationstyper, t.ex. journal eller lön"))
	p.search.OnChanged = func(string) { p.fill() }
	p.search.OnSubmitted = func(string) { p.submit() }
	p.count = widget.NewLabel("")
	p.list = container.NewVBox()
	p.fill()
	intro := widget.NewLabel(tr("Vanliga informationstyper i kommunens system, med markeringar och föreslagna lägsta nivåer. Gruppen motiverar varje nivå och kan ändra den."))
	intro.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(intro, p.search)
	content := container.NewBorder(top, p.count, nil, nil, container.NewVScroll(p.list))
	p.dlg = dialog.NewCustomConfirm(tr("Startbibliotek med informationstyper"), tr("Lägg till valda"), tr("Avbryt"), content,
		func(ok bool) {
			if ok {
				p.add()
			}
		}, w.d.win)
	size := w.d.win.Canvas().Size()
	p.dlg.Resize(fyne.NewSize(min(960, size.Width*0.92), size.Height*0.9))
	p.dlg.Show()
	w.d.win.Canvas().Focus(p.search)
}

// fill lists the types the search finds, by area.
func (p *starterPicker) fill() {
	p.list.RemoveAll()
	q := strings.ToLower(strings.TrimSpace(p.search.Text))
	shown := 0
	for _, area := range p.lib.Areas {
		var items []fyne.CanvasObject
		for _, t := range p.lib.Types {
			if t.Area == area.ID && p.matches(t, area, q) {
				items = append(items, p.item(t))
			}
		}
		if len(items) == 0 {
			continue
		}
		shown += len(items)
		head := widget.NewLabelWithStyle(pick(area.Name, area.NameEN), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.SizeName = theme.SizeNameSubHeadingText
		p.list.Add(head)
		for _, it := range items {
			p.list.Add(it)
		}
	}
	if shown == 0 {
		p.list.Add(widget.NewLabel(tr("Inga informationstyper i startbiblioteket matchar sökningen.")))
	}
	p.list.Refresh()
	p.updateCount()
}

func (p *starterPicker) matches(t domain.StarterType, a domain.StarterArea, q string) bool {
	if q == "" {
		return true
	}
	for _, s := range []string{t.Name, t.NameEN, t.Description, t.DescriptionEN, a.Name, a.NameEN} {
		if strings.Contains(strings.ToLower(s), q) {
			return true
		}
	}
	return false
}

// item is one type: its tick box, description, flags and floors.
func (p *starterPicker) item(t domain.StarterType) fyne.CanvasObject {
	name := t.Name
	c := newPickCheck(pick(t.Name, t.NameEN), func(on bool) { p.chosen[name] = on; p.updateCount() }, p.submit)
	c.SetChecked(p.chosen[name])
	if p.has(name) {
		c.SetChecked(false)
		c.Text = trf("%s (finns redan)", pick(t.Name, t.NameEN))
		c.Disable()
	}
	p.checks[name] = c
	desc := widget.NewLabel(pick(t.Description, t.DescriptionEN))
	desc.Wrapping = fyne.TextWrapWord
	desc.SizeName = theme.SizeNameCaptionText
	about := widget.NewLabel(p.about(t))
	about.Wrapping = fyne.TextWrapWord
	about.SizeName = theme.SizeNameCaptionText
	about.Importance = widget.HighImportance
	// The texts sit tight under the tick box, as one item.
	return container.New(layout.NewCustomPaddedVBoxLayout(0), c, desc, about)
}

// about names a type's suggested floors, in the model's numbering, and
// its flags.
func (p *starterPicker) about(t domain.StarterType) string {
	m := p.w.d.model
	var floors []string
	if levels, err := t.FloorLevels(m); err == nil {
		for _, a := range m.AspectCodes() {
			if l, ok := levels[a]; ok {
				floors = append(floors, aspectCode(m, a)+m.NumberText(l))
			}
		}
	}
	var flags []string
	for _, f := range t.Flags {
		if fl, ok := m.Floor(f); ok {
			flags = append(flags, pick(fl.Label, fl.LabelEN))
		}
	}
	s := trf("Föreslagna nivåer: %s", strings.Join(floors, ", "))
	if len(flags) > 0 {
		s = trf("%s · Markeringar: %s", s, strings.Join(flags, "; "))
	}
	return s
}

// has reports whether the classification already has a type named name.
func (p *starterPicker) has(name string) bool {
	for _, t := range p.w.c.InfoTypes {
		if domain.SameName(t.Name, name) {
			return true
		}
	}
	return false
}

func (p *starterPicker) picks() []domain.StarterType {
	var out []domain.StarterType
	for _, t := range p.lib.Types {
		if p.chosen[t.Name] && !p.has(t.Name) {
			out = append(out, t)
		}
	}
	return out
}

func (p *starterPicker) updateCount() {
	n := len(p.picks())
	p.count.SetText(trn("%d valda", n, n))
}

// submit adds what is ticked and closes the dialog, as its button does.
func (p *starterPicker) submit() {
	if p.dlg != nil {
		p.dlg.Confirm()
	}
}

// add stores the ticked types as information types of the
// classification, with their flags and suggested floors.
func (p *starterPicker) add() {
	w := p.w
	added, err := w.d.svc.AddStarterTypes(w.c.ID, p.picks())
	w.c.InfoTypes = append(w.c.InfoTypes, added...)
	if len(added) > 0 {
		w.changed()
		if p.done != nil {
			p.done()
		}
	}
	if err != nil {
		w.d.showError(tr("Informationstyperna lades inte till"), err)
	}
}
