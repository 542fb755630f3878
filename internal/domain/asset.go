package domain

import (
	"errors"
	"strings"
	"time"
)

// AssetKind says what sort of thing an information asset is.
type AssetKind string

// The kinds of information asset.
const (
	KindSystem      AssetKind = "system"
	KindEService    AssetKind = "etjanst"
	KindProcess     AssetKind = "process"
	KindInformation AssetKind = "informationsmangd"
)

// AssetKinds lists the kinds in display order.
var AssetKinds = []AssetKind{KindSystem, KindEService, KindProcess, KindInformation}

// Label returns the Swedish name of the kind.
func (k AssetKind) Label() string {
	switch k {
	case KindSystem:
		return "System"
	case KindEService:
		return "E-tjänst"
	case KindProcess:
		return "Process"
	case KindInformation:
		return "Informationsmängd"
	}
	return string(k)
}

// Asset is an information asset (informationstillgång): what is
// classified.
type Asset struct {
	ID               int64
	Name             string
	Description      string
	Kind             AssetKind
	OwnerName        string // informationsägare
	OwnerRole        string // e.g. "Enhetschef hemtjänst"
	ManagementObject string // förvaltningsobjekt
	System           string
	Supplier         string
	PersonalData     bool
	RSACritical      bool
	NIS2             bool
	ProcurementDate  Date // upcoming procurement or licence date
	Notes            string
	Status           Status // manual status; see DeriveStatus
	StatusReason     string
	PriorityAdjust   int    // manual adjustment of the priority score
	PriorityReason   string // why, required when PriorityAdjust is not 0
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

// ErrNameRequired is returned when an asset or information type has no name.
var ErrNameRequired = errors.New("namn måste anges")

// NormalizeName trims surrounding white space, folds inner runs of
// white space to one space and composes the characters (Unicode NFC, see
// names.go). Names are compared case-insensitively after normalising.
func NormalizeName(s string) string {
	return strings.Join(strings.Fields(nfc(s)), " ")
}

// SameName reports whether two names denote the same thing: equal after
// normalising, ignoring case.
func SameName(a, b string) bool {
	return strings.EqualFold(NormalizeName(a), NormalizeName(b))
}

// Validate checks that the asset can be stored, as Normalize leaves it:
// a name (ValidateName), every other text field within Excel's cell and
// free of controls and bidi controls (ValidateText), a known status and
// the reasons a status or an adjustment needs.
func (a *Asset) Validate() error {
	b := *a
	b.Normalize()
	if b.Name == "" {
		return ErrNameRequired
	}
	if err := ValidateName(b.Name); err != nil {
		return err
	}
	if err := b.validateFields(); err != nil {
		return err
	}
	if err := ValidateStatus(b.Status, b.StatusReason); err != nil && b.Status != "" {
		return err
	}
	return ValidateAdjustment(b.PriorityAdjust, b.PriorityReason)
}
