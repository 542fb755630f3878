package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// modelChoice is the dialog that asks which classification model a new
// database gets: the shipped ones, KLASSA suggested and chosen, or the
// municipality's own model file. A file that cannot be used is explained
// in the dialog and the choice made before stays.
type modelChoice struct {
	win      fyne.Window
	showFile func(*dialog.FileDialog)
	onChosen func(*domain.Model)
	onCancel func()

	models  map[string]*domain.Model // by the radio's option
	chosen  *domain.Model
	radio   *widget.RadioGroup
	levels  *widget.Label // the chosen model's levels
	problem *widget.Label // why a model file could not be used
	dialog  *dialog.ConfirmDialog

	// The words of the dialog and the model chosen first: a new
	// database's by default, a change of the open one's (newModelChange).
	title, confirm, intro string
	current               *domain.Model
}

// newModelChoice returns the dialog over win; onChosen gets the model
// confirmed, onCancel (may be nil) runs when the dialog is dismissed.
func newModelChoice(win fyne.Window, showFile func(*dialog.FileDialog), onChosen func(*domain.Model), onCancel func()) *modelChoice {
	c := &modelChoice{win: win, showFile: showFile, onChosen: onChosen, onCancel: onCancel, models: map[string]*domain.Model{},
		title: tr("Klassningsmodell för den nya databasen"), confirm: tr("Skapa databasen"),
		intro: tr("Vilken klassningsmodell ska den nya databasen använda? Valet sparas i databasen, och varje klassning behåller den modell och version den gjordes i.")}
	c.buildUI()
	return c
}

// newModelChange is the same dialog for changing the model of the open
// database, whose model current is chosen first.
func newModelChange(win fyne.Window, showFile func(*dialog.FileDialog), current *domain.Model, onChosen func(*domain.Model)) *modelChoice {
	c := &modelChoice{win: win, showFile: showFile, onChosen: onChosen, models: map[string]*domain.Model{}, current: current,
		title: tr("Byt klassningsmodell"), confirm: tr("Välj modellen"),
		intro: tr("Vilken klassningsmodell ska databasen använda från och med nu? Tidigare klassningar skrivs inte om: fastställda och pågående behåller den modell och version de gjordes i.")}
	c.buildUI()
	return c
}

func (c *modelChoice) buildUI() {
	var options []string
	for i, m := range app.ShippedModels() {
		options = append(options, c.option(m, i == 0 && c.current == nil)) // the first is the suggestion for a new database
	}
	c.radio = widget.NewRadioGroup(options, c.onSelect)
	c.radio.Required = true
	c.levels = widget.NewLabel("")
	c.levels.Wrapping = fyne.TextWrapWord
	c.problem = widget.NewLabel("")
	c.problem.Wrapping = fyne.TextWrapWord
	c.problem.Importance = widget.DangerImportance
	c.problem.Hide()
	intro := widget.NewLabel(c.intro)
	intro.Wrapping = fyne.TextWrapWord
	load := widget.NewButtonWithIcon(tr("Läs in kommunens egen modellfil…"), theme.FolderOpenIcon(), c.onLoadFile)
	content := container.NewVBox(intro, c.radio, load, c.problem, widget.NewSeparator(), c.levels)
	c.dialog = dialog.NewCustomConfirm(c.title, c.confirm, tr("Avbryt"),
		container.NewGridWrap(fyne.NewSize(640, content.MinSize().Height+220), container.NewVScroll(content)), c.onConfirm, c.win)
	selected := options[0] // KLASSA, the suggestion
	if c.current != nil {
		selected = c.inUse(c.currentOption(options))
	}
	c.radio.SetSelected(selected)
}

// currentOption is the radio's option of the model in use, which a
// change starts from; a model of the municipality's own is added.
func (c *modelChoice) currentOption(options []string) string {
	for _, o := range options {
		if m := c.models[o]; m.ID == c.current.ID && m.Version == c.current.Version {
			return o
		}
	}
	opt := c.option(c.current, false)
	c.radio.Options = append(c.radio.Options, opt)
	return opt
}

// inUse marks the option of the model in use, which a change starts from.
func (c *modelChoice) inUse(option string) string {
	m := c.models[option]
	text := trf("%s (används nu)", option)
	delete(c.models, option)
	c.models[text] = m
	for i, o := range c.radio.Options {
		if o == option {
			c.radio.Options[i] = text
		}
	}
	return text
}

// option is the radio's text for model m, unique in the dialog; the
// suggested one says so.
func (c *modelChoice) option(m *domain.Model, suggested bool) string {
	text := pick(m.Name, m.NameEN)
	if suggested {
		text = trf("%s (förslag)", text)
	}
	for n := 2; c.models[text] != nil; n++ { // the same name loaded again
		text = fmt.Sprintf("%s (%d)", pick(m.Name, m.NameEN), n)
	}
	c.models[text] = m
	return text
}

// Show shows the dialog.
func (c *modelChoice) Show() {
	c.dialog.Show()
	c.win.Canvas().Unfocus() // Enter confirms, Esc cancels
}

func (c *modelChoice) onSelect(option string) {
	m, ok := c.models[option]
	if !ok {
		return
	}
	c.chosen = m
	c.levels.SetText(modelLevelsText(m))
}

func (c *modelChoice) onConfirm(ok bool) {
	switch {
	case ok && c.chosen != nil:
		c.onChosen(c.chosen)
	case !ok && c.onCancel != nil:
		c.onCancel()
	}
}

// onLoadFile asks for a model file and loads it.
func (c *modelChoice) onLoadFile() {
	c.showFile(openDialog(c.win, []string{".json"}, c.load))
}

// load reads the model file at path and chooses it; a broken file is
// explained with its line and column and the choice stays as it was.
func (c *modelChoice) load(path string) {
	m, err := app.LoadModel(path)
	if err != nil {
		c.problem.SetText(message(err))
		c.problem.Show()
		c.dialog.Refresh()
		return
	}
	c.problem.Hide()
	opt := c.option(m, false)
	c.radio.Options = append(c.radio.Options, opt)
	c.radio.SetSelected(opt)
	c.dialog.Refresh()
}

// modelLevelsText names a model and its aspects, and its levels in its
// numbering, one a line, with those that lie outside the requirement
// catalogue.
func modelLevelsText(m *domain.Model) string {
	var parts []string
	for _, l := range m.Levels {
		s := fmt.Sprintf("%d  %s", m.Number(l.Level), pick(l.Label, l.LabelEN))
		if l.OutsideCatalogue {
			s += " " + tr("(utanför kravkatalogen: särskild analys)")
		}
		parts = append(parts, s)
	}
	var aspects []string
	for _, a := range m.Aspects {
		aspects = append(aspects, pick(string(a.Code), a.CodeEN))
	}
	return trf("%s, version %d. Aspekter: %s. Nivåer:\n%s", pick(m.Name, m.NameEN), m.Version, strings.Join(aspects, ", "), strings.Join(parts, "\n"))
}
