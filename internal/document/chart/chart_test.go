package chart

import (
	"bytes"
	"image/png"
	"testing"
)

// TestBarsPNG draws a chart and finds dark label pixels left of the
// bars and bars of the series' colours.
func TestBarsPNG(t *testing.T) {
	b := Bars{Title: "Tröskelanalyser", Categories: []string{"Genomförda konsekvensbedömningar", "Tröskelanalyser"},
		Series: []Series{{Name: "2024", Values: []int{1, 2}}, {Name: "2025", Values: []int{0, 3}}}}
	data, w, h, err := b.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil || img.Bounds().Dx() != w || img.Bounds().Dy() != h || w != Width {
		t.Fatalf("image %v, %dx%d", err, w, h)
	}
	dark, bar := 0, 0
	for y := 0; y < h; y++ {
		for x := 0; x < w/2; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0x4000 && g < 0x4000 && bl < 0x4000 {
				dark++
			}
			if r>>8 == 0x4a && g>>8 == 0x73 && bl>>8 == 0xb0 {
				bar++
			}
		}
	}
	if dark < 500 {
		t.Errorf("%d dark pixels: the labels are not dark", dark)
	}
	if bar == 0 {
		t.Error("no bar of the second series")
	}
}
