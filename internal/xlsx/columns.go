package xlsx

// field is a column an import understands.
type field int

const (
	fNone field = iota
	fName
	fDescription
	fKind
	fOwner
	fOwnerRole
	fObject
	fSystem
	fSupplier
	fStatus
	fStatusReason
	fClassified
	fNextReview
	fProcurement
	fK
	fR
	fT
	fS
	fComment
	fPersonal
	fRSA
	fNIS2
	fAdjust
	fAdjustReason
	fIgnored // known export columns that are computed, not read back
)
