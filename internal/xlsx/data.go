package xlsx

import (
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// Data is what an export holds: the prioritised list and, per asset, the
// latest classification, the current threshold analysis and the
// requirements marked not applicable.
type Data struct {
	Summaries       []domain.AssetSummary // in list order
	Classifications map[int64]*domain.Classification
	Thresholds      map[int64]*domain.ThresholdAnalysis
	Exclusions      map[int64]map[string]string
	Fulfilments     map[int64]map[string]domain.Fulfilment // how each requirement is met, by asset and requirement ID
	Parked          map[int64][]domain.ParkedQuestion      // of the latest classification
	Votes           map[int64][]domain.VoteRound           // silent votes of the latest classification
	Processings     []domain.Processing                    // the processings of personal data with their DPIAs, by name
	History         []domain.Change                        // written as a sheet when not nil
	Model           *domain.Model                          // the database's classification model
	Source          string                                 // the database file
	Today           domain.Date
	Generated       time.Time
}

// Only returns the data restricted to the asset named name, for a
// single-asset export; ok is false when there is no such asset.
func (d *Data) Only(name string) (*Data, bool) {
	for _, s := range d.Summaries {
		if domain.SameName(s.Asset.Name, name) {
			o := *d
			o.Summaries = []domain.AssetSummary{s}
			o.Processings = processingsOf(d.Processings, s.Asset.ID)
			return &o, true
		}
	}
	return nil, false
}
