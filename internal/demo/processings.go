package demo

import (
	"fmt"

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

// planProcessings adds the district's processings to the timeline:
// each registered, and its DPIA changed, at 14:00 on the day of each
// step, so that Ledningens genomgång of an earlier year counts the DPIAs
// as they stood then.
func (tl *timeline) planProcessings(uc UseCases, today domain.Date) {
	for _, x := range processings {
		x, p := x, &domain.Processing{Name: x.name, Purpose: x.purpose, RecordRef: x.ref, Unit: x.unit}
		for i, s := range x.steps {
			i, s, on := i, s, today.AddMonths(-s.months)
			tl.add(moment(on, 14, 0), x.name+": behandling", func() error {
				if i == 0 {
					for _, n := range x.assets {
						a, err := uc.AssetByName(n)
						if err != nil || a == nil {
							return fmt.Errorf("asset %q: %v", n, err)
						}
						p.AssetIDs = append(p.AssetIDs, a.ID)
					}
				}
				p.DPIA = domain.ProcessingDPIA{Status: s.status, Reference: s.reference, Reason: s.reason}
				if s.status == domain.DPIADone {
					p.DPIA.Date = on
				}
				if s.risk {
					p.DPIA.RiskAnalysis = on
				}
				if i == 0 {
					return uc.CreateProcessing(p)
				}
				return uc.UpdateProcessing(p)
			})
		}
	}
}
