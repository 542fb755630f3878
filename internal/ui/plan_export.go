package ui

import (
	"context"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
)

// exportButton is Årsplan's Exportera…: the plan as a print-ready
// workbook. It is disabled while the plan is empty.
func (p *planScreen) exportButton() *widget.Button {
	b := widget.NewButtonWithIcon(tr("Exportera till Excel…"), theme.DocumentSaveIcon(), p.export)
	if len(p.items) == 0 {
		b.Disable()
	}
	return b
}

// export asks where to save the plan and writes it there.
func (p *planScreen) export() {
	p.d.saveXLSX(app.PlanFileName(p.year), planWriter(p.d.svc, p.year))
}

// planWriter writes the plan of year to the path the dialog chose.
func planWriter(svc *app.Service, year int) func(ctx context.Context, path string) error {
	return func(ctx context.Context, path string) error {
		_, err := svc.ExportPlan(ctx, path, year)
		return err
	}
}
