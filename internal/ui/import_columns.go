package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// importColumns shows every column of the sheet with the field it maps
// to, or "läses inte", in a drop-down to change; and the scale and
// status words to give when the file uses its own. A change reads the
// workbook again; close hides the dialog it is in.
func (u *UI) importColumns(p *app.ImportPreview, close func()) fyne.CanvasObject {
	labels := make([]string, len(p.Fields))
	keyOf := map[string]string{}
	for i, f := range p.Fields {
		labels[i] = tr(f.Label)
		keyOf[labels[i]] = f.Key
	}
	options := func() app.ImportOptions {
		o := p.Options
		o.Map = map[string]string{}
		for h, k := range p.Options.Map {
			o.Map[h] = k
		}
		return o
	}
	form := container.New(newColumnsLayout())
	for _, c := range p.Columns {
		c := c
		sel := widget.NewSelect(labels, nil)
		sel.SetSelected(tr(c.Label))
		if c.Field == "" && c.Label != app.NotRead {
			sel.PlaceHolder = tr(c.Label) // a computed column of an export
			sel.ClearSelected()
		}
		sel.OnChanged = func(label string) {
			key, ok := keyOf[label]
			if !ok || key == c.Field {
				return
			}
			o := options()
			if key == "" {
				o.Map[c.Header] = app.NotRead
			} else {
				o.Map[c.Header] = key
			}
			close()
			u.previewAgain(p, o)
		}
		head := widget.NewLabel(c.Header)
		head.Truncation = fyne.TextTruncateEllipsis
		form.Add(head)
		form.Add(sel)
	}
	levels := widget.NewEntry()
	levels.SetPlaceHolder(tr("Annan nivåskala, t.ex. Låg=1,Medel=2,Hög=3"))
	levels.SetText(p.Options.Levels)
	statuses := widget.NewEntry()
	statuses.SetPlaceHolder(tr("Andra statusord, t.ex. Klar=Fastställd"))
	statuses.SetText(p.Options.Statuses)
	hidden := widget.NewCheck(tr("Läs även dolda rader"), nil)
	hidden.SetChecked(p.Options.Hidden)
	again := widget.NewButton(tr("Läs igen"), func() {
		o := options()
		o.Levels, o.Statuses, o.Hidden = levels.Text, statuses.Text, hidden.Checked
		close()
		u.previewAgain(p, o)
	})
	hint := widget.NewLabel(tr("Skalor och statusord gissas aldrig: ange vad filens ord betyder."))
	hint.Wrapping = fyne.TextWrapWord
	bottom := container.NewVBox(widget.NewSeparator(), hint)
	if p.Remembered {
		hint.SetText(tr("Valen (kolumner, skala, statusord, blad) är de som gjordes förra gången en fil med samma rubriker importerades."))
		forget := widget.NewButton(tr("Glöm valen"), func() {
			close()
			u.readImport(func(ctx context.Context) (*app.ImportPreview, error) { return u.svc.ForgetImportAnswers(ctx, p) }, p.File)
		})
		bottom.Add(container.NewHBox(forget))
	}
	bottom.Add(container.NewGridWithColumns(2, levels, statuses))
	bottom.Add(container.NewBorder(nil, nil, nil, again, hidden))
	return container.NewBorder(nil, bottom, nil, nil, container.NewVScroll(form))
}

// columnsLayout lays out pairs of header and drop-down in two columns,
// the header a third of the width.
type columnsLayout struct{}

func newColumnsLayout() fyne.Layout { return columnsLayout{} }

func (columnsLayout) rowHeight(objs []fyne.CanvasObject, i int) float32 {
	h := objs[i].MinSize().Height
	if i+1 < len(objs) && objs[i+1].MinSize().Height > h {
		h = objs[i+1].MinSize().Height
	}
	return h
}

func (l columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	left := size.Width / 3
	for i := 0; i+1 < len(objs); i += 2 {
		h := l.rowHeight(objs, i)
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(left-4, h))
		objs[i+1].Move(fyne.NewPos(left, y))
		objs[i+1].Resize(fyne.NewSize(size.Width-left, h))
		y += h + 4
	}
}

func (l columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, h := float32(0), float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		h += l.rowHeight(objs, i) + 4
		if x := objs[i+1].MinSize().Width * 1.5; x > w {
			w = x
		}
	}
	return fyne.NewSize(w, h)
}
