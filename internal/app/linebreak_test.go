package app

import (
	"context"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestUseCasesNormaliseLineBreaks: what a screen saves through the use
// cases — an asset's fields, a motivation, the scope, who decided — has
// no line break left in a one-line field and "\n" for every line break
// in a multi-line one, as the import's preview shows it.
func TestUseCasesNormaliseLineBreaks(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	a := &domain.Asset{Name: "Lönesystem\r\n", OwnerName: "Anna\rBerg", System: "Heroma\u2028", Description: "Rad ett\r\nrad två"}
	must(t, s.CreateAsset(a))
	a.Supplier = "CGI\r\nSverige"
	must(t, s.UpdateAsset(a))
	got, err := s.db.AssetByName(ctx, "Lönesystem")
	if err != nil || got.Name != "Lönesystem" || got.OwnerName != "Anna Berg" || got.System != "Heroma" ||
		got.Supplier != "CGI Sverige" || got.Description != "Rad ett\nrad två" {
		t.Fatalf("stored %+v, %v", got, err)
	}
	c := domain.NewClassification(got.ID, s.model, s.Today())
	c.Scope = "Löner\r\noch arvoden"
	c.DecidedBy = "Per\r\nPersson"
	c.InfoTypes = []domain.InfoType{{Name: "Löneuppgifter", Ratings: map[domain.Aspect]domain.Rating{}}}
	must(t, s.db.CreateClassification(ctx, c))
	must(t, s.Rate(c.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Känsligt\rför den\r\nenskilde"}))
	back, err := s.Classification(c.ID)
	if err != nil || back.Scope != "Löner\noch arvoden" || back.DecidedBy != "Per Persson" ||
		back.InfoTypes[0].Ratings[domain.Confidentiality].Motivation != "Känsligt\nför den\nenskilde" {
		t.Fatalf("stored %q %q %+v, %v", back.Scope, back.DecidedBy, back.InfoTypes, err)
	}
}
