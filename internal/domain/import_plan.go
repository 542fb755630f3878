package domain

// ImportStep is what an import writes for one row of a workbook, checked
// by the import's preview: the store applies every step of a plan in one
// transaction, through the same rules as the screens, or none of them.
type ImportStep struct {
	Row  int    // the row of the workbook, for messages
	Name string // the asset's name, matched ignoring case and space
	// Create makes a new asset; otherwise the asset must exist.
	Create bool
	// Merge returns the asset with the fields the file gave, from the
	// asset as stored (a new asset's defaults when Create).
	Merge func(old Asset) Asset
	// UpdateAsset stores the merged asset's fields.
	UpdateAsset bool
	// Classification is a new, undecided classification; the store sets
	// its asset. A classification that arrives decided is refused.
	Classification *Classification
	// Decision, with Classification, decides it through the decision
	// rule (DecisionBlockers) after the parked questions and the
	// threshold analysis are written.
	Decision  *OwnerDecision
	Parked    []ParkedQuestion
	Threshold *ThresholdAnalysis
	// Earlier records the levels and date of a hand-kept list.
	Earlier     *EarlierClassification
	Fulfilments []Fulfilment
	Exclusions  []Exclusion
}

// Exclusion is a requirement marked not applicable, with the reason.
type Exclusion struct{ RequirementID, Reason string }
