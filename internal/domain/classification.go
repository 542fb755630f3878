package domain

import (
	"strings"
	"time"
)

// ClassificationKind says how a classification came about.
type ClassificationKind string

// The kinds of classification.
const (
	KindLocal     ClassificationKind = "lokal"
	KindNormative ClassificationKind = "normerande"
	KindFollowUp  ClassificationKind = "uppfoljning"
)

// ClassificationKinds lists the kinds in display order.
var ClassificationKinds = []ClassificationKind{KindLocal, KindNormative, KindFollowUp}

// Label returns the Swedish name of the kind.
func (k ClassificationKind) Label() string {
	switch k {
	case KindLocal:
		return "Lokal klassning"
	case KindNormative:
		return "Normerande klassning"
	case KindFollowUp:
		return "Uppföljning"
	}
	return string(k)
}

// Role is a participant's role in a classification meeting.
type Role string

// The roles of a classification meeting.
const (
	RoleOwner          Role = "informationsagare"
	RoleISAM           Role = "isam"
	RoleDSO            Role = "dso"
	RoleSystemManager  Role = "systemforvaltare"
	RoleITStrategist   Role = "it-strateg"
	RoleRepresentative Role = "verksamhet"
	RoleOther          Role = "ovrig"
)

// Roles lists the roles in display order.
var Roles = []Role{RoleOwner, RoleISAM, RoleDSO, RoleSystemManager, RoleITStrategist, RoleRepresentative, RoleOther}

// Label returns the Swedish name of the role.
func (r Role) Label() string {
	switch r {
	case RoleOwner:
		return "Informationsägare"
	case RoleISAM:
		return "Informationssäkerhetssamordnare (ISAM)"
	case RoleDSO:
		return "Dataskyddsombud (DSO)"
	case RoleSystemManager:
		return "Systemförvaltare"
	case RoleITStrategist:
		return "IT-strateg"
	case RoleRepresentative:
		return "Verksamhetsrepresentant"
	case RoleOther:
		return "Övrig"
	}
	return string(r)
}

// Participant is a person who took part in a classification meeting.
type Participant struct {
	ID   int64
	Name string
	Role Role
}

// ParticipantList names the participants with their roles, in Swedish,
// as the threshold analysis records them: "Eva Ek (Informationsägare), …".
func ParticipantList(ps []Participant) string {
	var out []string
	for _, p := range ps {
		if p.Name != "" {
			out = append(out, p.Name+" ("+p.Role.Label()+")")
		}
	}
	return strings.Join(out, ", ")
}

// Rating is the level chosen for one aspect of an information type, with
// the group's motivation.
type Rating struct {
	Level      Level
	Motivation string
}

// InfoType is an information type (informationstyp) inside an asset.
type InfoType struct {
	ID          int64
	Name        string
	Description string
	Flags       []Flag
	Ratings     map[Aspect]Rating
}

// Rating returns the rating of aspect a (the zero Rating when none).
func (t *InfoType) Rating(a Aspect) Rating { return t.Ratings[a] }

// SetRating sets the rating of aspect a.
func (t *InfoType) SetRating(a Aspect, r Rating) {
	if t.Ratings == nil {
		t.Ratings = map[Aspect]Rating{}
	}
	t.Ratings[a] = r
}

// Referred reports whether the type falls under säkerhetsskydd and is
// therefore not classified in the model.
func (t *InfoType) Referred() bool { return HasFlag(t.Flags, FlagSecurityProtect) }

// RaiseReason is why the group raised an aspect above the calculated level.
type RaiseReason string

// The reasons for raising a level.
const (
	RaiseAccumulation RaiseReason = "ackumulering"
	RaiseAggregation  RaiseReason = "aggregering"
	RaiseIntegration  RaiseReason = "integration"
	RaiseOther        RaiseReason = "annat"
)

// RaiseReasons lists the reasons in display order.
var RaiseReasons = []RaiseReason{RaiseAccumulation, RaiseAggregation, RaiseIntegration, RaiseOther}

// Label returns the Swedish name of the reason.
func (r RaiseReason) Label() string {
	switch r {
	case RaiseAccumulation:
		return "Ackumulering (mycket data på ett ställe)"
	case RaiseAggregation:
		return "Aggregering (sammanställd data avslöjar mer)"
	case RaiseIntegration:
		return "Integration (kopplad till ett mer skyddsvärt system)"
	case RaiseOther:
		return "Annat"
	}
	return string(r)
}

// Raise is the group's decision to set an aspect above its calculated level.
type Raise struct {
	Level       Level
	Reason      RaiseReason
	Explanation string
}

// Classification is one classification of an asset: scope, participants,
// information types with their ratings, raises and the decision.
type Classification struct {
	ID           int64
	AssetID      int64
	Date         Date
	Kind         ClassificationKind
	Scope        string
	ModelID      string
	ModelVersion int
	Participants []Participant
	InfoTypes    []InfoType
	Raises       map[Aspect]Raise
	// DecidedBy, DecidedAt and NextReview are the decision's fields:
	// drafts while the classification is undecided.
	DecidedBy  string
	DecidedAt  Date
	NextReview Date
	// DecidedOn is when the decision was recorded; zero while undecided.
	DecidedOn time.Time
	// Routine is the routine assessment of the need for a DPIA.
	Routine RoutineAssessment
	// Security records that the säkerhetsskyddschef was told, for
	// information under säkerhetsskydd.
	Security SecurityReferral
	// Norm is the normative classification this one was started from,
	// with what it said of each rating; nil for one not started from a norm.
	Norm      *NormLink
	CreatedAt time.Time
	UpdatedAt time.Time
}

// ReviewMonths is the default time from decision to next review.
const ReviewMonths = 12

// NewClassification returns an empty classification of asset assetID made
// with model m on day today.
func NewClassification(assetID int64, m *Model, today Date) *Classification {
	return &Classification{
		AssetID:      assetID,
		Date:         today,
		Kind:         KindLocal,
		ModelID:      m.ID,
		ModelVersion: m.Version,
		Raises:       map[Aspect]Raise{},
	}
}

// Decided reports whether the information owner's decision has been
// recorded. Filling in the decision's fields only drafts it.
func (c *Classification) Decided() bool { return !c.DecidedOn.IsZero() }

// Started reports whether any work has been recorded.
func (c *Classification) Started() bool {
	return c.Scope != "" || len(c.Participants) > 0 || len(c.InfoTypes) > 0
}

// DefaultNextReview returns the review date that follows a decision on day d.
func DefaultNextReview(d Date) Date { return d.AddMonths(ReviewMonths) }

// FollowUp returns a new, undecided follow-up classification that starts
// from a copy of c: scope, participants, information types with their
// ratings, and raises. The copy has no IDs; c is not changed.
func FollowUp(c *Classification, m *Model, today Date) *Classification {
	n := NewClassification(c.AssetID, m, today)
	n.Kind = KindFollowUp
	n.Scope = c.Scope
	for _, p := range c.Participants {
		n.Participants = append(n.Participants, Participant{Name: p.Name, Role: p.Role})
	}
	for _, t := range c.InfoTypes {
		cp := InfoType{Name: t.Name, Description: t.Description, Flags: append([]Flag(nil), t.Flags...), Ratings: map[Aspect]Rating{}}
		for a, r := range t.Ratings {
			cp.Ratings[a] = r
		}
		n.InfoTypes = append(n.InfoTypes, cp)
	}
	for a, r := range c.Raises {
		n.Raises[a] = r
	}
	n.Routine = c.Routine // the starting point; the referral to the säkerhetsskyddschef is made anew
	return n
}

// ParkedQuestion is a question the group set aside during the meeting,
// to be answered before or after the decision.
type ParkedQuestion struct {
	ID       int64
	Text     string
	Resolved bool
}
