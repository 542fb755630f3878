package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// ListOptions says what a list export holds beside the list itself.
type ListOptions struct {
	History bool // every recorded change, as a sheet of its own
}

// ExportList writes the whole prioritised list, with its classifications,
// threshold analyses, requirements and overview, to the workbook at path.
// It returns how many assets it wrote.
func (s *Service) ExportList(ctx context.Context, path string, opt ListOptions) (int, error) {
	if err := s.checkTarget(path); err != nil {
		return 0, err
	}
	d, err := s.exportData(ctx)
	if err != nil {
		return 0, err
	}
	if opt.History {
		if d.History, err = s.db.AllHistory(ctx); err != nil {
			return 0, err
		}
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := xlsx.WriteFile(path, d); err != nil {
		return 0, err
	}
	return len(d.Summaries), nil
}

// AssetExport says which single-asset workbook to write.
type AssetExport struct {
	Supplier bool // the supplier's version: no motivations, internal notes or parked questions; columns for answers
}

// ExportAsset writes the procurement workbook of the asset named name to
// path: the municipality's own, or the supplier's. The workbook of a
// classification not yet decided is a draft: it says so on every sheet
// and page, and its file name says "utkast" (added to path when the
// name lacks it). It returns the asset's name as stored and the path
// written.
func (s *Service) ExportAsset(ctx context.Context, path, name string, opt AssetExport) (string, string, error) {
	d, err := s.exportData(ctx)
	if err != nil {
		return "", "", err
	}
	one, ok := d.Only(name)
	if !ok {
		return "", "", domain.Refuse("asset.no_such_name", "det finns ingen informationstillgång som heter %q", name)
	}
	if err := s.checkTarget(path); err != nil {
		return "", "", err
	}
	if xlsx.AssetIsDraft(one) {
		path = DraftPath(path)
		if err := s.checkTarget(path); err != nil {
			return "", "", err
		}
	}
	if err := ctx.Err(); err != nil {
		return "", "", err
	}
	to := xlsx.Internal
	if opt.Supplier {
		to = xlsx.Supplier
	}
	if c := one.Classifications[one.Summaries[0].Asset.ID]; c != nil {
		one.Model = s.ModelOf(c) // the asset's levels in the model its classification was made under
	}
	if err := xlsx.WriteAssetFile(path, one, to); err != nil {
		return "", "", err
	}
	return one.Summaries[0].Asset.Name, path, nil
}

// DraftPath returns path with " (utkast)" before its extension, unless
// its file name already says utkast.
func DraftPath(path string) string {
	base := filepath.Base(path)
	if strings.Contains(strings.ToLower(base), "utkast") {
		return path
	}
	ext := filepath.Ext(base)
	return filepath.Join(filepath.Dir(path), strings.TrimSuffix(base, ext)+" (utkast)"+ext)
}

// AssetFileName suggests the file name of an asset's procurement
// workbook: "Underlag för upphandling – Treserva.xlsx" or, for the
// supplier, "Säkerhetskrav – Treserva.xlsx"; a draft adds " (utkast)".
func AssetFileName(asset string, opt AssetExport, draft bool) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, asset)
	prefix := "Underlag för upphandling – "
	if opt.Supplier {
		prefix = "Säkerhetskrav – "
	}
	file := prefix + name + ".xlsx"
	if draft {
		return DraftPath(file)
	}
	return file
}

// ExportProtocol writes the meeting protocol of the latest classification
// of the asset named name to path, and returns the asset's name as stored.
// A classification not yet decided is written as a draft that says so.
func (s *Service) ExportProtocol(ctx context.Context, path, name string) (string, error) {
	p, err := s.protocolTo(ctx, path, name)
	if err != nil {
		return "", err
	}
	if err := xlsx.WriteProtocolFile(path, p); err != nil {
		return "", err
	}
	return p.Asset.Name, nil
}

// protocolTo gathers the protocol of the asset named name, to be written
// to path, which must be a target an export may write.
func (s *Service) protocolTo(ctx context.Context, path, name string) (xlsx.Protocol, error) {
	if err := s.checkTarget(path); err != nil {
		return xlsx.Protocol{}, err
	}
	a, err := s.db.AssetByName(ctx, name)
	if err != nil {
		return xlsx.Protocol{}, err
	}
	if a == nil {
		return xlsx.Protocol{}, domain.Refuse("asset.no_such_name", "det finns ingen informationstillgång som heter %q", name)
	}
	p, err := s.protocol(a)
	if err != nil {
		return xlsx.Protocol{}, err
	}
	return p, ctx.Err()
}

// protocol gathers what the protocol of asset a's latest classification records.
func (s *Service) protocol(a *domain.Asset) (xlsx.Protocol, error) {
	c, err := s.db.LatestClassification(s.ctx, a.ID)
	if err != nil {
		return xlsx.Protocol{}, err
	}
	if c == nil {
		return xlsx.Protocol{}, domain.Refuse("asset.not_classified", "%s är inte klassad", a.Name)
	}
	t, err := s.db.CurrentThreshold(s.ctx, a.ID)
	if err != nil {
		return xlsx.Protocol{}, err
	}
	parked, err := s.db.ParkedQuestions(s.ctx, c.ID)
	if err != nil {
		return xlsx.Protocol{}, err
	}
	votes, err := s.db.Votes(s.ctx, c.ID)
	if err != nil {
		return xlsx.Protocol{}, err
	}
	ps, err := s.db.AssetProcessings(s.ctx, a.ID)
	if err != nil {
		return xlsx.Protocol{}, err
	}
	m := s.ModelOf(c) // the protocol speaks the model the classification was made under
	return xlsx.Protocol{Model: m, Made: s.db.Now(), Asset: *a, Classification: c, Threshold: t, Parked: parked, Votes: votes,
		Processings: ps, Blockers: s.Blockers(a, c, t)}, nil
}

// exportData reads everything an export needs, ranked as the register is.
func (s *Service) exportData(ctx context.Context) (*xlsx.Data, error) {
	sums, err := s.Register()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cs, err := s.db.LatestClassifications(ctx)
	if err != nil {
		return nil, err
	}
	ts, err := s.db.CurrentThresholds(ctx)
	if err != nil {
		return nil, err
	}
	ex, err := s.db.AllRequirementExclusions(ctx)
	if err != nil {
		return nil, err
	}
	parked, err := s.db.AllParkedQuestions(ctx)
	if err != nil {
		return nil, err
	}
	fs, err := s.db.AllFulfilments(ctx)
	if err != nil {
		return nil, err
	}
	votes, err := s.db.AllVotes(ctx)
	if err != nil {
		return nil, err
	}
	ps, err := s.db.Processings(ctx)
	if err != nil {
		return nil, err
	}
	return &xlsx.Data{Summaries: sums, Classifications: cs, Thresholds: ts, Exclusions: ex, Parked: parked, Fulfilments: fs, Votes: votes,
		Processings: ps, Model: s.model,
		Source: s.db.Path(), Today: s.Today(), Generated: s.db.Now()}, nil
}

// ErrTargetIsDatabase is returned when an export would overwrite a database.
var ErrTargetIsDatabase = errors.New("exporten skulle skriva över en databas")

// checkTarget refuses an export onto the open database, or onto any
// SQLite file, which the workbook would destroy.
func (s *Service) checkTarget(path string) error {
	if path == "" {
		return domain.Refuse("export.no_target", "ange en fil att exportera till")
	}
	if same(path, s.db.Path()) {
		return fmt.Errorf("%w: %s är den öppna databasen; välj ett annat filnamn, som lista.xlsx", ErrTargetIsDatabase, path)
	}
	// A named pipe would block the open of isSQLite: the kind of file
	// is checked first.
	if err := writableTarget(path); err != nil {
		return err
	}
	if isSQLite(path) {
		return fmt.Errorf("%w: %s är en SQLite-databas och skrivs inte över; välj ett annat filnamn", ErrTargetIsDatabase, path)
	}
	return nil
}

// same reports whether a and b name the same file, links resolved.
func same(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ia, ib)
	}
	ca, _ := filepath.Abs(a)
	cb, _ := filepath.Abs(b)
	return ca == cb
}

// isSQLite reports whether the file at path starts with SQLite's header.
func isSQLite(path string) bool {
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := f.Read(head)
	return bytes.Equal(head[:n], []byte("SQLite format 3\x00"))
}
