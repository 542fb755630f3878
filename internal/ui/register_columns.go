package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The widths of the register's fixed columns, shared by the header and
// the rows so that they line up. The name column takes the rest.
const (
	colStatus = 190 // status and DPIA, truncated with … when longer
	colReview = 118 // next review date
)

// colWidth is width w of a fixed column at the theme's text size: wider
// in presentation mode, whose text is larger.
func colWidth(w float32) float32 { return w * theme.TextSize() / 14 }

// roomySelect lays out s wide enough for its longest option, which a
// select's own minimum leaves a few pixels short of.
func roomySelect(s *widget.Select) fyne.CanvasObject {
	var w float32
	for _, o := range s.Options {
		w = max(w, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	w += 4*theme.InnerPadding() + theme.IconInlineSize() + 2*theme.Padding()
	return container.NewGridWrap(fyne.NewSize(max(w, s.MinSize().Width), s.MinSize().Height), s)
}
