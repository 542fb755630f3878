package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// votePanel runs a silent vote (tyst röstning) on one aspect of one
// information type: everyone shows a level at the same moment, the
// facilitator enters them — keys 1–4 in the order of the participant
// list, or a tap per participant — and they stay hidden, one dot per
// vote, until Visa. Then each vote and the spread are shown, and a
// spread of two levels or more is flagged for discussion. The group then
// chooses the level on the cards as usual.
//
// By keyboard (TypedRune and TypedKey, called by the screen when no
// field has the focus): R starts a vote; while voting, 1–4 enter the
// next participant's vote, Backspace steps back to correct one, and
// Enter or V shows the votes.
type votePanel struct {
	svc    *app.Service
	win    fyne.Window
	c      *domain.Classification
	it     *domain.InfoType
	a      domain.Aspect
	report func(title string, err error)

	round *domain.VoteRound
	next  int // the participant the next key votes for

	content fyne.CanvasObject
	outcome *fyne.Container // how many voted, or the votes and their spread: the screen shows it above the cards
	// onLayout is called after the panel changed, for the screen
	// around the outcome to lay itself out again.
	onLayout func()
	title    *widget.Label
	hint     *widget.Label
	rows     *fyne.Container
	result   *widget.Label
	spread   *widget.Label
	start    *widget.Button
	show     *widget.Button
}

// newVotePanel returns the silent-vote panel of aspect a of information
// type it in classification c, showing the latest vote held on it.
// report is told of every error.
func newVotePanel(svc *app.Service, win fyne.Window, c *domain.Classification, it *domain.InfoType, a domain.Aspect, report func(title string, err error)) *votePanel {
	p := &votePanel{svc: svc, win: win, c: c, it: it, a: a, report: report}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.hint = widget.NewLabel("")
	p.hint.Wrapping = fyne.TextWrapWord
	p.hint.Importance = widget.LowImportance
	p.rows = container.NewGridWrap(fyne.NewSize(190, 120))
	p.result = widget.NewLabel("")
	p.spread = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.start = widget.NewButtonWithIcon(tr("Starta tyst röstning"), theme.MediaPlayIcon(), p.Start)
	p.show = widget.NewButtonWithIcon(tr("Visa rösterna"), theme.VisibilityIcon(), p.Reveal)
	p.show.Importance = widget.HighImportance
	// The result and the spread wrap on a line of their own: the panel
	// never widens the window.
	p.result.Wrapping = fyne.TextWrapWord
	p.spread.Wrapping = fyne.TextWrapWord
	head := container.NewHBox(p.title, p.start, p.show)
	p.outcome = container.New(layout.NewCustomPaddedVBoxLayout(0), p.result, p.spread)
	p.content = widget.NewCard("", "", container.NewVBox(head, p.hint, p.rows))
	if r, err := svc.LatestVote(it.ID, a); err != nil {
		report(tr("Röstningen kunde inte läsas"), err)
	} else {
		p.round = r
	}
	p.refresh()
	return p
}

// Voting reports whether a vote is open: started and not yet shown.
// While it is, the screen passes 1–4 to the panel rather than to the cards.
// A decided classification takes no votes.
func (p *votePanel) Voting() bool { return !p.c.Decided() && p.round != nil && !p.round.Revealed }

// Start opens a new vote; earlier votes on the aspect are kept.
func (p *votePanel) Start() {
	if len(p.c.Participants) == 0 || p.c.Decided() {
		return
	}
	r, err := p.svc.StartVote(p.it.ID, p.a)
	if err != nil {
		p.report(tr("Röstningen kunde inte startas"), err)
		return
	}
	p.round, p.next = r, 0
	p.refresh()
}

// vote enters participant i's level.
func (p *votePanel) vote(i int, l domain.Level) {
	if !p.Voting() || i < 0 || i >= len(p.c.Participants) {
		return
	}
	pt := p.c.Participants[i]
	if err := p.svc.CastVote(p.round.ID, pt.ID, l); err != nil {
		p.report(tr("Rösten kunde inte sparas"), err)
		return
	}
	p.round.Cast(pt, l, p.svc.ModelOf(p.c))
	p.next = i + 1
	p.refresh()
}

// Reveal shows the votes and their spread.
func (p *votePanel) Reveal() {
	if !p.Voting() {
		return
	}
	r, err := p.svc.RevealVote(p.round.ID)
	if err != nil {
		p.report(tr("Rösterna kunde inte visas"), err)
		return
	}
	p.round = r
	p.refresh()
}

// TypedRune handles a character typed while no field has the focus and
// reports whether it was the panel's.
func (p *votePanel) TypedRune(r rune) bool {
	switch {
	case p.Voting() && r >= '0' && r <= '9':
		l, ok := p.svc.ModelOf(p.c).LevelByNumber(int(r - '0'))
		if ok && p.next < len(p.c.Participants) {
			p.vote(p.next, l)
		}
		return ok
	case p.Voting() && (r == 'v' || r == 'V'):
		p.Reveal()
		return true
	case !p.Voting() && !p.c.Decided() && (r == 'r' || r == 'R'):
		p.Start()
		return true
	}
	return false
}

// TypedKey handles a key typed while no field has the focus and reports
// whether it was the panel's.
func (p *votePanel) TypedKey(ev *fyne.KeyEvent) bool {
	if !p.Voting() {
		return false
	}
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		p.Reveal()
	case fyne.KeyBackspace:
		if p.next > 0 {
			p.next--
			p.refresh()
		}
	default:
		return false
	}
	return true
}

// refresh shows the panel's state: no vote, voting with hidden votes, or
// the votes shown with the spread.
func (p *votePanel) refresh() {
	defer func() {
		p.outcome.Refresh()
		if p.onLayout != nil {
			p.onLayout() // the outcome's height changed: the screen lays itself out again
		}
	}()
	defer p.content.Refresh() // relayout what was shown or hidden
	info, _ := p.svc.Model().Aspect(p.a)
	p.title.SetText(trf("Tyst röstning: %s", pick(info.Name, info.NameEN)))
	p.rows.RemoveAll()
	p.result.Hide()
	p.spread.Hide()
	voting := p.Voting()
	switch {
	case p.c.Decided():
		p.hint.SetText(tr("Klassningen är fastställd; röstningarna visas som de hölls."))
		p.start.Disable()
	case len(p.c.Participants) == 0:
		p.hint.SetText(tr("Lägg till deltagarna i steg 1 för att kunna rösta."))
		p.start.Disable()
	case voting:
		if p.next < len(p.c.Participants) {
			p.hint.SetText(strings.ReplaceAll(trf("Alla visar sin nivå samtidigt. Skriv 1–4 för varje deltagare i tur och ordning (nu: %s), eller tryck på en siffra vid namnet. Rösterna är dolda tills Visa (Enter).",
				p.c.Participants[p.next].Name), "1–4", p.svc.ModelOf(p.c).Range())) // the digits of the model's numbers
		} else {
			p.hint.SetText(tr("Alla har röstat. Tryck Visa (Enter)."))
		}
		p.start.Disable()
	case p.round != nil:
		p.hint.SetText(tr("Rösterna är visade. Välj den nivå gruppen enas om på korten ovan. R startar en ny röstning."))
		p.start.Enable()
	default:
		p.hint.SetText(tr("Valfritt: alla visar en nivå samtidigt innan diskussionen, så att ingen styr de andra. R startar."))
		p.start.Enable()
	}
	if voting {
		p.show.Enable()
		p.show.Show()
	} else {
		p.show.Hide()
	}
	if p.round == nil {
		return
	}
	p.addChips(voting)
	if !p.round.Revealed {
		p.result.SetText(trf("%d av %d har röstat.", len(p.round.Votes), len(p.c.Participants)))
		p.result.Show()
		return
	}
	p.showResult()
}

// addChips adds a chip per participant: the name, the vote (a dot while
// hidden, the level once shown) and, while voting, a button per level.
func (p *votePanel) addChips(voting bool) {
	votes := map[int64]domain.Level{}
	for _, v := range p.round.Votes {
		votes[v.ParticipantID] = v.Level
	}
	for i, pt := range p.c.Participants {
		i := i
		name := widget.NewLabel(pt.Name)
		name.Truncation = fyne.TextTruncateEllipsis
		if voting && i == p.next {
			name.TextStyle = fyne.TextStyle{Bold: true}
			name.Importance = widget.HighImportance
		}
		l, voted := votes[pt.ID]
		var mark fyne.CanvasObject
		switch {
		case p.round.Revealed && voted:
			b := newBadge()
			b.set(p.svc.Model(), p.a, l)
			mark = b.box
		case p.round.Revealed:
			mark = widget.NewLabel(tr("röstade inte"))
		default:
			mark = newVoteDot(voted)
		}
		chip := container.NewVBox(name, container.NewHBox(mark))
		if voting {
			digits := container.NewHBox()
			m := p.svc.ModelOf(p.c)
			for l := domain.Level(1); l <= m.MaxLevel(); l++ {
				l := l
				digits.Add(widget.NewButton(m.NumberText(l), func() { p.vote(i, l) }))
			}
			chip.Add(digits)
		}
		p.rows.Add(chip)
	}
}

// showResult shows a revealed round's votes per level and their spread.
func (p *votePanel) showResult() {
	min, max := p.round.Range()
	m := p.svc.ModelOf(p.c)
	counts := p.round.Counts(m.MaxLevel())
	var parts string
	for l := domain.Level(1); l <= m.MaxLevel(); l++ {
		if counts[l] > 0 {
			if parts != "" {
				parts += ", "
			}
			parts += fmt.Sprintf("%s: %d", levelLabel(m, p.a, l), counts[l])
		}
	}
	p.result.SetText(trf("Röster: %s", parts))
	p.result.Show()
	switch {
	case len(p.round.Votes) < 2:
		p.spread.SetText(tr("För få röster för att visa en spridning."))
		p.spread.Importance = widget.MediumImportance
	case p.round.Discuss():
		p.spread.SetText(trf("Spridning – diskutera: %d nivåer (%s–%s)", p.round.Spread(), levelLabel(m, p.a, min), levelLabel(m, p.a, max)))
		p.spread.Importance = widget.WarningImportance
	default:
		p.spread.SetText(trf("Spridning: %d (%s–%s)", p.round.Spread(), levelLabel(m, p.a, min), levelLabel(m, p.a, max)))
		p.spread.Importance = widget.SuccessImportance
	}
	p.spread.Show()
}

// newVoteDot draws one hidden vote: a filled dot when the participant has
// voted, an empty ring while waiting. The level itself is not shown.
func newVoteDot(voted bool) fyne.CanvasObject {
	c := canvas.NewCircle(color.Transparent)
	c.StrokeColor = theme.Color(theme.ColorNameForeground)
	c.StrokeWidth = 2
	if voted {
		c.FillColor = theme.Color(theme.ColorNamePrimary)
		c.StrokeColor = c.FillColor
	}
	size := theme.TextSize() * 1.5
	return container.NewGridWrap(fyne.NewSize(size, size), c)
}
