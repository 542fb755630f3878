package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// firstRun is what an empty register shows: three clear ways in, the
// list the ISAM keeps today first.
func (r *registerScreen) firstRun() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(tr("Registret är tomt"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabelWithStyle(tr("Börja med listan ni har i dag, lägg till en tillgång i taget, eller prova programmet med en påhittad förvaltning."),
		fyne.TextAlignCenter, fyne.TextStyle{})
	intro.Wrapping = fyne.TextWrapWord
	imp := widget.NewButtonWithIcon(tr("Importera er befintliga lista…"), theme.FolderOpenIcon(), r.d.importList)
	imp.Importance = widget.HighImportance
	add := widget.NewButtonWithIcon(tr("Ny informationstillgång"), theme.ContentAddIcon(), r.addAsset)
	demo := widget.NewButtonWithIcon(tr("Prova med demodata"), theme.MediaPlayIcon(), r.fillDemo)
	note := widget.NewLabelWithStyle(tr("Importen visar först vad som kommer att hända, fält för fält; inget skrivs innan du bekräftar."),
		fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	note.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(title, intro, container.NewPadded(imp), container.NewGridWithColumns(2, add, demo), note)
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(560, box.MinSize().Height+40), box))
}

// fillDemo fills the empty database with the demo district.
func (r *registerScreen) fillDemo() {
	r.d.inBackground(tr("Skriver demodata…"), func(ctx context.Context) error {
		return r.d.svc.FillDemo(ctx, 0)
	}, r.d.showRegister)
}

// withFirstRun wraps the register's list so that the first-run screen
// stands in its place while the register is empty. The hook in
// newRegisterScreen is one line: split becomes r.withFirstRun(split).
func (r *registerScreen) withFirstRun(list fyne.CanvasObject) fyne.CanvasObject {
	return container.New(firstRunLayout{r}, list, r.firstRun())
}

// firstRunLayout lays out the list, or the first-run screen when the
// register has no assets; every reload shows the register anew, which
// lays it out.
type firstRunLayout struct{ r *registerScreen }

func (l firstRunLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	empty := len(l.r.all) == 0
	for i, o := range objs {
		if (i == 1) == empty {
			o.Show()
		} else {
			o.Hide()
		}
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l firstRunLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
