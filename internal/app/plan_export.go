package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// ErrEmptyPlan is returned by ExportPlan for a year whose plan holds no assets.
type ErrEmptyPlan struct{ Year int }

func (e ErrEmptyPlan) Error() string {
	return fmt.Sprintf("planen för %d är tom: föreslå tillgångar i Årsplan först", e.Year)
}

// PlanFileName suggests the file name of a year's plan: "Årsplan 2027.xlsx".
func PlanFileName(year int) string { return xlsx.PlanSheetName(year) + ".xlsx" }

// ExportPlan writes the yearly plan of year to the workbook at path,
// print-ready, and returns how many assets it holds. An empty plan is
// refused with ErrEmptyPlan and nothing is written.
func (s *Service) ExportPlan(ctx context.Context, path string, year int) (int, error) {
	if err := s.checkTarget(path); err != nil {
		return 0, err
	}
	if err := (domain.PlanItem{Year: year, State: domain.PlanProposed}).Validate(); err != nil {
		return 0, err
	}
	items, err := s.PlanItems(year)
	if err != nil {
		return 0, err
	}
	if len(items) == 0 {
		return 0, ErrEmptyPlan{year}
	}
	sums, err := s.Register()
	if err != nil {
		return 0, err
	}
	p := &xlsx.YearPlan{Year: year, Items: items, Assets: map[int64]domain.AssetSummary{}, Model: s.model,
		Source: s.Path(), Made: s.db.Now()}
	for _, x := range sums {
		p.Assets[x.Asset.ID] = x
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := xlsx.WritePlan(path, p); err != nil {
		return 0, err
	}
	return len(items), nil
}

// MatrixFileName suggests the file name of an asset's matrix:
// "Klassningsmatris – Treserva.xlsx", with " (utkast)" for a draft.
func MatrixFileName(asset string, draft bool) string {
	file := "Klassningsmatris – " + strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, asset) + ".xlsx"
	if draft {
		return DraftPath(file)
	}
	return file
}

// ExportMatrix writes the matrix of the latest classification of the
// asset named name to path: its information types by the aspects, on one
// A4 page. It returns the asset's name as stored.
func (s *Service) ExportMatrix(ctx context.Context, path, name string) (string, error) {
	p, err := s.protocolTo(ctx, path, name)
	if err != nil {
		return "", err
	}
	mx := xlsx.Matrix{Asset: p.Asset, Classification: p.Classification, Model: p.Model, Made: p.Made}
	if err := xlsx.WriteMatrix(path, mx); err != nil {
		return "", err
	}
	return p.Asset.Name, nil
}
