package domain

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateProcessing(t *testing.T) {
	today := NewDate(2026, 3, 10)
	ok := Processing{Name: "Hemtjänstens dokumentation", RecordRef: "RF-2024-017"}
	cases := []struct {
		name string
		edit func(p *Processing)
		want error  // nil, or the error it must match
		text string // a word the message must hold, when want is nil but an error is expected
	}{
		{"minimal", func(p *Processing) {}, nil, ""},
		{"no name", func(p *Processing) { p.Name = "  " }, ErrNameRequired, ""},
		{"invisible character", func(p *Processing) { p.Name = "Elevregister\u200b" }, ErrNameCharacter, ""},
		{"done without date", func(p *Processing) { p.DPIA.Status = DPIADone }, ErrProcessingDoneUndated, ""},
		{"done with date", func(p *Processing) { p.DPIA = ProcessingDPIA{Status: DPIADone, Date: today, Reference: "Dnr 2026/14"} }, nil, ""},
		{"done in the future", func(p *Processing) { p.DPIA = ProcessingDPIA{Status: DPIADone, Date: today.AddDays(1)} }, ErrProcessingFutureDate, ""},
		{"risk analysis in the future", func(p *Processing) {
			p.DPIA = ProcessingDPIA{Status: DPIAOngoing, RiskAnalysis: NewDate(2027, 1, 1)}
		}, ErrProcessingFutureDate, "riskanalysens datum 2027-01-01"},
		{"not required without reason", func(p *Processing) { p.DPIA.Status = DPIANotRequired }, ErrProcessingNoReason, ""},
		{"not required with reason", func(p *Processing) {
			p.DPIA = ProcessingDPIA{Status: DPIANotRequired, Reason: "Omfattas av DPIA för Procapita (C1)"}
		}, nil, ""},
		{"risk analysis without a DPIA", func(p *Processing) { p.DPIA.RiskAnalysis = today }, ErrProcessingRiskNoDPIA, ""},
		{"unknown status", func(p *Processing) { p.DPIA.Status = "klar" }, ErrProcessingUnknownState, ""},
		{"purpose too long", func(p *Processing) { p.Purpose = strings.Repeat("x", MaxTextChars+1) }, ErrTextTooLong, ""},
	}
	for _, c := range cases {
		p := ok
		c.edit(&p)
		err := ValidateProcessing(p, today)
		switch {
		case c.want == nil && c.text == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.want != nil && !errors.Is(err, c.want):
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		case c.text != "" && (err == nil || !strings.Contains(err.Error(), c.text)):
			t.Errorf("%s: %v, want a refusal naming %q", c.name, err, c.text)
		}
	}
}

func TestProcessingDPIAText(t *testing.T) {
	d := ProcessingDPIA{Status: DPIADone, Date: NewDate(2025, 4, 2), Reference: "Dnr 2025/88", RiskAnalysis: NewDate(2025, 4, 2)}
	if got := d.Text(); got != "Genomförd, 2025-04-02, Dnr 2025/88, med riskanalys" {
		t.Errorf("text %q", got)
	}
	if got := (ProcessingDPIA{Status: DPIANotRequired}).Text(); got != "Krävs inte" {
		t.Errorf("text %q", got)
	}
}

func TestAssetDPIA(t *testing.T) {
	cases := []struct {
		in   []DPIAStatus
		want DPIAStatus
		ok   bool
	}{
		{nil, DPIANone, false},
		{[]DPIAStatus{DPIADone}, DPIADone, true},
		{[]DPIAStatus{DPIADone, DPIAOngoing}, DPIAOngoing, true},
		{[]DPIAStatus{DPIAPlanned, DPIANone}, DPIANone, true},
		{[]DPIAStatus{DPIANotRequired, DPIADone}, DPIADone, true},
		{[]DPIAStatus{DPIANotRequired, DPIANotRequired}, DPIANotRequired, true},
		{[]DPIAStatus{DPIANotRequired, DPIANone}, DPIANone, true},
	}
	for _, c := range cases {
		if got, ok := AssetDPIA(c.in); got != c.want || ok != c.ok {
			t.Errorf("%q: %q %v, want %q %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
