package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// classifyState remembers where in the classification step the group is:
// which information type and which aspect.
type classifyState struct {
	w      *workshopScreen
	typeIx int
	aspect int

	cards      []*levelCard
	picker     *levelPicker
	vote       *votePanel  // the silent vote on the aspect shown
	voteKeys   keyTaker    // the keys of the vote, which bring it into view
	origin     *normOrigin // what the norm said, when the rating came from one
	motivation *field
	floorNote  *widget.Label
	typeChoice *widget.Select  // the title's choice of type, named with its levels
	tabs       *fyne.Container // the aspects' tabs, named with their levels

	matrix bool        // the step shows the matrix of all types and aspects (matrix.go)
	mv     *matrixView // the matrix, while shown
}

func (w *workshopScreen) classifyStatus() stepStatus {
	done, total := w.ratingProgress()
	switch {
	case total == 0 || done == 0 && !w.anyLevel():
		return stepEmpty
	case done < total:
		return stepIncomplete
	}
	for _, p := range w.c.Problems(w.d.model) {
		if p.Blocking() && p.InfoType != "" {
			return stepIncomplete
		}
	}
	return stepDone
}

func (w *workshopScreen) anyLevel() bool {
	for _, t := range w.c.InfoTypes {
		for _, r := range t.Ratings {
			if r.Level != domain.Unset {
				return true
			}
		}
	}
	return false
}

func (w *workshopScreen) classifyStep() fyne.CanvasObject {
	s := w.classify
	if len(w.c.InfoTypes) == 0 {
		goTypes := widget.NewButtonWithIcon(tr("Till steg 2: Informationstyper"), theme.NavigateNextIcon(), func() { w.show(1) })
		return container.NewVBox(heading(tr("3  Klassning")),
			widget.NewLabel(tr("Lägg först till de informationstyper som ska klassas.")), container.NewHBox(goTypes))
	}
	if s.typeIx >= len(w.c.InfoTypes) {
		s.typeIx = len(w.c.InfoTypes) - 1
	}
	s.mv = nil
	if s.matrix {
		s.mv = newMatrixView(s)
		return s.mv.content
	}
	return s.build()
}

// build lays out the current information type and aspect: the title,
// the aspects' tabs, the question, the cards and, at the bottom, the
// motivation with the buttons.
func (s *classifyState) build() fyne.CanvasObject {
	w := s.w
	m := w.d.model
	t := &w.c.InfoTypes[s.typeIx]
	a := m.AspectCodes()[s.aspect]
	info, _ := m.Aspect(a)

	// The title chooses the type, with its place among the types: the
	// screen's width and height go to the cards.
	title := s.titleRow()
	if t.Referred() {
		return s.referredView(title)
	}
	question := widget.NewLabelWithStyle(pick(info.Question, info.QuestionEN), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	question.SizeName = theme.SizeNameSubHeadingText
	question.Wrapping = fyne.TextWrapWord

	grid := s.levelGrid(t, a)
	below := s.belowCards(grid, t, a)
	// The floor and the vote's outcome share a row above the cards: the
	// room sees the votes beside the cards it chooses from. One shown
	// alone takes the row.
	notes := container.New(shareLayout{}, s.floorNote, s.vote.outcome)
	top := container.New(layout.NewCustomPaddedVBoxLayout(theme.Padding()/2), title, s.withMatrixButton(s.aspectTabs(t)), question, notes)
	if w.d.isPresenting() {
		// Compact: the type beside the aspects, one row for both.
		name := widget.NewLabelWithStyle(trf("%s (%d av %d)", t.Name, s.typeIx+1, len(w.c.InfoTypes)), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		name.Wrapping = fyne.TextWrapWord
		top = container.New(layout.NewCustomPaddedVBoxLayout(0),
			newBorder(nil, nil, container.NewCenter(s.aspectTabs(t)), nil, name), question, notes)
	}
	cards := container.NewVScroll(below)
	s.voteKeys = &voteKeys{vote: s.vote, scroll: cards}
	s.picker.before = s.voteKeys
	main := newBorder(top, s.bottomBar(), nil, nil, cards)
	// The desktop driver does not lay the cards out again when the vote's
	// outcome above them grows: the step does.
	s.vote.onLayout = main.Refresh
	if w.d.isPresenting() {
		return container.NewPadded(main)
	}
	return container.NewPadded(main)
}

// titleRow is the step's title with a choice of the information type,
// each named with its levels so far, and the type's place among them.
func (s *classifyState) titleRow() fyne.CanvasObject {
	w := s.w
	opts := make([]string, len(w.c.InfoTypes))
	for i := range w.c.InfoTypes {
		opts[i] = typeButtonText(w.d.model, &w.c.InfoTypes[i])
	}
	types := widget.NewSelect(opts, nil)
	types.SetSelectedIndex(s.typeIx)
	types.OnChanged = func(string) {
		if i := types.SelectedIndex(); i >= 0 && i != s.typeIx {
			s.goTo(i, 0)
		}
	}
	s.typeChoice = types
	place := widget.NewLabel(trf("%d av %d", s.typeIx+1, len(w.c.InfoTypes)))
	return newBorder(nil, nil, heading(tr("3  Klassning")), container.NewCenter(place), types)
}

// refreshTitle names the types with their levels as they are now.
func (s *classifyState) refreshTitle() {
	if s.typeChoice == nil {
		return
	}
	for i := range s.w.c.InfoTypes {
		s.typeChoice.Options[i] = typeButtonText(s.w.d.model, &s.w.c.InfoTypes[i])
	}
	s.typeChoice.Selected = s.typeChoice.Options[s.typeIx]
	s.typeChoice.Refresh()
}

// referredView is the step for a type under protective security, which
// is not classified here.
func (s *classifyState) referredView(title fyne.CanvasObject) fyne.CanvasObject {
	note := widget.NewLabel(tr("Informationstypen omfattas av säkerhetsskydd. Den klassas inte i Infoklass och räknas inte in i resultatet. Kontakta säkerhetsskyddschefen."))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.DangerImportance
	next := widget.NewButtonWithIcon(tr("Nästa informationstyp"), theme.NavigateNextIcon(), func() { s.goTo(s.typeIx+1, 0) })
	main := container.NewVBox(title, note, container.NewHBox(next))
	return main
}

// aspectTabs has a button per aspect, naming the level chosen for it
// and marked when it is motivated too.
func (s *classifyState) aspectTabs(t *domain.InfoType) fyne.CanvasObject {
	s.tabs = container.NewHBox()
	s.fillTabs(t)
	return s.tabs
}

// fillTabs names the aspects' tabs after type t's ratings as they are now.
func (s *classifyState) fillTabs(t *domain.InfoType) {
	m := s.w.d.model
	s.tabs.RemoveAll()
	for i, x := range m.AspectCodes() {
		xi, _ := m.Aspect(x)
		label := pick(xi.Name, xi.NameEN)
		if r := t.Ratings[x]; r.Level != domain.Unset {
			label = fmt.Sprintf("%s  %s%s", pick(xi.Name, xi.NameEN), levelLabel(m, x, r.Level), normMark(m, s.w.c.Norm, t, x))
		}
		b := widget.NewButton(label, func() { s.goTo(s.typeIx, i) })
		if r := t.Ratings[x]; r.Level != domain.Unset && hasText(r.Motivation) {
			b.SetIcon(theme.ConfirmIcon()) // rated and motivated; the font has no ✓
		}
		if i == s.aspect {
			b.Importance = widget.HighImportance
		}
		s.tabs.Add(b)
	}
	s.tabs.Refresh() // Add only lays out: the window draws the new tabs on a refresh
}

// refreshLabels names the tabs and the title's types after the ratings
// as they are now: they follow every level chosen and motivation written.
func (s *classifyState) refreshLabels() {
	if s.typeIx >= len(s.w.c.InfoTypes) {
		return
	}
	if s.tabs != nil {
		s.fillTabs(&s.w.c.InfoTypes[s.typeIx])
	}
	s.refreshTitle()
}

// levelGrid lays out a card per level for aspect a of type t, the chosen
// one selected, and the floor note above them.
func (s *classifyState) levelGrid(t *domain.InfoType, a domain.Aspect) *fyne.Container {
	w := s.w
	m := w.d.model
	floor, from := m.FloorFor(t.Flags, a)
	s.floorNote = widget.NewLabel("")
	s.floorNote.Wrapping = fyne.TextWrapWord
	s.cards = nil
	grid := container.NewGridWithColumns(len(m.Levels))
	r := t.Ratings[a]
	for _, li := range m.Levels {
		card := newLevelCard(m, a, li.Level, floor, w.d.isPresenting())
		l := li.Level
		card.OnTapped = func() { s.choose(l) }
		card.SetSelected(r.Level == l)
		if w.locked {
			card.Disable()
		}
		s.cards = append(s.cards, card)
		grid.Add(card)
	}
	s.updateFloorNote(floor, from)
	return grid
}

// belowCards makes the keyboard's picker around the cards, the norm's
// origin and the silent vote (R, then 1–4 per participant, Enter shows),
// which takes the keys before the cards while it runs.
func (s *classifyState) belowCards(grid *fyne.Container, t *domain.InfoType, a domain.Aspect) fyne.CanvasObject {
	w := s.w
	// The field saves to the type and aspect it was made for, even when
	// its last keystrokes are saved after the step has moved on.
	typeID := t.ID
	s.motivation = newTextArea(t.Ratings[a].Motivation, 4, func(text string) error { return s.saveMotivation(typeID, a, text) })
	s.picker = newLevelPicker(grid, w.d.model, s.choose, s.focusMotivation)
	s.vote = newVotePanel(w.d.svc, w.d.win, w.c, t, a, w.d.showError)
	s.origin = newNormOrigin(w.d.svc, w.c.Norm, t, a, w.d.showError)
	below := container.NewVBox(s.picker)
	if s.origin.content != nil {
		below.Add(s.origin.content)
	}
	below.Add(s.vote.content)
	s.picker.disabled = w.locked
	s.motivation.onEscape = func() { w.d.win.Canvas().Focus(s.picker) }
	s.motivation.SetPlaceHolder(tr("Motivering (krävs): varför valde gruppen denna nivå? Vilken är den värsta rimliga konsekvensen?"))
	if w.locked {
		s.motivation.Disable()
	}
	return below
}

// bottomBar keeps the motivation and the buttons in view at the bottom;
// the cards scroll if the screen is short.
func (s *classifyState) bottomBar() fyne.CanvasObject {
	prev := widget.NewButtonWithIcon(tr("Föregående"), theme.NavigateBackIcon(), s.prev)
	next := widget.NewButtonWithIcon(s.nextText(), theme.NavigateNextIcon(), s.next)
	next.IconPlacement = widget.ButtonIconTrailingText
	next.Importance = widget.HighImportance
	if s.typeIx == 0 && s.aspect == 0 {
		prev.Disable()
	}
	// The motivation beside the buttons, as high as they are; its hint
	// says that it is required.
	s.motivation.SetMinRowsVisible(2)
	return newBorder(nil, nil, nil, container.NewVBox(next, prev), s.motivation)
}

func typeButtonText(m *domain.Model, t *domain.InfoType) string {
	if t.Referred() {
		return trf("%s  (säkerhetsskydd)", t.Name)
	}
	var parts []string
	for _, a := range m.AspectCodes() {
		parts = append(parts, levelLabel(m, a, t.Ratings[a].Level))
	}
	return t.Name + "  " + strings.Join(parts, " ")
}

func (s *classifyState) updateFloorNote(floor domain.Level, from []domain.Floor) {
	t := &s.w.c.InfoTypes[s.typeIx]
	a := s.w.d.model.AspectCodes()[s.aspect]
	if floor == domain.Unset {
		s.floorNote.Hide()
		return
	}
	labels := make([]string, len(from))
	for i, f := range from {
		labels[i] = pick(f.Label, f.LabelEN)
	}
	m := s.w.d.model
	text := trf("Golv: %s (%s).", levelLabel(m, a, floor), strings.Join(labels, "; "))
	s.floorNote.Importance = widget.MediumImportance
	if l := t.Ratings[a].Level; l != domain.Unset && l < floor {
		text = trf("Golv: %s (%s). Vald nivå är lägre: motiveringen måste förklara varför en lägre nivå räcker. Varningen visas i resultatet.", levelLabel(m, a, floor), strings.Join(labels, "; "))
		s.floorNote.Importance = widget.WarningImportance
	}
	s.floorNote.SetText(text)
	s.floorNote.Show()
}

// choose sets the current aspect's level, keeping the motivation typed so far.
func (s *classifyState) choose(l domain.Level) {
	w := s.w
	t := &w.c.InfoTypes[s.typeIx]
	a := w.d.model.AspectCodes()[s.aspect]
	r := domain.Rating{Level: l, Motivation: s.motivation.Text}
	if !w.saved(w.d.svc.Rate(t.ID, a, r)) {
		return
	}
	t.SetRating(a, r)
	s.motivation.Reset(r.Motivation)
	for _, c := range s.cards {
		c.SetSelected(c.Level == l)
	}
	floor, from := w.d.model.FloorFor(t.Flags, a)
	s.updateFloorNote(floor, from)
	if s.origin != nil {
		s.origin.Refresh()
	}
	s.refreshLabels()
	w.changed()
	if !w.locked {
		// The keys stay with the cards: another digit changes the level,
		// Tab moves on to the motivation.
		w.d.win.Canvas().Focus(s.picker)
	}
}

// focusMotivation moves the keyboard to the motivation of the aspect shown.
func (s *classifyState) focusMotivation() {
	if s.motivation != nil && !s.w.locked {
		s.w.d.win.Canvas().Focus(s.motivation)
		s.motivation.cursorToEnd() // go on writing; never type into the start of what is there
	}
}

// saveMotivation stores text as the motivation of aspect a of
// information type typeID, keeping its level.
func (s *classifyState) saveMotivation(typeID int64, a domain.Aspect, text string) error {
	w := s.w
	t := w.infoType(typeID)
	if t == nil {
		return nil // deleted meanwhile
	}
	r := t.Ratings[a]
	r.Motivation = text
	if err := w.d.svc.Rate(t.ID, a, r); err != nil {
		return err
	}
	t.SetRating(a, r)
	if s.typeIx < len(w.c.InfoTypes) && w.c.InfoTypes[s.typeIx].ID == typeID {
		s.refreshLabels()
	}
	w.changed()
	return nil
}

// goTo shows information type i at aspect j.
func (s *classifyState) goTo(i, j int) {
	if i < 0 || i >= len(s.w.c.InfoTypes) {
		return
	}
	s.w.d.flushFocused()
	s.typeIx, s.aspect = i, j
	s.w.show(2)
}

func (s *classifyState) next() {
	n := len(s.w.d.model.Aspects)
	switch {
	case s.w.c.InfoTypes[s.typeIx].Referred() || s.aspect == n-1:
		if s.typeIx == len(s.w.c.InfoTypes)-1 {
			s.w.show(3)
			return
		}
		s.goTo(s.typeIx+1, 0)
	default:
		s.goTo(s.typeIx, s.aspect+1)
	}
}

func (s *classifyState) prev() {
	switch {
	case s.aspect > 0:
		s.goTo(s.typeIx, s.aspect-1)
	case s.typeIx > 0:
		s.goTo(s.typeIx-1, len(s.w.d.model.Aspects)-1)
	}
}

func (s *classifyState) nextText() string {
	n := len(s.w.d.model.Aspects)
	if s.aspect < n-1 {
		a, _ := s.w.d.model.Aspect(s.w.d.model.AspectCodes()[s.aspect+1])
		return trf("Nästa aspekt: %s", pick(a.Name, a.NameEN))
	}
	if s.typeIx < len(s.w.c.InfoTypes)-1 {
		return trf("Nästa informationstyp: %s", s.w.c.InfoTypes[s.typeIx+1].Name)
	}
	return tr("Till resultatet")
}

// voteKeys passes keys to the silent vote and, when the vote takes one,
// scrolls the vote into view below the cards, for the room to follow.
type voteKeys struct {
	vote   *votePanel
	scroll *container.Scroll
}

func (v *voteKeys) TypedRune(r rune) bool {
	if !v.vote.TypedRune(r) {
		return false
	}
	v.follow()
	return true
}

func (v *voteKeys) TypedKey(ev *fyne.KeyEvent) bool {
	if !v.vote.TypedKey(ev) {
		return false
	}
	v.follow()
	return true
}

// follow shows the vote while it runs, and the cards once it is shown:
// the outcome stands above them, for the group to choose.
func (v *voteKeys) follow() {
	if v.vote.Voting() {
		v.scroll.ScrollToBottom()
	} else {
		v.scroll.ScrollToTop()
	}
}
