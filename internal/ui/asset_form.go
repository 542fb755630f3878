package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// assetForm edits an asset's details. Every field saves itself; the
// dialog only has a Close button.
type assetForm struct {
	d deps // what the screen is given
	a domain.Asset
}

// editAsset opens the details of asset id for editing.
func (r *registerScreen) editAsset(id int64) {
	a, err := r.d.svc.Asset(id)
	if err != nil {
		r.d.showError(tr("Tillgången kunde inte öppnas"), err)
		return
	}
	f := &assetForm{d: r.d, a: *a}
	d := dialog.NewCustom(tr("Uppgifter om informationstillgången"), tr("Stäng"), f.content(), r.d.win)
	d.SetOnClosed(func() {
		r.d.flushFocused()
		r.reload()
	})
	d.Resize(fyne.NewSize(860, 680))
	d.Show()
}

// update applies edit to a copy of the asset and stores it. On failure
// the stored asset is unchanged and the error is returned for the field.
func (f *assetForm) update(edit func(*domain.Asset)) error {
	a := f.a
	edit(&a)
	if err := f.d.svc.UpdateAsset(&a); err != nil {
		return err
	}
	f.a = a
	return nil
}

func (f *assetForm) text(get func(*domain.Asset) *string) *field {
	return newField(*get(&f.a), func(s string) error {
		return f.update(func(a *domain.Asset) { *get(a) = s })
	})
}

func (f *assetForm) check(label string, get func(*domain.Asset) *bool) *widget.Check {
	c := widget.NewCheck(label, nil)
	c.SetChecked(*get(&f.a))
	c.OnChanged = func(on bool) {
		if err := f.update(func(a *domain.Asset) { *get(a) = on }); err != nil {
			f.d.showError(tr("Ändringen sparades inte"), err)
		}
	}
	return c
}

func (f *assetForm) content() fyne.CanvasObject {
	name := f.text(func(a *domain.Asset) *string { return &a.Name })
	desc := newTextArea(f.a.Description, 3, func(s string) error {
		return f.update(func(a *domain.Asset) { a.Description = s })
	})
	kind := widget.NewSelect(kindLabels(), nil)
	for i, k := range domain.AssetKinds {
		if k == f.a.Kind {
			kind.SetSelectedIndex(i)
		}
	}
	kind.OnChanged = func(string) {
		k := domain.AssetKinds[kind.SelectedIndex()]
		if err := f.update(func(a *domain.Asset) { a.Kind = k }); err != nil {
			f.d.showError(tr("Ändringen sparades inte"), err)
		}
	}
	procurement := newDateField(f.a.ProcurementDate, func(d domain.Date) error {
		return f.update(func(a *domain.Asset) { a.ProcurementDate = d })
	})
	notes := newTextArea(f.a.Notes, 3, func(s string) error {
		return f.update(func(a *domain.Asset) { a.Notes = s })
	})
	form := widget.NewForm(
		widget.NewFormItem(tr("Namn"), name),
		widget.NewFormItem(tr("Beskrivning"), desc),
		widget.NewFormItem(tr("Typ"), kind),
		widget.NewFormItem(tr("Informationsägare"), f.text(func(a *domain.Asset) *string { return &a.OwnerName })),
		widget.NewFormItem(tr("Ägarens roll"), f.text(func(a *domain.Asset) *string { return &a.OwnerRole })),
		widget.NewFormItem(tr("Förvaltningsobjekt"), f.text(func(a *domain.Asset) *string { return &a.ManagementObject })),
		widget.NewFormItem(tr("System"), f.text(func(a *domain.Asset) *string { return &a.System })),
		widget.NewFormItem(tr("Leverantör"), f.text(func(a *domain.Asset) *string { return &a.Supplier })),
		widget.NewFormItem(tr("Upphandling/licens"), procurement),
		widget.NewFormItem(tr("Anteckningar"), notes),
	)
	form.Items[8].HintText = tr("Datum för kommande upphandling, licensförnyelse eller avtalsslut (ÅÅÅÅ-MM-DD).")
	flags := container.NewVBox(
		f.check(tr("Behandlar personuppgifter"), func(a *domain.Asset) *bool { return &a.PersonalData }),
		f.check(tr("Stöder samhällsviktig verksamhet enligt RSA"), func(a *domain.Asset) *bool { return &a.RSACritical }),
		f.check(tr("Omfattas av cybersäkerhetslagen (NIS2)"), func(a *domain.Asset) *bool { return &a.NIS2 }),
	)
	saved := widget.NewLabel(tr("Allt du skriver sparas direkt."))
	saved.Importance = widget.LowImportance
	return container.NewVScroll(container.NewVBox(form, flags, abbrevHint(), saved))
}

// newDateField returns a self-saving field for a date written ÅÅÅÅ-MM-DD.
// An unreadable date is not saved and the field says why.
func newDateField(d domain.Date, save func(domain.Date) error) *field {
	f := newField(d.String(), func(s string) error {
		v, err := domain.ParseDate(domain.NormalizeName(s))
		if err != nil {
			return err
		}
		return save(v)
	})
	f.SetPlaceHolder(tr("ÅÅÅÅ-MM-DD"))
	return f
}
