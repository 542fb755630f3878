// Package chart draws simple bar charts as PNG images for printed
// documents: horizontal bars, one group a category and one bar a
// series, with dark labels in Noto Sans, the value at each bar's end and
// a legend whose entries stand apart.
package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"sync"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Series is one set of values, one a category, such as a year.
type Series struct {
	Name   string
	Values []int
}

// Bars is a horizontal grouped bar chart.
type Bars struct {
	Title      string
	Categories []string
	Series     []Series
}

// Width is the image's width in pixels; it prints 160 mm wide at about
// 250 dpi.
const Width = 1600

var palette = []color.RGBA{{0x9d, 0xb4, 0xd3, 0xff}, {0x4a, 0x73, 0xb0, 0xff}, {0x1f, 0x38, 0x64, 0xff}, {0xc0, 0x6c, 0x2b, 0xff}}

var (
	dark  = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	grid  = color.RGBA{0xd8, 0xd8, 0xd8, 0xff}
	faces struct {
		once              sync.Once
		title, text, bold font.Face
		err               error
	}
)

func loadFaces() error {
	faces.once.Do(func() {
		reg, err := opentype.Parse(theme.DefaultTextFont().Content())
		if err != nil {
			faces.err = err
			return
		}
		bold, err := opentype.Parse(theme.DefaultTextBoldFont().Content())
		if err != nil {
			faces.err = err
			return
		}
		mk := func(f *opentype.Font, size float64) font.Face {
			face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
			if err != nil && faces.err == nil {
				faces.err = err
			}
			return face
		}
		faces.title, faces.text, faces.bold = mk(bold, 40), mk(reg, 30), mk(bold, 30)
	})
	return faces.err
}

// PNG draws the chart and returns the image with its size in pixels.
func (b Bars) PNG() ([]byte, int, int, error) {
	if err := loadFaces(); err != nil {
		return nil, 0, 0, fmt.Errorf("diagrammets typsnitt: %w", err)
	}
	const (
		pad, barH, barGap, groupGap = 40, 34, 6, 30
		titleH, legendH             = 70, 60
	)
	labelW := 0
	for _, c := range b.Categories {
		labelW = max(labelW, textWidth(faces.text, c))
	}
	labelW = min(labelW+30, Width/2)
	groupH := len(b.Series)*(barH+barGap) - barGap + groupGap
	h := pad + titleH + legendH + len(b.Categories)*groupH + pad
	img := image.NewRGBA(image.Rect(0, 0, Width, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	text(img, faces.title, b.Title, pad, pad+40, dark)
	b.legend(img, pad, pad+titleH+36)
	top := pad + titleH + legendH
	x0, x1 := pad+labelW, Width-pad-90
	maxV := 1
	for _, s := range b.Series {
		for _, v := range s.Values {
			maxV = max(maxV, v)
		}
	}
	for i := 0; i <= 4; i++ { // vertical grid lines
		x := x0 + (x1-x0)*i/4
		fill(img, image.Rect(x, top-10, x+2, top+len(b.Categories)*groupH-groupGap+10), grid)
	}
	for ci, c := range b.Categories {
		y := top + ci*groupH
		mid := y + (len(b.Series)*(barH+barGap)-barGap)/2 + 10
		text(img, faces.text, c, pad, mid, dark)
		for si, s := range b.Series {
			v := 0
			if ci < len(s.Values) {
				v = s.Values[ci]
			}
			by := y + si*(barH+barGap)
			w := (x1 - x0) * v / maxV
			fill(img, image.Rect(x0, by, x0+max(w, 3), by+barH), palette[si%len(palette)])
			text(img, faces.bold, fmt.Sprint(v), x0+max(w, 3)+12, by+barH-7, dark)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, 0, 0, err
	}
	return buf.Bytes(), Width, h, nil
}

// legend writes a coloured square and the name of each series, with
// space between the entries.
func (b Bars) legend(img *image.RGBA, x, baseline int) {
	for i, s := range b.Series {
		fill(img, image.Rect(x, baseline-26, x+30, baseline+4), palette[i%len(palette)])
		x += 42
		text(img, faces.text, s.Name, x, baseline, dark)
		x += textWidth(faces.text, s.Name) + 60
	}
}

func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src)
}

func text(img *image.RGBA, face font.Face, s string, x, baseline int, c color.Color) {
	d := &font.Drawer{Dst: img, Src: &image.Uniform{c}, Face: face, Dot: fixed.P(x, baseline)}
	d.DrawString(s)
}

func textWidth(face font.Face, s string) int {
	return font.MeasureString(face, s).Ceil()
}
