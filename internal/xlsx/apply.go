package xlsx

import (
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
)

// ErrProblems is returned by Apply when the preview has problems: then
// nothing is written.
var ErrProblems = errors.New("filen har fel; inget importerades")

// Match decides, against db, whether each item creates an asset, updates
// one or leaves it as it is. Assets are matched by name, ignoring case
// and surrounding space.
func (p *Preview) Match(db *sqlite.DB) error {
	for _, it := range p.Items {
		old, err := db.AssetByName(it.Asset.Name)
		if err != nil {
			return err
		}
		switch {
		case old == nil:
			it.Action = Create
		case reflect.DeepEqual(normalized(it.merge(*old)), normalized(*old)):
			it.Action = Unchanged
		default:
			it.Action = Update
		}
	}
	return nil
}

func normalized(a domain.Asset) domain.Asset {
	a.Name = domain.NormalizeName(a.Name)
	a.CreatedAt, a.UpdatedAt = a.CreatedAt.UTC(), a.UpdatedAt.UTC()
	return a
}

// merge returns old with the fields the file gave.
func (it *Item) merge(old domain.Asset) domain.Asset {
	a := old
	v := it.Asset
	set := func(f field, apply func()) {
		if it.has[f] {
			apply()
		}
	}
	set(fDescription, func() { a.Description = v.Description })
	set(fKind, func() { a.Kind = v.Kind })
	set(fOwner, func() { a.OwnerName = v.OwnerName })
	set(fOwnerRole, func() { a.OwnerRole = v.OwnerRole })
	set(fObject, func() { a.ManagementObject = v.ManagementObject })
	set(fSystem, func() { a.System = v.System })
	set(fSupplier, func() { a.Supplier = v.Supplier })
	// Fastställd, Pågående and Uppföljning krävs follow from the
	// classification; only the statuses set by hand are taken as such.
	if it.has[fStatus] && (v.Status == domain.StatusNotStarted || v.Status == domain.StatusPlanned || v.Status == domain.StatusCancelled) {
		a.Status = v.Status
	}
	if it.has[fStatusReason] || a.Status == domain.StatusCancelled && v.StatusReason != "" {
		a.StatusReason = v.StatusReason
	}
	set(fProcurement, func() { a.ProcurementDate = v.ProcurementDate })
	set(fComment, func() { a.Notes = v.Notes })
	set(fPersonal, func() { a.PersonalData = v.PersonalData })
	set(fRSA, func() { a.RSACritical = v.RSACritical })
	set(fNIS2, func() { a.NIS2 = v.NIS2 })
	set(fAdjust, func() { a.PriorityAdjust = v.PriorityAdjust })
	set(fAdjustReason, func() { a.PriorityReason = v.PriorityReason })
	return a
}

// Apply writes the preview to db in one transaction: all rows or none.
// source names the file in the motivations of imported levels.
func Apply(db *sqlite.DB, p *Preview, source string, today domain.Date) error {
	if !p.OK() {
		return ErrProblems
	}
	m := domain.DefaultModel()
	return db.Batch(func(b *sqlite.Batch) error {
		for _, it := range p.Items {
			old, err := b.AssetByName(it.Asset.Name)
			if err != nil {
				return err
			}
			var a domain.Asset
			if old == nil {
				a = it.merge(domain.Asset{Name: it.Asset.Name, Kind: domain.KindSystem, Status: domain.StatusNotStarted})
				if err := b.CreateAsset(&a); err != nil {
					return fmt.Errorf("rad %d: %w", it.Row, err)
				}
			} else {
				a = it.merge(*old)
				if !reflect.DeepEqual(normalized(a), normalized(*old)) {
					if err := b.UpdateAsset(&a); err != nil {
						return fmt.Errorf("rad %d: %w", it.Row, err)
					}
				}
			}
			c := it.classification(a, m, source, today)
			if c != nil {
				var latest *domain.Classification
				if old != nil { // a new asset has no classification to compare with
					if latest, err = b.LatestClassification(a.ID); err != nil {
						return err
					}
				}
				if !sameClassification(latest, c, m) {
					if err := b.CreateClassification(c); err != nil {
						return fmt.Errorf("rad %d: %w", it.Row, err)
					}
				}
			}
			if t := it.Threshold; t != nil {
				var cur *domain.ThresholdAnalysis
				if old != nil {
					if cur, err = b.CurrentThreshold(a.ID); err != nil {
						return err
					}
				}
				if !sameThreshold(cur, t) {
					t.AssetID = a.ID
					if err := b.CreateThreshold(t); err != nil {
						return fmt.Errorf("rad %d: %w", it.Row, err)
					}
				}
			}
		}
		return nil
	})
}

// classification returns the classification the item brings, or nil:
// the information types of an Infoklass export, or else the levels of a
// list as one imported information type.
func (it *Item) classification(a domain.Asset, m *domain.Model, source string, today domain.Date) *domain.Classification {
	var c *domain.Classification
	switch {
	case len(it.Types) > 0:
		c = domain.NewClassification(a.ID, m, it.ClassDate)
		c.Kind = it.ClassKind
		c.InfoTypes = it.Types
		c.DecidedBy = it.DecidedBy
		if c.DecidedBy != "" && !it.Classified.IsZero() {
			c.DecidedAt, c.NextReview = it.Classified, it.NextReview
			c.DecidedOn = time.Now() // a decision made elsewhere, recorded now
		}
	case len(it.Levels) > 0:
		date := it.Classified
		if date.IsZero() {
			date = today
		}
		c = domain.NewClassification(a.ID, m, date)
		t := domain.InfoType{Name: "Hela tillgången (importerad)", Ratings: map[domain.Aspect]domain.Rating{}}
		for asp, l := range it.Levels {
			if l != domain.Unset {
				t.Ratings[asp] = domain.Rating{Level: l, Motivation: fmt.Sprintf("Importerad från %s, rad %d.", source, it.Row)}
			}
		}
		c.InfoTypes = []domain.InfoType{t}
		if !it.Classified.IsZero() {
			c.DecidedBy = a.OwnerName
			if c.DecidedBy == "" {
				c.DecidedBy = "Importerad"
			}
			c.DecidedAt = it.Classified
			c.DecidedOn = time.Now() // a decision made elsewhere, recorded now
			c.NextReview = it.NextReview
			if c.NextReview.IsZero() {
				c.NextReview = domain.DefaultNextReview(c.DecidedAt)
			}
		}
	default:
		return nil
	}
	// An export states effective levels; what the types do not explain
	// was raised.
	res := c.Result(m)
	for asp, l := range it.Levels {
		if l > res.Aspect(asp).Calculated && len(it.Types) > 0 {
			c.Raises[asp] = domain.Raise{Level: l, Reason: domain.RaiseOther, Explanation: "Höjd nivå enligt importerad lista."}
		}
	}
	return c
}

// sameClassification reports whether latest already holds c, so that
// importing the same file twice does not add it again.
func sameClassification(latest, c *domain.Classification, m *domain.Model) bool {
	if latest == nil || !latest.Date.Equal(c.Date) || latest.Decided() != c.Decided() || len(latest.InfoTypes) != len(c.InfoTypes) {
		return false
	}
	if !reflect.DeepEqual(latest.Result(m).Effective(), c.Result(m).Effective()) {
		return false
	}
	for i := range c.InfoTypes {
		if !domain.SameName(latest.InfoTypes[i].Name, c.InfoTypes[i].Name) {
			return false
		}
	}
	return true
}

func sameThreshold(cur, t *domain.ThresholdAnalysis) bool {
	return cur != nil && cur.NotApplicable == t.NotApplicable && reflect.DeepEqual(cur.Responses, t.Responses) &&
		cur.Decision == t.Decision && cur.DPIAStatus == t.DPIAStatus
}
