package xlsx

import (
	"context"
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

// ErrNotMatched is returned by Apply for a preview that was not matched
// against the database it is applied to.
var ErrNotMatched = errors.New("förhandsgranskningen är inte jämförd med databasen")

// Apply writes what the preview shows to db in one transaction: all rows
// or none. It writes exactly the Changes of each item, as Match found
// them; if Match was not called, Apply calls it first. source names the
// file in the motivations of imported levels.
func Apply(db *sqlite.DB, p *Preview, source string, today domain.Date) error {
	return ApplyContext(context.Background(), db, p, source, today)
}

// ApplyContext is Apply that stops when ctx is cancelled: then the
// transaction is rolled back and nothing is written.
func ApplyContext(ctx context.Context, db *sqlite.DB, p *Preview, source string, today domain.Date) error {
	if !p.OK() {
		return ErrProblems
	}
	if !p.matched {
		if err := p.MatchOn(db, today); err != nil {
			return err
		}
	}
	m := domain.DefaultModel()
	scale := ""
	if len(p.Scale) > 0 {
		scale = ScaleText(p.Scale)
		if p.opt.ScaleAs != "" {
			scale = p.opt.ScaleAs
		}
	}
	return db.Batch(context.TODO(), func(b *sqlite.Batch) error {
		for _, it := range p.Items {
			if err := ctx.Err(); err != nil {
				return err // cancelled: the whole import is rolled back
			}
			if it.Action == Unchanged {
				continue
			}
			old, err := b.AssetByName(it.Asset.Name)
			if err != nil {
				return err
			}
			var a domain.Asset
			switch {
			case old == nil && it.Action != Create:
				return fmt.Errorf("rad %d: %q finns inte längre i databasen; förhandsgranska igen", it.Row, it.Asset.Name)
			case old == nil:
				a = it.merge(domain.Asset{Name: it.Asset.Name, Kind: domain.KindSystem, Status: domain.StatusNotStarted})
				if err := b.CreateAsset(&a); err != nil {
					return fmt.Errorf("rad %d: %w", it.Row, err)
				}
			case it.Action == Create:
				return fmt.Errorf("rad %d: %q finns redan i databasen; förhandsgranska igen", it.Row, it.Asset.Name)
			default:
				a = it.merge(*old)
				if it.plan.asset {
					if err := b.UpdateAsset(&a); err != nil {
						return fmt.Errorf("rad %d: %w", it.Row, err)
					}
				}
			}
			if it.plan.class {
				c := it.classification(a, m, source, today, scale)
				if err := b.CreateClassification(c); err != nil {
					return fmt.Errorf("rad %d: %w", it.Row, err)
				}
				if it.plan.parked {
					for i := range it.Parked {
						q := it.Parked[i]
						if err := b.ParkQuestion(c.ID, &q); err != nil {
							return fmt.Errorf("rad %d: %w", it.Row, err)
						}
					}
				}
			}
			if it.plan.threshold {
				t := *it.Threshold
				t.AssetID = a.ID
				if err := b.CreateThreshold(&t); err != nil {
					return fmt.Errorf("rad %d: %w", it.Row, err)
				}
			}
			for _, id := range it.plan.fulfil {
				if err := b.SetFulfilment(a.ID, it.Fulfilments[id]); err != nil {
					return fmt.Errorf("rad %d: %w", it.Row, err)
				}
			}
			for _, id := range it.plan.exclusions {
				if err := b.SetRequirementExclusion(a.ID, id, it.Exclusions[id]); err != nil {
					return fmt.Errorf("rad %d: %w", it.Row, err)
				}
			}
		}
		return nil
	})
}

// classification returns the classification the item brings, or nil:
// the information types of an Infoklass export, or else the levels of a
// list as one imported information type.
func (it *Item) classification(a domain.Asset, m *domain.Model, source string, today domain.Date, scale string) *domain.Classification {
	var c *domain.Classification
	switch {
	case len(it.Types) > 0:
		c = domain.NewClassification(a.ID, m, it.ClassDate)
		c.Kind = it.ClassKind
		c.InfoTypes = it.Types
		c.DecidedBy = it.DecidedBy
		c.Scope = it.Scope
		c.Participants = it.Participants
		if c.DecidedBy != "" && !it.DecidedAt.IsZero() {
			c.DecidedAt, c.NextReview = it.DecidedAt, it.ReviewAt
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
				why := fmt.Sprintf("Importerad från %s, rad %d.", source, it.Row)
				if scale != "" {
					why += " Nivåskalan i filen översattes så: " + scale + "."
				}
				t.Ratings[asp] = domain.Rating{Level: l, Motivation: why}
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
	// An export names its raises; what the types and the raises do not
	// explain of the effective levels was raised too.
	for asp, r := range it.Raises {
		c.Raises[asp] = r
	}
	res := c.Result(m)
	for asp, l := range it.Levels {
		if _, named := it.Raises[asp]; !named && l > res.Aspect(asp).Calculated && len(it.Types) > 0 {
			c.Raises[asp] = domain.Raise{Level: l, Reason: domain.RaiseOther, Explanation: "Höjd nivå enligt importerad lista."}
		}
	}
	return c
}

func sameThreshold(cur, t *domain.ThresholdAnalysis) bool {
	return cur != nil && cur.NotApplicable == t.NotApplicable && reflect.DeepEqual(cur.Responses, t.Responses) &&
		cur.Decision == t.Decision && cur.DPIAStatus == t.DPIAStatus
}
