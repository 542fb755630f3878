package xlsx

import (
	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// SheetProcessings lists the processings of personal data (behandlingar)
// with their DPIAs and the assets they serve.
const SheetProcessings = "Behandlingar"

var processingColumns = []column{
	{"Behandling", 34, true}, {"Ändamål", 40, true}, {"Registerförteckning", 18, false}, {"Ansvarig enhet", 24, false},
	{"DPIA-status", 14, false}, {"Skäl", 36, true}, {"DPIA-datum", 12, false}, {"DPIA-referens", 18, false},
	{"Riskanalys", 12, false}, {"Informationstillgångar", 50, true},
}

// writeProcessings writes one row per processing: its registerförteckning
// entry, its DPIA and the names of the assets of the export it serves.
func writeProcessings(f *excelize.File, st *styles, d *Data) error {
	names := map[int64]string{}
	for _, x := range d.Summaries {
		names[x.Asset.ID] = x.Asset.Name
	}
	s, err := newSizedSheet(f, st, SheetProcessings, processingColumns, len(d.Processings))
	if err != nil {
		return err
	}
	for _, p := range d.Processings {
		var assets []string
		for _, id := range p.AssetIDs {
			if n, ok := names[id]; ok {
				assets = append(assets, n)
			}
		}
		if err := s.add(p.Name, p.Purpose, p.RecordRef, p.Unit, domain.ProcessingLabel(p.DPIA.Status), p.DPIA.Reason,
			p.DPIA.Date, p.DPIA.Reference, p.DPIA.RiskAnalysis, assetsText(assets)); err != nil {
			return err
		}
	}
	return s.finish("Behandlingar")
}

// processingsOf returns the processings of ps that asset id serves.
func processingsOf(ps []domain.Processing, id int64) []domain.Processing {
	var out []domain.Processing
	for _, p := range ps {
		for _, a := range p.AssetIDs {
			if a == id {
				out = append(out, p)
				break
			}
		}
	}
	return out
}
