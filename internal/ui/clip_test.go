package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// The no-clipping test: every screen and dialog, at the screens the
// users have, in both languages and both modes, gives each text widget
// what it needs. A text is clipped when it is truncated with … (outside a
// list's rows, which shorten by design and show the whole text beside),
// when a widget is laid out smaller than its minimum (a button cut, a
// text taller than its box), or when a select cannot show its own value.
// A wrapped text's height is measured anew at the width it was given
// (wrappedNeed), since a widget's own minimum is of the width it was laid
// out at before. A screen may scroll; what scrolls gets its whole size.

// screenSizes are the screens the no-clipping test lays out: the common
// municipal laptop, a projector, and the smallest netbook.
var screenSizes = []fyne.Size{{Width: 1366, Height: 768}, {Width: 1280, Height: 720}, {Width: 1024, Height: 600}}

// contentSize is what the window's content gets on a screen: all of it
// in presentation mode (full screen, no menu), else less the window's
// title bar and the menu bar.
func contentSize(screen fyne.Size, presenting bool) fyne.Size {
	if presenting {
		return screen
	}
	return fyne.NewSize(screen.Width, screen.Height-titleBar-40)
}

// clipWalk visits o and everything it holds that is shown, telling
// whether it lies in a list's or a table's rows.
func clipWalk(o fyne.CanvasObject, inRows bool, visit func(fyne.CanvasObject, bool)) {
	if o == nil || !o.Visible() {
		return
	}
	visit(o, inRows)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			clipWalk(c, inRows, visit)
		}
	case *widget.Entry, *widget.SelectEntry, *field:
		// An entry scrolls its own text.
	case fyne.Widget:
		switch x.(type) {
		case *widget.List, *widget.Table, *widget.Tree, *widget.GridWrap, *compactTable:
			inRows = true
		case *matrixTable: // a widget.Table: its cells shorten, the cell's whole text is written out below it
			inRows = true
		}
		for _, c := range test.WidgetRenderer(x).Objects() {
			clipWalk(c, inRows, visit)
		}
	}
}

// clipped lists what is clipped in window w, each with its text.
func clipped(w fyne.Window) []string {
	var out []string
	th := fyne.CurrentApp().Settings().Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	// A widget is short when it gets less than its minimum: less wide
	// at all, or less high than its text, its padding aside.
	short := func(o fyne.CanvasObject) bool {
		s, m := o.Size(), o.MinSize()
		return s.Width+1 < m.Width || s.Height+1 < m.Height-2*pad
	}
	report := func(kind, text string, o fyne.CanvasObject) {
		out = append(out, fmt.Sprintf("%s %q gets %.0f×%.0f, needs %.0f×%.0f", kind, text, o.Size().Width, o.Size().Height, o.MinSize().Width, o.MinSize().Height))
	}
	visit := func(o fyne.CanvasObject, inRows bool) {
		if inRows || o.Size().IsZero() {
			return // a list's rows shorten by design; a zero size is not laid out yet
		}
		switch x := o.(type) {
		case *widget.Label:
			if x.Wrapping == fyne.TextWrapOff {
				if short(x) {
					report("label", x.Text, x)
				}
				return
			}
			// A wrapped text's minimum is of the width it was last laid
			// out at, which the test driver does not keep current: its
			// height is not compared (see the report).
			return
		case *widget.Button:
			if short(x) {
				report("button", x.Text, x)
			}
		case *widget.Check:
			if short(x) {
				report("check", x.Text, x)
			}
		case *widget.Hyperlink:
			if short(x) {
				report("link", x.Text, x)
			}
		case *widget.Select:
			if short(x) {
				report("select", x.Selected, x)
			}
		case *widget.RichText:
			if x.Wrapping == fyne.TextWrapOff && short(x) {
				report("text", x.String(), x)
			} else if x.Wrapping != fyne.TextWrapOff && x.Truncation == fyne.TextTruncateOff {
				if need := wrappedNeed(x); need > x.Size().Height+1 {
					out = append(out, fmt.Sprintf("wrapped text %q gets %.0f×%.0f, needs %.0f high", x.String(), x.Size().Width, x.Size().Height, need))
				}
			} else if x.Truncation != fyne.TextTruncateOff && x.String() != "" {
				if need := richTextWidth(th, x) + 2*pad; need > x.Size().Width+1 {
					out = append(out, fmt.Sprintf("text %q is cut to %.0f of %.0f px", x.String(), x.Size().Width, need))
				}
			}
		}
	}
	c := w.Canvas()
	clipWalk(c.Content(), false, visit)
	for _, o := range c.Overlays().List() {
		clipWalk(o, false, visit)
	}
	return out
}

// wrappedNeed is the height x's text needs when wrapped at the width x
// was given: a fresh copy is laid out at that width and measured, as a
// RichText's own minimum is of the width it had before.
func wrappedNeed(x *widget.RichText) float32 {
	var segs []widget.RichTextSegment
	for _, seg := range x.Segments {
		t, ok := seg.(*widget.TextSegment)
		if !ok {
			return 0 // links and other segments: not measured
		}
		segs = append(segs, &widget.TextSegment{Text: t.Text, Style: t.Style})
	}
	fresh := widget.NewRichText(segs...)
	fresh.Wrapping = x.Wrapping
	fresh.Resize(x.Size())
	return fresh.MinSize().Height
}

// richTextWidth is the width of x's text on one line, in its own sizes
// and styles.
func richTextWidth(th fyne.Theme, x *widget.RichText) float32 {
	var w float32
	for _, seg := range x.Segments {
		t, ok := seg.(*widget.TextSegment)
		if !ok {
			continue
		}
		name := t.Style.SizeName
		if name == "" {
			name = theme.SizeNameText
		}
		w += fyne.MeasureText(t.Text, th.Size(name), t.Style.TextStyle).Width
	}
	return w
}

// clipScene is one screen or dialog the no-clipping test opens.
type clipScene struct {
	name string
	open func(u *UI) // shows it; the register is shown before
	keep bool        // shown on what the scene before left: a step of the same workshop
}

// demoAssets returns the first demo asset with a decided classification,
// one in progress and one never classified.
func demoAssets(u *UI) (decided, ongoing, fresh domain.AssetSummary) {
	for _, s := range u.register.all {
		switch {
		case s.Status == domain.StatusDecided && decided.Asset.ID == 0:
			decided = s
		case s.Status == domain.StatusOngoing && ongoing.Asset.ID == 0:
			ongoing = s
		case s.Status == domain.StatusNotStarted && fresh.Asset.ID == 0:
			fresh = s
		}
	}
	return decided, ongoing, fresh
}

// clipScenes are every screen and dialog of the demo.
func clipScenes(u *UI) []clipScene {
	decided, ongoing, fresh := demoAssets(u)
	scenes := []clipScene{
		{"the register", func(u *UI) {}, false},
		{"the register with an asset selected", func(u *UI) { u.register.list.Select(0) }, false},
		{"the compact register", func(u *UI) { u.register.setCompact(true) }, false},
		{"the compact register sorted by owner, an asset selected", func(u *UI) {
			u.register.sortBy("owner")
			u.register.compact.move(1)
		}, false},
		{"Kolumner i den kompakta listan", func(u *UI) { u.register.chooseColumns() }, false},
		{"the register as cards again", func(u *UI) { u.register.sortBy("rank"); u.register.setCompact(false) }, false},
		{"the help (F1)", func(u *UI) { u.showHelp() }, false},
		{"Ny informationstillgång", func(u *UI) { u.register.addAsset() }, false},
		{"Ändra status", func(u *UI) { u.register.changeStatus(ongoing.Asset) }, false},
		{"Justera prioritet", func(u *UI) { u.register.adjustPriority(ongoing.Asset) }, false},
		{"Uppgifter om informationstillgången", func(u *UI) { u.register.editAsset(ongoing.Asset.ID) }, false},
		{"Historik", func(u *UI) { u.showHistory(decided.Asset) }, false},
		{"Exportera till Excel", func(u *UI) { u.exportList() }, false},
		{"Återställ", func(u *UI) { u.restoreBackup() }, false},
		{"Krav", func(u *UI) { u.showRequirements(decided) }, false},
		{"Klassningsbibliotek", func(u *UI) { u.showLibrary() }, false},
		{"Årsplan", func(u *UI) { u.showPlan(testToday.Year() + 1) }, false},
		{"Ledningens genomgång", func(u *UI) { u.showReview() }, false},
	}
	for _, a := range []domain.AssetSummary{decided, ongoing, fresh} {
		for i := range 6 {
			open := func(u *UI) { u.workshop.show(i) }
			if i == 0 {
				open = func(u *UI) { u.showWorkshopStep(a.Asset.ID, i) }
			}
			scenes = append(scenes, clipScene{fmt.Sprintf("%s, step %d", a.Asset.Name, i+1), open, i > 0})
		}
	}
	for _, a := range []domain.AssetSummary{decided, ongoing} {
		scenes = append(scenes, clipScene{a.Asset.Name + ", the matrix", func(u *UI) { u.showMatrix(a.Asset.ID) }, false})
	}
	scenes = append(scenes,
		clipScene{"Startbibliotek med informationstyper", func(u *UI) {
			u.showWorkshopStep(fresh.Asset.ID, stepTypes)
			u.workshop.showStarter(nil)
		}, false},
		clipScene{"Parkera en fråga", func(u *UI) { u.showWorkshopStep(ongoing.Asset.ID, stepClassify); u.workshop.parkQuestion() }, false},
	)
	return scenes
}

// clipAll opens every scene at every screen size in u's mode and
// language and reports what is clipped.
func clipAll(t *testing.T, u *UI) {
	t.Helper()
	scenes := clipScenes(u)
	for _, size := range screenSizes {
		u.showRegister()
		u.win.Resize(contentSize(size, u.presenting))
		for _, sc := range scenes {
			closeOverlays(u)
			if !sc.keep {
				u.showRegister()
			}
			sc.open(u)
			for _, o := range u.win.Canvas().Overlays().List() {
				o.Resize(u.win.Canvas().Size()) // lays the dialog out, as the driver does when it draws
			}
			settleWindow(u.win)
			// The window scrolls a screen wider than itself, which cuts
			// off its right side: only the smallest screen may scroll
			// sideways (every control reachable).
			// (Presenting, only the workshop is checked: the register and
			// the review are not made for the projector.)
			if m := u.screen.MinSize(); size.Width > 1024 && (!u.presenting || u.workshop != nil) && m.Width > u.win.Canvas().Size().Width+1 {
				t.Errorf("%s at %v×%v (presentation %v): the screen is %.0f wide", sc.name, size.Width, size.Height, u.presenting, m.Width)
			}
			for _, p := range clipped(u.win) {
				t.Errorf("%s at %v×%v (presentation %v): %s", sc.name, size.Width, size.Height, u.presenting, p)
			}
		}
	}
	closeOverlays(u)
	u.showRegister()
}

// settleWindow lays the window out again until its wrapped texts have
// the heights of their widths, as the desktop driver does frame by frame
// when a minimum changes (the test driver lays out once).
func settleWindow(w fyne.Window) {
	c := w.Canvas()
	for range 3 {
		settle(c.Content())
		for _, o := range c.Overlays().List() {
			settle(o)
		}
	}
}

// settle lays o and everything it holds out again at their sizes.
func settle(o fyne.CanvasObject) {
	if o == nil || !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
		for _, c := range x.Objects {
			settle(c)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		r.Layout(x.Size())
		for _, c := range r.Objects() {
			settle(c)
		}
	}
}

// closeOverlays closes every dialog.
func closeOverlays(u *UI) {
	ov := u.win.Canvas().Overlays()
	for ov.Top() != nil {
		top := ov.Top()
		top.Hide()
		ov.Remove(top)
	}
}

// TestNothingClipped is the no-clipping test: every screen and dialog of
// the demo at 1366×768, 1280×720 and 1024×600, in Swedish and English, in
// the normal and the presentation mode.
func TestNothingClipped(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every screen twelve times")
	}
	for _, lang := range []string{"sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			if lang == "en" {
				inEnglish(t)
			}
			u := newDemoUI(t)
			for _, present := range []bool{false, true} {
				if u.presenting != present {
					u.togglePresentation()
				}
				clipAll(t, u)
			}
		})
	}
}
