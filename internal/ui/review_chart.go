package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// barChart draws grouped bars with Fyne's canvas: one group per
// category, one bar per series (a year) with its value above it, the
// category names below and a legend of the series.
type barChart struct {
	widget.BaseWidget
	title      string
	categories []string
	series     []string
	values     [][]int // [category][series]
}

// seriesColors are the bars' colours, oldest year lightest; they read in
// both themes.
var seriesColors = []color.NRGBA{{0xA9, 0xC4, 0xE8, 0xFF}, {0x5B, 0x8F, 0xD0, 0xFF}, {0x1F, 0x5F, 0xA8, 0xFF}}

func newBarChart(title string, categories, series []string, values [][]int) *barChart {
	c := &barChart{title: title, categories: categories, series: series, values: values}
	c.ExtendBaseWidget(c)
	return c
}

func (c *barChart) color(s int) color.Color {
	return seriesColors[(s+len(seriesColors)-len(c.series)%len(seriesColors))%len(seriesColors)]
}

// CreateRenderer builds the chart's rectangles and texts.
func (c *barChart) CreateRenderer() fyne.WidgetRenderer {
	fg := theme.Color(theme.ColorNameForeground)
	r := &barRenderer{c: c, title: canvas.NewText(c.title, fg), axis: canvas.NewRectangle(theme.Color(theme.ColorNameDisabled))}
	r.title.TextStyle.Bold = true
	r.objects = append(r.objects, r.title, r.axis)
	for i, cat := range c.categories {
		t := canvas.NewText(cat, fg)
		t.TextSize = theme.CaptionTextSize()
		t.Alignment = fyne.TextAlignCenter
		r.cats = append(r.cats, t)
		r.objects = append(r.objects, t)
		var bars []*canvas.Rectangle
		var vals []*canvas.Text
		for s := range c.series {
			b := canvas.NewRectangle(c.color(s))
			v := canvas.NewText(fmt.Sprint(c.values[i][s]), fg)
			v.TextSize = theme.CaptionTextSize()
			v.Alignment = fyne.TextAlignCenter
			bars, vals = append(bars, b), append(vals, v)
			r.objects = append(r.objects, b, v)
		}
		r.bars, r.vals = append(r.bars, bars), append(r.vals, vals)
	}
	for s, name := range c.series {
		sw := canvas.NewRectangle(c.color(s))
		t := canvas.NewText(name, fg)
		t.TextSize = theme.CaptionTextSize()
		r.swatches, r.legend = append(r.swatches, sw), append(r.legend, t)
		r.objects = append(r.objects, sw, t)
	}
	return r
}

type barRenderer struct {
	c        *barChart
	title    *canvas.Text
	axis     *canvas.Rectangle
	cats     []*canvas.Text
	bars     [][]*canvas.Rectangle
	vals     [][]*canvas.Text
	swatches []*canvas.Rectangle
	legend   []*canvas.Text
	objects  []fyne.CanvasObject
}

func (r *barRenderer) Destroy() {}

func (r *barRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *barRenderer) MinSize() fyne.Size {
	groups := float32(len(r.c.categories))
	return fyne.NewSize(groups*float32(len(r.c.series)*12+16)+16, 200)
}

func (r *barRenderer) Refresh() {
	fg := theme.Color(theme.ColorNameForeground)
	for _, t := range append(append([]*canvas.Text{r.title}, r.cats...), r.legend...) {
		t.Color = fg
		t.Refresh()
	}
	for _, vs := range r.vals {
		for _, v := range vs {
			v.Color = fg
			v.Refresh()
		}
	}
}

// Layout places the bars: the title on top, the legend at the bottom,
// the category names above it, and the bars scaled to the largest value.
func (r *barRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	th := r.title.MinSize().Height
	r.title.Move(fyne.NewPos(pad, 0))
	r.title.Resize(fyne.NewSize(size.Width-2*pad, th))

	cap := theme.CaptionTextSize() + 2*pad
	legendY := size.Height - cap
	x := pad
	for s := range r.legend {
		r.swatches[s].Move(fyne.NewPos(x, legendY+pad))
		r.swatches[s].Resize(fyne.NewSize(12, 12))
		x += 16
		w := r.legend[s].MinSize().Width
		r.legend[s].Move(fyne.NewPos(x, legendY))
		r.legend[s].Resize(fyne.NewSize(w, cap))
		x += w + 2*pad
	}

	catY := legendY - cap
	top := th + pad + cap // room for the values above the highest bar
	plot := catY - top - pad
	if plot < 10 {
		plot = 10
	}
	max := 1
	for _, vs := range r.c.values {
		for _, v := range vs {
			if v > max {
				max = v
			}
		}
	}
	r.axis.Move(fyne.NewPos(pad, catY-1))
	r.axis.Resize(fyne.NewSize(size.Width-2*pad, 1))

	n := len(r.c.categories)
	if n == 0 {
		return
	}
	group := (size.Width - 2*pad) / float32(n)
	bar := (group - 2*pad) / float32(len(r.c.series))
	if bar > 28 {
		bar = 28
	}
	for i := range r.c.categories {
		gx := pad + float32(i)*group
		start := gx + (group-bar*float32(len(r.c.series)))/2
		for s := range r.c.series {
			h := plot * float32(r.c.values[i][s]) / float32(max)
			if h < 1 {
				h = 1 // a zero still shows as a line
			}
			bx := start + float32(s)*bar
			r.bars[i][s].Move(fyne.NewPos(bx+1, catY-1-h))
			r.bars[i][s].Resize(fyne.NewSize(bar-2, h))
			r.vals[i][s].Move(fyne.NewPos(bx, catY-1-h-cap))
			r.vals[i][s].Resize(fyne.NewSize(bar, cap))
		}
		// A name wider than its group is set smaller to fit.
		t := r.cats[i]
		t.TextSize = theme.CaptionTextSize()
		if w := fyne.MeasureText(t.Text, t.TextSize, t.TextStyle).Width; w > group-pad {
			t.TextSize = max32(8, t.TextSize*(group-pad)/w)
		}
		t.Move(fyne.NewPos(gx, catY))
		t.Resize(fyne.NewSize(group, cap))
	}
}

func max32(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}
