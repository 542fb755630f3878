package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// NormVersion returns the version a norm made of decided classification
// classificationID gets by default: how many of its asset's
// classifications up to it are decided, so that a follow-up is version 2.
func (s *Service) NormVersion(classificationID int64) (int, error) {
	c, err := s.db.Classification(s.ctx, classificationID)
	if err != nil {
		return 0, err
	}
	cs, err := s.db.Classifications(s.ctx, c.AssetID)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, x := range cs {
		if x.Decided() && x.ID <= c.ID {
			n++
		}
	}
	return max(n, 1), nil
}

// ExportNorm writes decided classification classificationID as a
// normative classification published by organisation, version version,
// to the workbook at path, and returns the norm written.
func (s *Service) ExportNorm(ctx context.Context, path string, classificationID int64, organisation string, version int) (*domain.Norm, error) {
	if err := s.checkTarget(path); err != nil {
		return nil, err
	}
	c, err := s.db.Classification(ctx, classificationID)
	if err != nil {
		return nil, err
	}
	a, err := s.db.Asset(ctx, c.AssetID)
	if err != nil {
		return nil, err
	}
	t, err := s.db.CurrentThreshold(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	n, err := domain.NormFrom(a, c, t, organisation, version, s.model)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The levels in the numbering of the model the norm records.
	if err := xlsx.WriteNormFile(path, n, s.ModelOf(c), s.db.Now()); err != nil {
		return nil, err
	}
	return n, nil
}

// ReadNorm reads a normative classification's workbook without storing it.
func (s *Service) ReadNorm(path string) (*domain.Norm, error) {
	data, err := xlsx.ReadFile(path)
	if err != nil {
		return nil, err
	}
	n, err := xlsx.ReadNorm(bytes.NewReader(data), s.model)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	n.File = filepath.Base(path)
	return n, nil
}

// NormImport is what importing a norm did: the norm as stored, the
// version before it in the library (nil for a new norm), what changed,
// and the local classifications started from an older version.
type NormImport struct {
	Norm     *domain.Norm
	Previous *domain.Norm
	Changes  []domain.NormChange
	Affected []Affected
}

// Affected is a local classification started from an older version of a norm.
type Affected struct {
	Asset            domain.Asset
	ClassificationID int64
	Version          int // the version it was started from
}

// ImportNorm reads the workbook at path into the library and says what
// changed since the newest version the library held.
func (s *Service) ImportNorm(path string) (*NormImport, error) {
	n, err := s.ReadNorm(path)
	if err != nil {
		return nil, err
	}
	vs, err := s.db.NormVersions(s.ctx, n.Key)
	if err != nil {
		return nil, err
	}
	if err := s.db.ImportNorm(s.ctx, n); err != nil {
		return nil, err
	}
	out := &NormImport{Norm: n}
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i].Version < n.Version {
			out.Previous = &vs[i]
			break
		}
	}
	if out.Previous != nil {
		out.Changes = domain.CompareNorms(out.Previous, n, s.model)
	}
	if out.Affected, err = s.affected(n); err != nil {
		return nil, err
	}
	return out, nil
}

// affected lists the classifications started from an older version of n.
func (s *Service) affected(n *domain.Norm) ([]Affected, error) {
	assets, err := s.db.Assets(s.ctx)
	if err != nil {
		return nil, err
	}
	var out []Affected
	for _, a := range assets {
		cs, err := s.db.Classifications(s.ctx, a.ID)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			l, err := s.db.NormLink(s.ctx, c.ID)
			if err != nil {
				return nil, err
			}
			if l != nil && l.Key == n.Key && l.Version < n.Version {
				out = append(out, Affected{Asset: a, ClassificationID: c.ID, Version: l.Version})
			}
		}
	}
	return out, nil
}

// Library returns the norms in the library that match query: every word
// of it found, ignoring case, in the name, organisation, description,
// scope or an information type's name. An empty query matches all.
func (s *Service) Library(query string) ([]domain.Norm, error) {
	all, err := s.db.Norms(s.ctx)
	if err != nil {
		return nil, err
	}
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return all, nil
	}
	var out []domain.Norm
	for _, n := range all {
		hay := []string{n.Name, n.Organisation, n.Description, n.Scope, n.Key}
		for _, t := range n.InfoTypes {
			hay = append(hay, t.Name, t.Description)
		}
		text := strings.ToLower(strings.Join(hay, "\n"))
		ok := true
		for _, w := range words {
			if !strings.Contains(text, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, n)
		}
	}
	return out, nil
}

// Norm returns one norm of the library.
func (s *Service) Norm(id int64) (*domain.Norm, error) { return s.db.Norm(s.ctx, id) }

// DeleteNorm removes a norm from the library; classifications started
// from it keep what it said.
func (s *Service) DeleteNorm(id int64) error { return s.db.DeleteNorm(s.ctx, id) }

// ErrClassificationOngoing is returned when a norm would start a new
// classification of an asset whose latest one is not yet decided.
var ErrClassificationOngoing = errors.New("tillgången har redan en pågående klassning; fastställ eller ta bort den först")

// StartFromNorm starts a new local classification of asset assetID from
// norm normID: levels and motivations copied and marked as the norm's.
// An empty undecided classification of the asset is replaced; one with
// content is refused with ErrClassificationOngoing.
func (s *Service) StartFromNorm(normID, assetID int64) (*domain.Classification, error) {
	n, err := s.db.Norm(s.ctx, normID)
	if err != nil {
		return nil, err
	}
	if _, err := s.db.Asset(s.ctx, assetID); err != nil {
		return nil, err
	}
	if err := s.clearEmptyDraft(assetID); err != nil {
		return nil, err
	}
	c, origins := domain.FromNorm(n, assetID, s.model, s.Today())
	if err := s.db.CreateFromNorm(s.ctx, c, n, origins); err != nil {
		return nil, err
	}
	return s.db.Classification(s.ctx, c.ID)
}

// NormLink returns the norm a classification was started from, or nil.
func (s *Service) NormLink(classificationID int64) (*domain.NormLink, error) {
	return s.db.NormLink(s.ctx, classificationID)
}

// SetNormDeviation stores why a level differs from the norm's, and who
// approved a level below it.
func (s *Service) SetNormDeviation(infoTypeID int64, a domain.Aspect, reason, approvedBy string) error {
	return s.db.SetNormDeviation(s.ctx, infoTypeID, a, reason, approvedBy)
}

// NormProblems returns what blocks the decision of a classification
// because of the norm it was started from (domain.NormProblems).
func (s *Service) NormProblems(classificationID int64) ([]domain.Problem, error) {
	c, err := s.db.Classification(s.ctx, classificationID)
	if err != nil {
		return nil, err
	}
	l, err := s.db.NormLink(s.ctx, classificationID)
	if err != nil {
		return nil, err
	}
	return domain.NormProblems(c, l, s.ModelOf(c)), nil
}

// NormUpdate is what changed in a norm since the version a local
// classification was started from.
type NormUpdate struct {
	From, To *domain.Norm
	Changes  []domain.NormChange
}

// NormUpdate returns what changed between the version of the norm that
// classification classificationID was started from and the newest
// version in the library; nil when it was not started from a norm or no
// newer version is there. When the older version has left the library,
// what the classification recorded of it stands in for it.
func (s *Service) NormUpdate(classificationID int64) (*NormUpdate, error) {
	l, err := s.db.NormLink(s.ctx, classificationID)
	if err != nil || l == nil {
		return nil, err
	}
	vs, err := s.db.NormVersions(s.ctx, l.Key)
	if err != nil || len(vs) == 0 || vs[len(vs)-1].Version <= l.Version {
		return nil, err
	}
	u := &NormUpdate{To: &vs[len(vs)-1]}
	for i := range vs {
		if vs[i].Version == l.Version {
			u.From = &vs[i]
		}
	}
	if u.From == nil {
		c, err := s.db.Classification(s.ctx, classificationID)
		if err != nil {
			return nil, err
		}
		u.From = recordedNorm(c, l)
	}
	u.Changes = domain.CompareNorms(u.From, u.To, s.model)
	return u, nil
}

// recordedNorm rebuilds what a classification recorded of its norm: the
// information types that came from it, with the norm's levels and
// motivations.
func recordedNorm(c *domain.Classification, l *domain.NormLink) *domain.Norm {
	n := &domain.Norm{Key: l.Key, Version: l.Version, Name: l.Name, Organisation: l.Organisation, Raises: c.Raises}
	for _, t := range c.InfoTypes {
		per, ok := l.Origins[t.ID]
		if !ok {
			continue
		}
		cp := domain.InfoType{Name: t.Name, Description: t.Description, Flags: t.Flags, Ratings: map[domain.Aspect]domain.Rating{}}
		for a, o := range per {
			cp.Ratings[a] = domain.Rating{Level: o.Level, Motivation: o.Motivation}
		}
		n.InfoTypes = append(n.InfoTypes, cp)
	}
	return n
}

// DecidedClassification returns the asset's newest decided
// classification, the one a norm is made of, or nil when none is decided.
func (s *Service) DecidedClassification(assetID int64) (*domain.Classification, error) {
	cs, err := s.db.Classifications(s.ctx, assetID)
	if err != nil {
		return nil, err
	}
	for i := range cs {
		if cs[i].Decided() {
			return &cs[i], nil
		}
	}
	return nil, nil
}

// CarryNorm gives a follow-up (classification to, copied from from) the
// norm from was started from, with what the norm said about each rating
// and the local reasons, so that the follow-up still shows and checks
// them. It does nothing when from did not come from a norm.
func (s *Service) CarryNorm(from, to int64) error { return s.db.CarryNorm(s.ctx, from, to) }

// clearEmptyDraft makes room for a new classification of the asset: an
// undecided latest classification that nothing has been written in yet
// is removed, and one already started is refused with
// ErrClassificationOngoing.
func (s *Service) clearEmptyDraft(assetID int64) error {
	latest, err := s.db.LatestClassification(s.ctx, assetID)
	if err != nil || latest == nil || latest.Decided() {
		return err
	}
	if latest.Started() {
		return ErrClassificationOngoing
	}
	return s.db.DeleteClassification(s.ctx, latest.ID)
}
