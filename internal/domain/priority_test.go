package domain

import "testing"

func TestPriorityFactors(t *testing.T) {
	m := Priorities()
	today := NewDate(2026, 11, 23)
	base := func() PriorityInput {
		return PriorityInput{Asset: Asset{Name: "X", Status: StatusDecided}, Classified: true, NextReview: NewDate(2027, 6, 1)}
	}
	tests := []struct {
		name   string
		edit   func(*PriorityInput)
		points int
		reason string
	}{
		{"nothing applies", func(*PriorityInput) {}, 0, ""},
		{"RSA", func(p *PriorityInput) { p.Asset.RSACritical = true }, 3, "+3 stöder samhällsviktig verksamhet enligt RSA"},
		{"NIS2", func(p *PriorityInput) { p.Asset.NIS2 = true }, 2, "+2 omfattas av cybersäkerhetslagen (NIS2)"},
		{"sensitive", func(p *PriorityInput) { p.Sensitive = true }, 3, "+3 känsliga personuppgifter, lagöverträdelser eller skyddade personuppgifter"},
		{"personal data in volume", func(p *PriorityInput) { p.PersonalVolume = true }, 1, "+1 personuppgifter i stor omfattning"},
		{"volume does not add to sensitive", func(p *PriorityInput) { p.PersonalVolume, p.Sensitive = true, true }, 3, ""},
		{"procurement in 6 months", func(p *PriorityInput) { p.Asset.ProcurementDate = NewDate(2027, 5, 23) }, 3, "+3 upphandling, licensförnyelse eller större förändring inom 6 månader"},
		{"procurement in 7 months", func(p *PriorityInput) { p.Asset.ProcurementDate = NewDate(2027, 6, 24) }, 0, ""},
		{"procurement passed", func(p *PriorityInput) { p.Asset.ProcurementDate = NewDate(2026, 1, 1) }, 0, ""},
		{"never classified", func(p *PriorityInput) { p.Classified = false; p.NextReview = Date{} }, 3, "+3 aldrig klassad"},
		{"review passed", func(p *PriorityInput) { p.NextReview = NewDate(2026, 11, 22) }, 2, "+2 datum för uppföljning har passerat"},
		{"review today not passed", func(p *PriorityInput) { p.NextReview = today }, 0, ""},
		{"level 3", func(p *PriorityInput) { p.Effective = map[Aspect]Level{Availability: 3} }, 2, "+2 högsta nivån i klassningen är 3"},
		{"level 4 counts once, as 4", func(p *PriorityInput) { p.Effective = map[Aspect]Level{Availability: 3, Confidentiality: 4} }, 3, "+3 högsta nivån i klassningen är 4"},
		{"level 2", func(p *PriorityInput) { p.Effective = map[Aspect]Level{Availability: 2} }, 0, ""},
		{"level from a list, never classified here", func(p *PriorityInput) { p.Classified = false; p.Effective = map[Aspect]Level{Integrity: 4} }, 3 + 3, "+3 högsta nivån i klassningen är 4"},
		{"threshold missing", func(p *PriorityInput) { p.ThresholdMissing = true }, 1, "+1 tröskelanalys saknas eller konsekvensbedömning krävs men är inte gjord"},
		{"DPIA not done", func(p *PriorityInput) { p.DPIARequiredNotDone = true }, 1, ""},
		{"manual", func(p *PriorityInput) { p.Manual, p.ManualReason = -2, "väntar på central upphandling" }, -2, "-2 manuell justering: väntar på central upphandling"},
		{"cancelled gets only manual", func(p *PriorityInput) { p.Asset.Status = StatusCancelled; p.Asset.RSACritical = true }, 0, ""},
		{"all together", func(p *PriorityInput) {
			p.Asset.RSACritical, p.Asset.NIS2, p.Sensitive, p.Classified = true, true, true, false
		}, 11, ""},
	}
	for _, tt := range tests {
		in := base()
		tt.edit(&in)
		p := m.Prioritize(in, today)
		if p.Score != tt.points {
			t.Errorf("%s: score %d, want %d (%s)", tt.name, p.Score, tt.points, p.Text())
		}
		if tt.reason != "" && (len(p.Reasons) == 0 || p.Reasons[len(p.Reasons)-1].String() != tt.reason) {
			t.Errorf("%s: reasons %q, want %q", tt.name, p.Text(), tt.reason)
		}
	}
}

func TestRankTieBreak(t *testing.T) {
	p := func(n int) Priority { return Priority{Score: n} }
	items := []Ranked{
		{Name: "ö-systemet", Priority: p(3)},
		{Name: "Bravo", Priority: p(3), Due: NewDate(2027, 3, 1)},
		{Name: "alfa", Priority: p(3), Due: NewDate(2027, 3, 1)},
		{Name: "Charlie", Priority: p(3), Due: NewDate(2027, 1, 1)},
		{Name: "Delta", Priority: p(8)},
		{Name: "Echo", Priority: p(-1), Due: NewDate(2026, 1, 1)},
		{Name: "Ärende", Priority: p(3)},
		{Name: "Åtgärder", Priority: p(3)},
	}
	Rank(items)
	want := []string{"Delta", "Charlie", "alfa", "Bravo", "Åtgärder", "Ärende", "ö-systemet", "Echo"}
	for i, n := range want {
		if items[i].Name != n {
			t.Fatalf("order %v, want %v", names(items), want)
		}
	}
	if !EarlierDate(Date{}, NewDate(2027, 1, 1)).Equal(NewDate(2027, 1, 1)) || !EarlierDate(NewDate(2026, 1, 1), NewDate(2027, 1, 1)).Equal(NewDate(2026, 1, 1)) {
		t.Error("EarlierDate")
	}
}

func names(items []Ranked) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Name
	}
	return out
}

func TestValidateStatusAndAdjustment(t *testing.T) {
	if ValidateStatus(StatusCancelled, " ") == nil {
		t.Error("cancelled without reason accepted")
	}
	if ValidateStatus(StatusCancelled, "osäkra förutsättningar") != nil || ValidateStatus(StatusPlanned, "") != nil {
		t.Error("valid status refused")
	}
	if ValidateStatus("okänd", "x") == nil {
		t.Error("unknown status accepted")
	}
	if ValidateAdjustment(2, "") == nil || ValidateAdjustment(0, "") != nil || ValidateAdjustment(-1, "skäl") != nil {
		t.Error("ValidateAdjustment")
	}
}

// TestPriorityData checks the shipped factor table against priority.md.
func TestPriorityData(t *testing.T) {
	m := Priorities()
	want := map[string]int{
		FactorRSA: 3, FactorNIS2: 2, FactorSensitive: 3, FactorPersonalVolume: 1, FactorProcurement: 3,
		FactorNever: 3, FactorOverdue: 2, FactorLevel: 2, FactorThreshold: 1, FactorUnmet: 2,
	}
	if len(m.Factors) != len(want)+1 || m.ProcurementMonths != 6 || m.ID == "" || m.Version < 1 {
		t.Errorf("factor table %s v%d: %d factors, %d months", m.ID, m.Version, len(m.Factors), m.ProcurementMonths)
	}
	for id, points := range want {
		f, ok := m.Factor(id)
		if !ok || f.Points != points || f.Text == "" || f.TextEN == "" {
			t.Errorf("factor %s: %+v, want %d points with texts", id, f, points)
		}
	}
	if _, ok := m.Factor("okänd"); ok {
		t.Error("unknown factor found")
	}
}

func TestPriorityProcurementWindow(t *testing.T) {
	m := Priorities()
	today := NewDate(2026, 8, 31)
	tests := []struct {
		date Date
		want bool
	}{
		{today, true},
		{today.AddDays(-1), false},
		{NewDate(2027, 2, 28), true}, // six months on, clamped to the end of February
		{NewDate(2027, 3, 1), false},
		{Date{}, false},
	}
	for _, tt := range tests {
		in := PriorityInput{Asset: Asset{ProcurementDate: tt.date}, Classified: true}
		p := m.Prioritize(in, today)
		got := len(p.Reasons) == 1 && p.Reasons[0].Factor == FactorProcurement
		if got != tt.want || (got && p.Score != 3) {
			t.Errorf("procurement %s on %s: %s, want counted = %v", tt.date, today, p.Text(), tt.want)
		}
	}
}

func TestPriorityText(t *testing.T) {
	in := PriorityInput{Asset: Asset{RSACritical: true}, Manual: 2, ManualReason: "ny lag"}
	p := Priorities().Prioritize(in, NewDate(2026, 1, 1))
	want := "+3 stöder samhällsviktig verksamhet enligt RSA; +3 aldrig klassad; +2 manuell justering: ny lag"
	if p.Text() != want || p.Score != 8 {
		t.Errorf("%d %q, want 8 %q", p.Score, p.Text(), want)
	}
	if (Priority{}).Text() != "" {
		t.Error("empty priority has text")
	}
}
