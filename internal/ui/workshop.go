package ui

import (
	"fmt"
	"fyne.io/fyne/v2/driver/desktop"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// step is one step of the workshop.
type step struct {
	title  string
	status func() stepStatus
	build  func() fyne.CanvasObject
}

// stepStatus says how far a step has come.
type stepStatus int

// The workshop's steps, by index.
const (
	stepScope = iota
	stepTypes
	stepClassify
	stepResult
	stepThreshold
	stepDecision
)

const (
	stepEmpty stepStatus = iota
	stepIncomplete
	stepDone
)

// workshopScreen leads the group through one classification of an
// asset, step by step. Steps can be visited in any order; incomplete
// ones are marked, never blocking.
type workshopScreen struct {
	d      deps // what the screen is given
	asset  *domain.Asset
	c      *domain.Classification
	locked bool // a decided classification is read-only

	steps    []step
	current  int
	stepList *widget.List
	body     *fyne.Container
	progress *widget.ProgressBar
	progText *widget.Label
	prev     *widget.Button
	next     *widget.Button
	nav      *fyne.Container   // the step buttons, laid out anew as their texts change
	page     *container.Scroll // the step's page, which scrolls when the step is taller than the window
	content  fyne.CanvasObject

	classify *classifyState
	thr      *thresholdState
	parked   []domain.ParkedQuestion
	versions int                           // how many classifications the asset has
	earlier  *domain.EarlierClassification // from a hand-kept list, while none is decided here (workshop_earlier.go)
	parkBtn  *widget.Button
	onChange func() // set by the step shown, to follow edits made on its page
}

func newWorkshopScreen(d deps, assetID int64) (*workshopScreen, error) {
	ws, err := d.svc.OpenWorkshop(assetID)
	if err != nil {
		return nil, err
	}
	c := ws.Classification
	d.model = d.svc.ModelOf(c) // the steps name levels in the model the classification was made under
	w := &workshopScreen{d: d, asset: ws.Asset, c: c, locked: c.Decided(), parked: ws.Parked, versions: ws.Versions, earlier: ws.Earlier}
	w.classify = &classifyState{w: w}
	w.thr = &thresholdState{w: w, a: ws.Threshold}
	w.steps = []step{
		{tr("Avgränsning & deltagare"), w.scopeStatus, w.scopeStep},
		{tr("Informationstyper"), w.typesStatus, w.typesStep},
		{tr("Klassning"), w.classifyStatus, w.classifyStep},
		{tr("Resultat"), w.resultStatus, w.resultStep},
		{tr("Tröskelanalys"), w.thresholdStatus, w.thresholdStep},
		{tr("Beslut"), w.decisionStatus, w.decisionStep},
	}
	w.build()
	w.show(0)
	return w, nil
}

func (w *workshopScreen) build() {
	back := widget.NewButtonWithIcon(tr("Register"), theme.NavigateBackIcon(), w.d.showRegister)
	title := widget.NewLabelWithStyle(w.asset.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Truncation = fyne.TextTruncateEllipsis
	sub := widget.NewLabel(trf("%s · påbörjad %s", tr(w.c.Kind.Label()), w.c.Date))
	sub.SizeName = theme.SizeNameCaptionText
	if w.d.isPresenting() {
		sub.Hide()
	}
	w.progress = widget.NewProgressBar()
	w.progress.TextFormatter = func() string { return w.progText.Text }
	w.progText = widget.NewLabel("")
	versions := widget.NewButtonWithIcon(tr("Versioner"), theme.ContentCopyIcon(), w.compareVersions)
	if w.versions < 2 {
		versions.Hide()
	}
	clock, clockBtn := w.d.timerControls()
	w.parkBtn = widget.NewButtonWithIcon(tr("Parkera fråga"), theme.ContentAddIcon(), w.parkQuestion)
	w.updateParkCount()
	if w.locked {
		w.parkBtn.Disable()
	}
	present := widget.NewButtonWithIcon(tr("Presentation"), theme.ViewFullScreenIcon(), w.d.togglePresentation)
	if w.d.isPresenting() {
		present.SetText(tr("Avsluta presentation"))
		versions.Hide()
	}
	tools := container.NewHBox(container.NewCenter(clock), container.NewCenter(clockBtn), container.NewCenter(w.parkBtn),
		container.NewCenter(versions), container.NewCenter(present))
	var progress fyne.CanvasObject = container.NewCenter(container.NewGridWrap(fyne.NewSize(260, 36), container.NewThemeOverride(w.progress, barTheme{w.d.appTheme()})))
	if w.d.isPresenting() {
		progress = layout.NewSpacer() // the aspects' marks show what is done
	}
	header := w.header(back, title, sub, container.NewHBox(progress, tools))

	w.stepList = widget.NewList(
		func() int { return len(w.steps) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			return container.NewHBox(widget.NewIcon(nil), l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			icon := box.Objects[0].(*widget.Icon)
			switch w.steps[id].status() {
			case stepDone:
				icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
			case stepIncomplete:
				icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
			default:
				icon.SetResource(theme.RadioButtonIcon())
			}
			box.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%d  %s", id+1, w.steps[id].title))
		},
	)
	w.stepList.OnSelected = func(id widget.ListItemID) {
		if id != w.current {
			w.show(id)
		}
	}
	w.prev = widget.NewButtonWithIcon(tr("Föregående steg"), theme.NavigateBackIcon(), func() { w.show(w.current - 1) })
	w.next = widget.NewButtonWithIcon(tr("Nästa steg"), theme.NavigateNextIcon(), func() { w.show(w.current + 1) })
	w.next.IconPlacement = widget.ButtonIconTrailingText
	w.next.Importance = widget.HighImportance
	w.nav = newBorder(nil, nil, w.prev, w.next)

	w.body = container.NewStack()
	stepsPanel := newBorder(
		widget.NewLabelWithStyle(tr("Steg"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil,
		w.stepList)
	left := container.NewGridWrap(fyne.NewSize(236, 330), stepsPanel)
	var top fyne.CanvasObject = container.NewPadded(header)
	if w.locked {
		top = container.NewVBox(top, w.lockedBanner())
	} else if w.earlier != nil && !w.c.Started() {
		top = container.NewVBox(top, w.earlierBanner(w.earlier))
	}
	var side fyne.CanvasObject = container.NewPadded(left)
	if w.d.isPresenting() {
		side = nil // the step is named in the navigation; the room sees the question
	}
	// A step taller than the window scrolls; the header and the
	// navigation stay in view.
	w.page = container.NewVScroll(container.NewPadded(w.body))
	w.content = newBorder(top, container.NewPadded(w.nav), side, nil, w.page)
	w.refreshProgress()
}

// header lays out the workshop's header: on one row, the room's screen
// height going to the step, when the name fits there whole; else the
// name on a row of its own (presenting, in a smaller size where it is).
func (w *workshopScreen) header(back *widget.Button, title, sub *widget.Label, right fyne.CanvasObject) fyne.CanvasObject {
	named := newBorder(nil, nil, nil, container.NewCenter(sub), title)
	header := newBorder(nil, nil, container.NewCenter(back), right, named)
	titleSize := theme.TextHeadingSize()
	if w.d.isPresenting() {
		title.SizeName, titleSize = theme.SizeNameSubHeadingText, theme.TextSubHeadingSize()
	}
	need := back.MinSize().Width + right.MinSize().Width + fyne.MeasureText(title.Text, titleSize, title.TextStyle).Width + 8*theme.Padding() + 2*theme.InnerPadding()
	if sub.Visible() {
		need += sub.MinSize().Width
	}
	if width := w.d.win.Canvas().Size().Width; width > 0 && need > width {
		title.Truncation = fyne.TextTruncateOff
		title.Wrapping = fyne.TextWrapWord
		if !w.d.isPresenting() { // presenting, the room's height goes to the cards: the name wraps where it is
			header = container.NewVBox(newBorder(nil, nil, container.NewCenter(back), right), named)
		}
	}
	return header
}

// show switches to step i and builds its content afresh.
func (w *workshopScreen) show(i int) {
	if i < 0 || i >= len(w.steps) {
		return
	}
	// What was typed is saved, and no field of the step that goes keeps
	// the focus: keys typed next land in what is shown now.
	w.d.flushFocused()
	w.d.win.Canvas().Unfocus()
	w.current = i
	w.onChange = nil
	body := w.steps[i].build()
	if w.locked {
		body = lockedView(body, w.d.appTheme())
	}
	w.body.Objects = []fyne.CanvasObject{body}
	w.body.Refresh()
	adoptFieldsIn(body, w.d, w.page)
	defer w.focusStep()
	w.stepList.Select(i)
	if i == 0 {
		w.prev.Disable()
		w.prev.SetText(tr("Föregående steg"))
	} else {
		w.prev.Enable()
		w.prev.SetText(trf("Föregående steg: %s", w.steps[i-1].title))
	}
	if w.d.isPresenting() && i == stepClassify && len(w.c.InfoTypes) > 0 {
		w.nav.Hide() // the step has its own buttons beside the motivation
	} else {
		w.nav.Show()
	}
	if i == len(w.steps)-1 {
		w.next.Disable()
		w.next.SetText(tr("Nästa steg"))
	} else {
		w.next.Enable()
		w.next.SetText(trf("Nästa steg: %s", w.steps[i+1].title))
	}
	w.nav.Refresh()
}

// changed updates progress and step marks after an edit.
func (w *workshopScreen) changed() {
	w.refreshProgress()
	w.stepList.Refresh()
	if w.onChange != nil {
		w.onChange()
	}
}

// refreshProgress counts the rated aspects (level and motivation) of
// every information type that is classified here.
func (w *workshopScreen) refreshProgress() {
	done, total := w.ratingProgress()
	if total == 0 {
		w.progText.SetText(tr("Inga informationstyper ännu"))
		w.progress.SetValue(0)
		return
	}
	w.progText.SetText(trf("%d av %d bedömningar klara", done, total))
	w.progress.SetValue(float64(done) / float64(total))
}

func (w *workshopScreen) ratingProgress() (done, total int) {
	for _, t := range w.c.InfoTypes {
		if t.Referred() {
			continue
		}
		for _, a := range w.d.model.AspectCodes() {
			total++
			if r := t.Ratings[a]; r.Level != domain.Unset && hasText(r.Motivation) {
				done++
			}
		}
	}
	return done, total
}

// saved reports err to the user and returns whether the edit was saved.
func (w *workshopScreen) saved(err error) bool {
	if err != nil {
		w.d.showError(tr("Ändringen sparades inte"), err)
		return false
	}
	w.changed()
	return true
}

// focusStep gives the keyboard to the first control of the step shown:
// the level cards in Klassning. A locked classification takes no typing.
func (w *workshopScreen) focusStep() {
	if w.locked || w.d.dialogOpen() || !w.d.shows(w.content) {
		return // not shown (yet): showWorkshopStep focuses it once it is
	}
	var f fyne.Focusable
	if w.current == stepClassify && w.classify.mv != nil {
		f = w.classify.mv.table
	} else if w.current == stepClassify && w.classify.picker != nil {
		f = w.classify.picker
	} else if len(w.body.Objects) > 0 {
		f = firstFocusable(w.body.Objects[0])
	}
	if f != nil {
		w.d.win.Canvas().Focus(f)
	}
}

// shortcut runs the workshop's shortcuts: steps, aspects and parking.
func (w *workshopScreen) shortcut(k *desktop.CustomShortcut) bool {
	switch {
	case same(k, keyNextAspect) && w.current == stepClassify:
		w.classify.next()
	case same(k, keyPrevAspect) && w.current == stepClassify:
		w.classify.prev()
	case same(k, keyNextStep):
		w.show(w.current + 1)
	case same(k, keyPrevStep):
		w.show(w.current - 1)
	case same(k, keyPark):
		w.parkQuestion()
	case same(k, keyMatrix):
		w.classify.setMatrix(w.current != stepClassify || !w.classify.matrix)
	default:
		return false
	}
	return true
}

// typedRune picks a level by its number in the model (1–4, or 0–4 in
// KLASSA) in Klassning when nothing has the focus.
func (w *workshopScreen) typedRune(r rune) bool {
	if w.current == stepClassify && w.classify.voteKeys != nil && w.classify.voteKeys.TypedRune(r) {
		return true
	}
	if w.current == stepClassify && w.classify.mv != nil {
		return w.classify.mv.table.typedRune(r)
	}
	l, ok := w.d.model.LevelByNumber(int(r - '0'))
	if w.current != stepClassify || w.locked || r < '0' || r > '9' || !ok || w.classify.cards == nil || int(l) > len(w.classify.cards) {
		return false
	}
	w.classify.choose(w.classify.cards[l-1].Level)
	return true
}

// typedKey moves to the motivation with Tab in Klassning.
func (w *workshopScreen) typedKey(name fyne.KeyName) bool {
	if w.current == stepClassify && w.classify.voteKeys != nil && w.classify.voteKeys.TypedKey(&fyne.KeyEvent{Name: name}) {
		return true
	}
	if w.current == stepClassify && w.classify.mv != nil {
		return w.classify.mv.table.typedKey(name)
	}
	if name != fyne.KeyTab || w.current != stepClassify || w.locked {
		return false
	}
	w.classify.focusMotivation()
	return true
}
