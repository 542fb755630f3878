package domain

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Factor is one reason an asset rises on the prioritised list.
type Factor struct {
	ID     string `json:"id"`
	Points int    `json:"points"`
	Level  Level  `json:"level,omitempty"` // for FactorLevel: the highest effective level it is for (its place on the scale); for FactorUnmet the lowest level it counts from
	// Text is Swedish, as in "stöder samhällsviktig verksamhet enligt
	// RSA"; "{nivå}" in it (and in TextEN) reads Level in the model's
	// numbering: "högsta nivån i klassningen är {nivå}".
	Text   string `json:"text"`
	TextEN string `json:"text_en"`
}

// PriorityModel is the factor table of priority.md, as data.
type PriorityModel struct {
	ID                string   `json:"id"`
	Version           int      `json:"version"`
	ProcurementMonths int      `json:"procurement_months"`
	Factors           []Factor `json:"factors"`
}

// The factor IDs the rules know.
const (
	FactorRSA            = "rsa"
	FactorNIS2           = "nis2"
	FactorSensitive      = "sensitive"
	FactorPersonalVolume = "personal_volume"
	FactorProcurement    = "procurement"
	FactorNever          = "never"
	FactorOverdue        = "overdue"
	FactorLevel          = "level" // one factor per level: the protection need weighs in
	FactorThreshold      = "threshold"
	FactorUnmet          = "unmet_requirements"
)

//go:embed priorities/*.json
var priorityFiles embed.FS

var (
	priorityOnce  sync.Once
	priorityModel *PriorityModel
)

// Priorities returns the factor table shipped with Infoklass.
func Priorities() *PriorityModel {
	priorityOnce.Do(func() {
		b, err := priorityFiles.ReadFile("priorities/default.json")
		if err != nil {
			panic(err)
		}
		var m PriorityModel
		if err := json.Unmarshal(b, &m); err != nil {
			panic(fmt.Sprintf("priorities: %v", err))
		}
		priorityModel = &m
	})
	return priorityModel
}

// Factor returns the factor with the given ID.
func (m *PriorityModel) Factor(id string) (Factor, bool) {
	for _, f := range m.Factors {
		if f.ID == id {
			return f, true
		}
	}
	return Factor{}, false
}

// levelFactor returns the level factor for an asset whose highest
// effective level is top: the one for the highest level not above top.
func (m *PriorityModel) levelFactor(top Level) (Factor, bool) {
	var best Factor
	found := false
	for _, f := range m.Factors {
		if f.ID == FactorLevel && f.Level <= top && f.Level > best.Level {
			best, found = f, true
		}
	}
	return best, found
}

// PriorityInput is what an asset's priority depends on.
type PriorityInput struct {
	Asset               Asset
	Classified          bool             // any classification has been decided
	NextReview          Date             // of the latest decided classification
	Effective           map[Aspect]Level // of the latest classification
	Sensitive           bool             // any information type with sensitive data, offences or protected identity
	PersonalVolume      bool             // personal identity numbers in bulk, or personal data at large scale
	ThresholdMissing    bool             // personal data but no threshold analysis
	DPIARequiredNotDone bool
	Unmet               int    // requirements Delvis or Ej uppfyllt, counted only at level 3 or higher; see UnmetRequirements
	Model               *Model // the model the reasons name levels in; nil names a level by its place on the scale
	Manual              int    // manual adjustment, ±
	ManualReason        string
}

// PriorityReason is one line of an asset's priority: points and why,
// in Swedish and English, levels in the model's numbering.
type PriorityReason struct {
	Points int
	Text   string
	Factor string // the factor's ID; "" for the manual adjustment
	TextEN string // "" for the manual adjustment
}

// reason is factor f's line, "{nivå}" read in model m's numbering.
func (f Factor) reason(m *Model) PriorityReason {
	n := strconv.Itoa(int(f.Level)) // without a model, the level's place on the scale
	if m != nil {
		n = m.NumberText(f.Level)
	}
	return PriorityReason{Points: f.Points, Text: strings.ReplaceAll(f.Text, "{nivå}", n), Factor: f.ID,
		TextEN: strings.ReplaceAll(f.TextEN, "{nivå}", n)}
}

// String formats the reason as in "+3 stöder samhällsviktig verksamhet enligt RSA".
func (r PriorityReason) String() string { return fmt.Sprintf("%+d %s", r.Points, r.Text) }

// Priority is an asset's score with its reasons.
type Priority struct {
	Score   int
	Reasons []PriorityReason
}

// Text joins the reasons on one line, separated by "; ".
func (p Priority) Text() string {
	s := make([]string, len(p.Reasons))
	for i, r := range p.Reasons {
		s[i] = r.String()
	}
	return strings.Join(s, "; ")
}

// Prioritize scores an asset under model m on the day today: every
// factor that applies adds its points, and the manual adjustment its own.
// A cancelled asset gets no points from the factors.
func (m *PriorityModel) Prioritize(in PriorityInput, today Date) Priority {
	var p Priority
	model := in.Model
	add := func(id string, applies bool) {
		if f, ok := m.Factor(id); ok && applies {
			p.Score += f.Points
			p.Reasons = append(p.Reasons, f.reason(model))
		}
	}
	a := in.Asset
	if a.Status != StatusCancelled {
		add(FactorRSA, a.RSACritical)
		add(FactorNIS2, a.NIS2)
		add(FactorSensitive, in.Sensitive)
		add(FactorPersonalVolume, in.PersonalVolume && !in.Sensitive)
		soon := today.AddMonths(m.ProcurementMonths)
		add(FactorProcurement, !a.ProcurementDate.IsZero() && !a.ProcurementDate.Before(today) && !a.ProcurementDate.After(soon))
		add(FactorNever, !in.Classified)
		add(FactorOverdue, in.Classified && !in.NextReview.IsZero() && in.NextReview.Before(today))
		top := Unset
		for _, l := range in.Effective {
			top = max(top, l)
		}
		from := Level(3) // the unmet factor counts from its level, Betydande
		if f, ok := m.Factor(FactorUnmet); ok && f.Level != Unset {
			from = f.Level
		}
		high := top >= from
		if f, ok := m.levelFactor(top); ok {
			p.Score += f.Points
			p.Reasons = append(p.Reasons, f.reason(model))
		}
		add(FactorThreshold, in.ThresholdMissing || in.DPIARequiredNotDone)
		add(FactorUnmet, high && in.Unmet > 0)
	}
	if in.Manual != 0 {
		p.Score += in.Manual
		p.Reasons = append(p.Reasons, PriorityReason{Points: in.Manual, Text: "manuell justering: " + in.ManualReason})
	}
	return p
}

// Ranked is an asset's place on the prioritised list.
type Ranked struct {
	Name     string
	Priority Priority
	Due      Date // the earlier of next review and procurement date, zero if neither
}

// EarlierDate returns the earlier of two dates, ignoring unset ones.
func EarlierDate(a, b Date) Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero() || a.Before(b):
		return a
	}
	return b
}

// Rank sorts items into list order: highest score first; ties by the
// earlier due date (undated last), then by name ignoring case.
func Rank(items []Ranked) {
	sort.SliceStable(items, func(i, j int) bool { return RankLess(items[i], items[j]) })
}

// RankLess reports whether a comes before b on the list.
func RankLess(a, b Ranked) bool {
	if a.Priority.Score != b.Priority.Score {
		return a.Priority.Score > b.Priority.Score
	}
	if !a.Due.Equal(b.Due) {
		switch {
		case a.Due.IsZero():
			return false
		case b.Due.IsZero():
			return true
		}
		return a.Due.Before(b.Due)
	}
	return NameLess(a.Name, b.Name)
}

// ErrReasonRequired is returned when a status or adjustment needs a reason.
var ErrReasonRequired = Refuse("reason.required", "ett skäl måste anges")

// ValidateStatus checks a manual status change: avbruten needs a reason.
func ValidateStatus(to Status, reason string) error {
	if !to.Valid() {
		return Refuse("status.unknown", "okänd status %q", to)
	}
	if to == StatusCancelled && strings.TrimSpace(reason) == "" {
		return fmt.Errorf("avbruten klassning: %w", ErrReasonRequired)
	}
	return nil
}

// ValidateAdjustment checks a manual priority adjustment: any non-zero
// adjustment needs a reason.
func ValidateAdjustment(points int, reason string) error {
	if points != 0 && strings.TrimSpace(reason) == "" {
		return fmt.Errorf("manuell justering: %w", ErrReasonRequired)
	}
	return nil
}
