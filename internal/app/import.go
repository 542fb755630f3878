package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/infoklass/infoklass/internal/xlsx"
)

// ImportPreview is what importing a workbook would do, for a front end
// to show before the user confirms. Nothing is written until ApplyImport.
type ImportPreview struct {
	File   string   // the workbook's path
	Sheet  string   // the sheet read
	Sheets []string // every sheet of the workbook
	Header int      // the header's row, 1-based
	Full   bool     // an Infoklass export: classifications and threshold analyses come along

	Create, Update, Unchanged int
	Rows                      []ImportRow // the rows that change something, in file order
	Problems                  []string    // every problem, located by sheet, row and column
	Ignored                   []string    // columns that are not read

	data []byte
	p    *xlsx.Preview
}

// ImportRow is one row of the workbook that creates or updates an asset.
type ImportRow struct {
	Row    int
	Name   string
	Action string // "Skapas" or "Uppdateras", in Swedish; translate for display
}

// OK reports whether the workbook can be imported.
func (p *ImportPreview) OK() bool { return len(p.Problems) == 0 }

// PreviewImport reads sheet ("" for the default) of the workbook at path
// and tells what importing it would do against the open database. It
// writes nothing.
func (s *Service) PreviewImport(ctx context.Context, path, sheet string) (*ImportPreview, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("läs %s: %w", filepath.Base(path), err)
	}
	return s.previewImport(ctx, path, data, sheet)
}

// PreviewSheet reads another sheet of the workbook p was read from.
func (s *Service) PreviewSheet(ctx context.Context, p *ImportPreview, sheet string) (*ImportPreview, error) {
	return s.previewImport(ctx, p.File, p.data, sheet)
}

func (s *Service) previewImport(ctx context.Context, path string, data []byte, sheet string) (*ImportPreview, error) {
	name := filepath.Base(path)
	sheets, err := xlsx.SheetNames(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p, err := xlsx.Read(bytes.NewReader(data), sheet)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := p.Match(s.db); err != nil {
		return nil, err
	}
	out := &ImportPreview{File: path, Sheet: p.Sheet, Sheets: sheets, Header: p.HeaderRow, Full: p.Full,
		Ignored: p.Ignored, data: data, p: p}
	out.Create, out.Update, out.Unchanged = p.Counts()
	for _, pr := range p.Problems {
		out.Problems = append(out.Problems, pr.String())
	}
	for _, it := range p.Items {
		if it.Action != xlsx.Unchanged {
			out.Rows = append(out.Rows, ImportRow{Row: it.Row, Name: it.Asset.Name, Action: it.Action.Label()})
		}
	}
	return out, nil
}

// ApplyImport writes what p showed, in one transaction: every row or
// none. A preview with problems writes nothing.
func (s *Service) ApplyImport(ctx context.Context, p *ImportPreview) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := xlsx.Apply(s.db, p.p, filepath.Base(p.File), s.Today()); err != nil {
		return fmt.Errorf("importera %s: %w", filepath.Base(p.File), err)
	}
	return nil
}
