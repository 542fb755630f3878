package domain

import (
	"strings"
	"testing"
)

// TestFitToModel: into MSB 1–4, KLASSA's places 1–4 stay (the same names),
// its 5 and a raise to 5 are left unset, and an aspect the new model has
// turned off is left unset with its motivation kept.
func TestFitToModel(t *testing.T) {
	klassa, _ := ShippedModel("klassa")
	msb, _ := ShippedModel("msb")
	noS := *msb
	noS.Aspects = msb.Aspects[:3]
	c := NewClassification(1, klassa, NewDate(2026, 11, 2))
	c.InfoTypes = []InfoType{{Name: "Journaler", Ratings: map[Aspect]Rating{
		Confidentiality: {Level: 5, Motivation: "Skyddad folkbokföring"},
		Integrity:       {Level: 4, Motivation: "Allvarlig"},
		Traceability:    {Level: 2, Motivation: "Loggas"},
	}}}
	c.Raises[Availability] = Raise{Level: 5, Reason: "x"}
	dropped := FitToModel(c, &noS)
	if len(dropped) != 3 {
		t.Fatalf("dropped %+v", dropped)
	}
	r := c.InfoTypes[0].Ratings
	if r[Confidentiality].Level != Unset || r[Confidentiality].Motivation != "Skyddad folkbokföring" || r[Integrity].Level != 4 || r[Traceability].Level != Unset {
		t.Errorf("ratings after the fit: %+v", r)
	}
	if _, ok := c.Raises[Availability]; ok {
		t.Error("a raise to KLASSA 4 was kept in MSB 1–4")
	}
	if n := dropped[0].Note(klassa, &noS); !strings.Contains(n, `K för "Journaler" var 4 (Synnerligen allvarlig) i KLASSA-numrering 0–4`) {
		t.Errorf("note %q", n)
	}
	if FitToModel(c, &noS) != nil {
		t.Error("a second fit drops more")
	}
}
