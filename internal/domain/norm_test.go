package domain

import (
	"strings"
	"testing"
	"time"
)

func testNorm(version int) *Norm {
	n := &Norm{
		Key: NormKey("Stadsledningskontoret", "Verksamhetssystem socialtjänst"), Version: version,
		Name: "Verksamhetssystem socialtjänst", Organisation: "Stadsledningskontoret", Date: NewDate(2026, 3, 1),
		Scope: "Hela systemet", Raises: map[Aspect]Raise{},
		InfoTypes: []InfoType{
			{Name: "Journalanteckningar", Flags: []Flag{FlagSensitive, FlagSecrecy}, Ratings: map[Aspect]Rating{
				Confidentiality: {3, "Känsliga uppgifter om enskilda"}, Integrity: {3, "Beslut om enskilda"},
				Availability: {2, "En vecka går"}, Traceability: {3, "Vi måste kunna visa vem"}}},
			{Name: "Kontaktuppgifter", Flags: []Flag{FlagPersonal}, Ratings: map[Aspect]Rating{
				Confidentiality: {2, "Vanliga personuppgifter"}, Integrity: {2, "Fel adress ger omtag"},
				Availability: {2, "En vecka går"}, Traceability: {2, "Följa upp"}}},
		},
	}
	return n
}

// started returns a classification started from n, stored as if the
// information types had IDs 1, 2, …, with its link.
func started(n *Norm) (*Classification, *NormLink) {
	c, origins := FromNorm(n, 7, DefaultModel(), NewDate(2026, 11, 1))
	link := &NormLink{Key: n.Key, Version: n.Version, Name: n.Name, Organisation: n.Organisation, Origins: map[int64]map[Aspect]Origin{}}
	for i := range c.InfoTypes {
		c.InfoTypes[i].ID = int64(i + 1)
		link.Origins[c.InfoTypes[i].ID] = origins[i]
	}
	return c, link
}

func TestFromNormCopies(t *testing.T) {
	n := testNorm(1)
	c, link := started(n)
	if c.AssetID != 7 || c.Kind != KindLocal || c.Decided() || c.Scope != n.Scope || len(c.InfoTypes) != 2 {
		t.Fatalf("classification %+v", c)
	}
	for i, nt := range n.InfoTypes {
		lt := c.InfoTypes[i]
		if lt.Name != nt.Name || flagsText(DefaultModel(), lt.Flags) != flagsText(DefaultModel(), nt.Flags) {
			t.Errorf("type %d: %q %v, want %q %v", i, lt.Name, lt.Flags, nt.Name, nt.Flags)
		}
		for _, a := range AllAspects {
			o, ok := link.Origin(lt.ID, a)
			if lt.Ratings[a] != nt.Ratings[a] || !ok || o.Level != nt.Ratings[a].Level || o.Motivation != nt.Ratings[a].Motivation {
				t.Errorf("%s %s: %+v from %+v, want the norm's %+v", nt.Name, a, lt.Ratings[a], o, nt.Ratings[a])
			}
		}
	}
	// The copy is the classification's own.
	c.InfoTypes[0].Ratings[Confidentiality] = Rating{4, "x"}
	c.InfoTypes[0].Flags[0] = FlagCritical
	if n.InfoTypes[0].Ratings[Confidentiality].Level != 3 || n.InfoTypes[0].Flags[0] != FlagSensitive {
		t.Error("editing the local classification changed the norm")
	}
	if NormProblems(c, nil, DefaultModel()) != nil {
		t.Error("problems without a norm")
	}
	if !strings.Contains(link.Title(), "Stadsledningskontoret") || !strings.Contains(link.Title(), "version 1") {
		t.Errorf("title %q", link.Title())
	}
}

func TestNormInheritance(t *testing.T) {
	const journal = "Journalanteckningar"
	tests := []struct {
		name  string
		level Level
		edit  func(o *Origin)
		kind  ProblemKind // "" for none
	}{
		{"as the norm", 3, nil, ""},
		{"raised without reason", 4, nil, ProblemNormRaiseNoReason},
		{"raised with blank reason", 4, func(o *Origin) { o.Reason = "  " }, ProblemNormRaiseNoReason},
		{"raised with reason", 4, func(o *Origin) { o.Reason = "Skyddade adresser hos oss" }, ""},
		{"lowered without anything", 2, nil, ProblemNormLowered},
		{"lowered with reason only", 2, func(o *Origin) { o.Reason = "Bara avidentifierat hos oss" }, ProblemNormLowered},
		{"lowered with approver only", 2, func(o *Origin) { o.ApprovedBy = "Eva Ek" }, ProblemNormLowered},
		{"lowered with reason and approver", 2, func(o *Origin) { o.Reason = "Bara avidentifierat"; o.ApprovedBy = "Eva Ek" }, ""},
		{"cleared level is the ordinary problem", Unset, nil, ""},
	}
	for _, tt := range tests {
		c, link := started(testNorm(1))
		r := c.InfoTypes[0].Ratings[Confidentiality]
		r.Level = tt.level
		c.InfoTypes[0].SetRating(Confidentiality, r)
		if tt.edit != nil {
			o := link.Origins[1][Confidentiality]
			tt.edit(&o)
			link.Origins[1][Confidentiality] = o
		}
		ps := NormProblems(c, link, DefaultModel())
		switch {
		case tt.kind == "" && len(ps) != 0:
			t.Errorf("%s: problems %+v", tt.name, ps)
		case tt.kind != "" && (len(ps) != 1 || ps[0].Kind != tt.kind || ps[0].InfoType != journal || ps[0].Aspect != Confidentiality || !ps[0].Blocking()):
			t.Errorf("%s: problems %+v, want one blocking %s", tt.name, ps, tt.kind)
		case tt.kind == ProblemNormLowered && ps[0].Message != "'Journalanteckningar': K2 är lägre än normens K3. Skriv skälet och namnet på den som godkände sänkningen.":
			t.Errorf("%s: message %q", tt.name, ps[0].Message)
		}
	}
	// A type added locally has no origin and no norm problem.
	c, link := started(testNorm(1))
	c.InfoTypes = append(c.InfoTypes, InfoType{ID: 9, Name: "Egen", Ratings: map[Aspect]Rating{Confidentiality: {1, "x"}}})
	if ps := NormProblems(c, link, DefaultModel()); len(ps) != 0 {
		t.Errorf("local type: %+v", ps)
	}
	if d := (Origin{Level: 3}).Deviation(4); d != RaisedFromNorm {
		t.Errorf("deviation %v", d)
	}
}

func TestCompareNorms(t *testing.T) {
	old, new := testNorm(1), testNorm(2)
	if ch := CompareNorms(old, new, DefaultModel()); len(ch) != 0 {
		t.Fatalf("same content: %+v", ch)
	}
	new.InfoTypes[0].SetRating(Confidentiality, Rating{4, "Skyddade personuppgifter förekommer"})
	new.InfoTypes[0].SetRating(Availability, Rating{2, "En vecka går "}) // only white space: no change
	new.InfoTypes[1].Flags = []Flag{FlagPersonal, FlagPINBulk}
	new.InfoTypes[1].Name = "KONTAKTUPPGIFTER" // matched ignoring case
	new.InfoTypes = append(new.InfoTypes, InfoType{Name: "Loggar", Ratings: map[Aspect]Rating{Traceability: {3, "x"}}})
	old.InfoTypes = append(old.InfoTypes, InfoType{Name: "Fax"})
	new.Raises[Availability] = Raise{Level: 3, Reason: RaiseAccumulation, Explanation: "Allt på ett ställe"}
	got := CompareNorms(old, new, DefaultModel())
	want := []struct {
		kind NormChangeKind
		typ  string
		a    Aspect
		msg  string
	}{
		{NormLevel, "Journalanteckningar", Confidentiality, "'Journalanteckningar': K3 ändrad till K4."},
		{NormMotivation, "Journalanteckningar", Confidentiality, "'Journalanteckningar': motiveringen för Konfidentialitet ändrad: Skyddade personuppgifter förekommer"},
		{NormFlags, "KONTAKTUPPGIFTER", "", ""},
		{NormTypeAdded, "Loggar", "", "Ny informationstyp 'Loggar' (S3)."},
		{NormTypeRemoved, "Fax", "", "Informationstypen 'Fax' finns inte längre i normen."},
		{NormRaiseChanged, "", Availability, "Höjningen av Tillgänglighet ändrad från T– till T3."},
	}
	if len(got) != len(want) {
		t.Fatalf("changes %+v, want %d", got, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Kind != w.kind || g.InfoType != w.typ || g.Aspect != w.a || (w.msg != "" && g.Message != w.msg) {
			t.Errorf("change %d: %+v, want %+v", i, g, w)
		}
	}
	if !strings.Contains(got[2].Message, "Personnummer") && !strings.Contains(got[2].Message, "personnummer") {
		t.Errorf("flag change names no flag: %q", got[2].Message)
	}
}

func TestNormFrom(t *testing.T) {
	a := &Asset{ID: 1, Name: " Verksamhetssystem  socialtjänst ", Description: "Procapita"}
	c, _ := started(testNorm(1))
	if _, err := NormFrom(a, c, nil, "Stadsledningskontoret", 1, DefaultModel()); err == nil {
		t.Error("undecided classification became a norm")
	}
	c.DecidedOn, c.DecidedBy, c.DecidedAt = time.Now(), "Eva Ek", NewDate(2026, 3, 1)
	th := &ThresholdAnalysis{QuestionSetID: "q", QuestionSetVersion: 1, Responses: map[string]Response{"q1": {AnswerYes, "ja"}}, Decision: DecisionRequired}
	n, err := NormFrom(a, c, th, "Stadsledningskontoret", 2, DefaultModel())
	if err != nil {
		t.Fatal(err)
	}
	if n.Key != "stadsledningskontoret / verksamhetssystem socialtjänst" || n.Version != 2 || n.Name != "Verksamhetssystem socialtjänst" ||
		n.Date != c.DecidedAt || n.Threshold.Responses["q1"].Answer != AnswerYes || len(n.InfoTypes) != 2 {
		t.Errorf("norm %+v", n)
	}
	th.Responses["q1"] = Response{AnswerNo, ""}
	if n.Threshold.Responses["q1"].Answer != AnswerYes {
		t.Error("norm shares the analysis' answers")
	}
	bad := *n
	bad.Organisation = ""
	if bad.Validate(DefaultModel()) == nil {
		t.Error("norm without organisation valid")
	}
}

// TestNormValidateInModel: a norm's levels are checked on the scale of
// the database's model, not a global one: KLASSA's fifth level (its 4) is
// on KLASSA's scale and off MSB's.
func TestNormValidateInModel(t *testing.T) {
	klassa, _ := ShippedModel("klassa")
	msb, _ := ShippedModel("msb")
	n := testNorm(1)
	it := &n.InfoTypes[0]
	r := it.Ratings[Confidentiality]
	r.Level = 5
	it.Ratings[Confidentiality] = r
	if err := n.Validate(klassa); err != nil {
		t.Errorf("KLASSA refuses its own top level: %v", err)
	}
	if err := n.Validate(msb); err == nil {
		t.Error("MSB 1–4 accepts a level 5")
	}
	if err := n.Validate(nil); err == nil {
		t.Error("a norm validated without a model")
	}
}

func TestNormDeviations(t *testing.T) {
	c, link := started(testNorm(1))
	if d := NormDeviations(c, link); len(d) != 0 {
		t.Errorf("as the norm: %+v", d)
	}
	c.InfoTypes[0].SetRating(Confidentiality, Rating{2, "x"})
	c.InfoTypes[1].SetRating(Availability, Rating{3, "y"})
	o := link.Origins[1][Confidentiality]
	o.Reason, o.ApprovedBy = "Avidentifierat", " Eva  Ek"
	link.Origins[1][Confidentiality] = o
	d := NormDeviations(c, link)
	if len(d) != 2 || d[0].Text(DefaultModel()) != "'Journalanteckningar': K2 i stället för normens K3. Skäl: Avidentifierat. Godkänd av Eva Ek." ||
		d[1].Text(DefaultModel()) != "'Kontaktuppgifter': T3 i stället för normens T2." {
		t.Errorf("deviations %+v", d)
	}
	if NormDeviations(c, nil) != nil {
		t.Error("deviations without a norm")
	}
}
