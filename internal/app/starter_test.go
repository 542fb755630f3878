package app

import (
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

func TestAddStarterTypes(t *testing.T) {
	s := openTempService(t)
	a := &domain.Asset{Name: "Verksamhetssystem IFO"}
	must(t, s.CreateAsset(a))
	w, err := s.OpenWorkshop(a.ID)
	must(t, err)
	lib := domain.Starter()
	journal, _ := lib.Type("Journalanteckningar")
	contact, _ := lib.Type("Kontaktuppgifter")
	must(t, s.AddInfoType(w.Classification.ID, &domain.InfoType{Name: "kontaktuppgifter"}))
	added, err := s.AddStarterTypes(w.Classification.ID, []domain.StarterType{journal, contact, journal})
	must(t, err)
	if len(added) != 1 || added[0].Name != "Journalanteckningar" {
		t.Fatalf("added %+v; want the journal once, the contact details already there", added)
	}
	c, err := s.Classification(w.Classification.ID)
	must(t, err)
	if len(c.InfoTypes) != 2 {
		t.Fatalf("%d types stored", len(c.InfoTypes))
	}
	j := c.InfoTypes[1]
	for _, f := range []domain.Flag{domain.FlagPersonal, domain.FlagSensitive, domain.FlagSecrecy, domain.FlagAuthority} {
		if !domain.HasFlag(j.Flags, f) {
			t.Errorf("flag %s missing from %v", f, j.Flags)
		}
	}
	if r := j.Ratings[domain.Confidentiality]; r.Level != 3 || r.Motivation != "" {
		t.Errorf("K is %+v; want the floor Betydande, to be motivated by the group", r)
	}
	if j.Description == "" {
		t.Error("no description")
	}
}

func TestListViewRemembered(t *testing.T) {
	s := openTempService(t)
	if v := s.ListView(); v.Compact || v.Sort != "" || len(v.Columns) == 0 {
		t.Fatalf("a new database's view is %+v", v)
	}
	must(t, s.SetListView(domain.ListView{Compact: true, Columns: []string{"name", "K", "owner"}, Sort: "owner", Reverse: true}))
	v := s.ListView()
	if !v.Compact || len(v.Columns) != 3 || v.Columns[2] != "owner" || v.Sort != "owner" || !v.Reverse {
		t.Errorf("remembered %+v", v)
	}
	must(t, s.db.SetSetting(s.ctx, listViewKey, "{not json"))
	if v := s.ListView(); v.Compact {
		t.Errorf("a broken setting gives %+v", v)
	}
}
