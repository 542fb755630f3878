package demo

import (
	"fmt"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// processing is a demo processing of personal data as the district's
// registerförteckning lists it, with the assets it serves and how its
// DPIA came along, oldest step first.
type processing struct {
	name, purpose, ref, unit string
	assets                   []string
	steps                    []dpiaStep
}

// dpiaStep is the DPIA as it stood from some months ago: its status,
// reference and reason, dated that day when done, with or without its
// risk analysis.
type dpiaStep struct {
	months    int
	status    domain.DPIAStatus
	reference string
	reason    string
	risk      bool
}

// processings are the district's processings. Hemtjänst's DPIA was done
// and is being revised after its new threshold analysis; the staff
// processing spans two assets and needs no DPIA of its own.
var processings = []processing{
	{name: "Social dokumentation i hemtjänsten", purpose: "Dokumentation, planering och uppföljning av insatser enligt socialtjänstlagen.",
		ref: "RF-2023-004", unit: "Äldreomsorgsavdelningen", assets: []string{"Verksamhetssystem för hemtjänst"},
		steps: []dpiaStep{{months: 28, status: domain.DPIAPlanned}, {months: 22, status: domain.DPIADone, reference: "Dnr 2024/0733", risk: true},
			{months: 3, status: domain.DPIAOngoing, reference: "Dnr 2026/0412"}}},
	{name: "Handläggning av ekonomiskt bistånd", purpose: "Utredning av och beslut om försörjningsstöd.",
		ref: "RF-2022-011", unit: "Individ- och familjeomsorgen", assets: []string{"Ärendehantering försörjningsstöd"},
		steps: []dpiaStep{{months: 26, status: domain.DPIAPlanned}, {months: 12, status: domain.DPIADone, reference: "Dnr 2024/1187", risk: true}}},
	{name: "Närvarohantering i förskolan", purpose: "Anmälan av närvaro, frånvaro och hämtning av förskolebarn.",
		ref: "RF-2025-002", unit: "Förskoleavdelningen", assets: []string{"Förskolans närvaroapp"},
		steps: []dpiaStep{{months: 1, status: domain.DPIAPlanned}}},
	{name: "Personaladministration och schemaläggning", purpose: "Bemanning, scheman och kommunikation med medarbetare.",
		ref: "RF-2021-003", unit: "HR-avdelningen", assets: []string{"Bemanning vård- och omsorgsboende", "Personalens e-post och kalender"},
		steps: []dpiaStep{{months: 20, status: domain.DPIANotRequired,
			reason: "Omfattas av stadens gemensamma konsekvensbedömning för HR-systemen (undantag C1)."}}},
	{name: "Kameraövervakning av skolgård", purpose: "Förebygga skadegörelse utanför skoltid.",
		ref: "RF-2025-019", unit: "Grundskoleavdelningen", assets: []string{"Kameraövervakning vid skola"},
		steps: []dpiaStep{{months: 4, status: domain.DPIAOngoing, reference: "Dnr 2026/0098"}}},
}

// writeProcessings stores the district's processings, each step with
// the time it happened (in local time), so that Ledningens genomgång of
// an earlier year counts the DPIAs as they stood then.
func writeProcessings(st Store, set func(time.Time), today domain.Date) error {
	defer set(time.Time{})
	for _, x := range processings {
		p := &domain.Processing{Name: x.name, Purpose: x.purpose, RecordRef: x.ref, Unit: x.unit}
		for _, n := range x.assets {
			a, err := st.AssetByName(n)
			if err != nil || a == nil {
				return fmt.Errorf("processing %q: asset %q: %v", x.name, n, err)
			}
			p.AssetIDs = append(p.AssetIDs, a.ID)
		}
		for i, s := range x.steps {
			on := today.AddMonths(-s.months)
			set(time.Date(on.Year(), on.Time().Month(), on.Time().Day(), 14, 0, 0, 0, time.Local))
			p.DPIA = domain.ProcessingDPIA{Status: s.status, Reference: s.reference, Reason: s.reason}
			if s.status == domain.DPIADone {
				p.DPIA.Date = on
			}
			if s.risk {
				p.DPIA.RiskAnalysis = on
			}
			var err error
			if i == 0 {
				err = st.CreateProcessing(p)
			} else {
				err = st.UpdateProcessing(p)
			}
			if err != nil {
				return fmt.Errorf("processing %q: %w", x.name, err)
			}
		}
	}
	return nil
}
