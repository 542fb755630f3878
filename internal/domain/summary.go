package domain

import "sort"

// AssetSummary is one row of the prioritised list: an asset with where
// its classification work stands, its threshold outcome and its priority.
type AssetSummary struct {
	Asset            Asset
	Status           Status
	ClassificationID int64 // the latest classification, 0 if none
	Effective        map[Aspect]Level
	Overall          Level
	Flags            []Flag // every flag on the latest classification's information types
	DecidedAt        Date   // of the latest decided classification
	NextReview       Date   // of the latest decided classification
	Problems         int    // blocking problems in the latest classification
	Threshold        Outcome
	DPIA             DPIAStatus
	PlannedQuarter   string // e.g. "2027 Q2", from the yearly plan
	Adjustment       int    // manual priority adjustment
	AdjustmentReason string

	Priority Priority // filled by Prioritize
	Rank     int      // 1-based place on the list, filled by Prioritize
	Unmet    int      // requirements not (fully) met at level 3 or higher

	// Earlier is set when the classification counted is one from a
	// hand-kept list (klassad enligt tidigare förteckning), made outside
	// Infoklass: DecidedAt is its date.
	Earlier bool
}

// DPIAMissing reports whether a DPIA is required but not done (and not
// found unnecessary for the processings the asset serves).
func (s AssetSummary) DPIAMissing() bool {
	return s.Threshold.RequiresDPIA() && s.DPIA != DPIADone && s.DPIA != DPIANotRequired
}

// Classified reports whether the asset has a decided classification.
func (s AssetSummary) Classified() bool { return !s.DecidedAt.IsZero() }

// Due returns the earlier of the next review and the procurement date.
func (s AssetSummary) Due() Date { return EarlierDate(s.NextReview, s.Asset.ProcurementDate) }

// PriorityInput returns what the asset's priority depends on.
func (s AssetSummary) PriorityInput() PriorityInput {
	personal := s.Asset.PersonalData || HasPersonalData(s.Flags)
	return PriorityInput{
		Asset:               s.Asset,
		Classified:          s.Classified(),
		NextReview:          s.NextReview,
		Effective:           s.Effective,
		Sensitive:           HasFlag(s.Flags, FlagSensitive) || HasFlag(s.Flags, FlagCriminal) || HasFlag(s.Flags, FlagProtectedIdentity),
		PersonalVolume:      HasFlag(s.Flags, FlagPINBulk),
		ThresholdMissing:    personal && s.Threshold == OutcomeNone,
		DPIARequiredNotDone: s.DPIAMissing(),
		Manual:              s.Adjustment,
		ManualReason:        s.AdjustmentReason,
		Unmet:               s.Unmet,
	}
}

// Prioritize scores every summary with model m on the day today, its
// reasons naming levels in classification model cm, sorts them into list
// order and numbers their ranks from 1.
func Prioritize(sums []AssetSummary, m *PriorityModel, cm *Model, today Date) {
	for i := range sums {
		in := sums[i].PriorityInput()
		in.Model = cm
		sums[i].Priority = m.Prioritize(in, today)
	}
	sort.SliceStable(sums, func(i, j int) bool {
		return RankLess(sums[i].ranked(), sums[j].ranked())
	})
	for i := range sums {
		sums[i].Rank = i + 1
	}
}

func (s AssetSummary) ranked() Ranked {
	return Ranked{Name: s.Asset.Name, Priority: s.Priority, Due: s.Due()}
}
